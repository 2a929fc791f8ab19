import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { safeValidateFiles, safeValidateTexts, type TextFile } from "../src/node.js";
import { line } from "../src/test-utils/problems.js";

const SOURCE = '{"id":"ap","type":"source","kind":"news_article","title":"t"}';
const LAYOUTS =
  'a data file holds one record (an object with "type"), a list of records, or a dataset (an object with "actors", "meetings", "issues", "tariffs" or "sources" lists)';
const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
].join("\n");

/** Cases as data: the files given, and every problem wanted (as `file:line:column code record+pointer message`). */
const cases: [string, { given: TextFile[]; want: string[] }][] = [
  [
    "malformed YAML",
    {
      given: [{ name: "a.yaml", text: "- id: x\n  type: [source\n  kind: y\n" }],
      want: ["a.yaml:3:3 parse_error  deficient indentation"],
    },
  ],
  [
    "malformed JSON",
    {
      given: [{ name: "a.json", text: '{"id": "x",\n "type": "source" "kind": 1}' }],
      want: ['a.json:2:19 parse_error  unexpected "\\"" (expected "," or "}")'],
    },
  ],
  [
    "a JSON trailing comma, reported at the comma (not at the closing brace on the next line)",
    {
      given: [{ name: "a.json", text: '{"id": "x",\n "type": "source",\n}' }],
      want: [
        'a.json:2:18 parse_error  a trailing comma before "}": JSON allows no comma after the last member',
      ],
    },
  ],
  [
    "a JSON trailing comma in a list",
    {
      given: [{ name: "a.json", text: `[${SOURCE}, ]` }],
      want: [
        'a.json:1:63 parse_error  a trailing comma before "]": JSON allows no comma after the last item',
      ],
    },
  ],
  [
    "a tab in YAML indentation: one parse_error, nothing validated after it (not the duplicate key below)",
    {
      given: [
        {
          name: "a.yaml",
          text: "- id: a\n  type: actor\n  kind: state\n  name: A\n\t  iso3166: US\n- id: b\n  type: actor\n  kind: state\n  name: B\n  name: C\n",
        },
      ],
      want: ["a.yaml:5:4 parse_error  end of the stream or a document separator is expected"],
    },
  ],
  [
    "an actor of unknown kind keeps its id: references to it are not also dangling",
    {
      given: [
        {
          name: "a.json",
          text: '[{"id":"a","type":"actor","kind":"stat","name":"A"},{"id":"t","type":"tariff","measure":"tariff","status":"announced","title":"T","imposer":"a","targets":["a"]}]',
        },
      ],
      want: [
        'a.json:1:34 invalid_union a/kind "stat" is not a valid "kind": expected one of "person", "state", "organization" (did you mean "state"?)',
      ],
    },
  ],
  [
    "an unquoted comma in a YAML flow mapping splits the value into an unknown key, with a hint",
    {
      given: [
        {
          name: "a.yaml",
          text: "- { id: trade, type: issue, category: trade, name: Trade, not technology }\n",
        },
      ],
      want: [
        'a.yaml:1:3 unrecognized_keys trade/not technology unknown key "not technology" (in a YAML flow mapping `{ … }`, an unquoted comma ends the value: quote a value that holds a comma)',
      ],
    },
  ],
  [
    "a JSON file truncated inside a string",
    {
      given: [{ name: "a.json", text: '[{"id": "x", "type": "sour' }],
      want: ["a.json:1:22 parse_error  unterminated string (the file ends inside it)"],
    },
  ],
  [
    "a JSON file truncated between values",
    {
      given: [{ name: "a.json", text: '[{"id": "x", "type": "source"' }],
      want: [
        'a.json:1:30 parse_error  unexpected end of file (expected "," or "}") — the object opened at line 1, column 2 is not closed',
      ],
    },
  ],
  [
    "a truncated NDJSON file (the good line still counts)",
    {
      given: [{ name: "a.ndjson", text: `${SOURCE}\n{"id":"b","ty` }],
      want: [
        'a.ndjson:1:7 orphaned_source ap/id no record cites the source "ap"',
        "a.ndjson:2:11 parse_error  unterminated string (the file ends inside it)",
      ],
    },
  ],
  [
    "an empty YAML file",
    { given: [{ name: "a.yaml", text: "" }], want: ["a.yaml:1:1 empty_file  the file is empty"] },
  ],
  [
    "a YAML file of comments",
    {
      given: [{ name: "a.yaml", text: "# nothing yet\n" }],
      want: ["a.yaml:1:1 empty_file  the file holds no data (only comments)"],
    },
  ],
  [
    "an empty NDJSON file",
    {
      given: [{ name: "a.ndjson", text: "\n\n" }],
      want: ["a.ndjson:1:1 empty_file  the file is empty"],
    },
  ],
  [
    "a UTF-8 BOM is ignored",
    {
      given: [{ name: "a.json", text: `\uFEFF${SOURCE}` }],
      want: ['a.json:1:7 orphaned_source ap/id no record cites the source "ap"'],
    },
  ],
  [
    "a file that is not a dataset",
    {
      given: [{ name: "package.json", text: '{"name":"x","version":"1.0.0"}' }],
      want: [
        `package.json:1:1 not_a_dataset  this is not Statecraft data: found an object without "type", but ${LAYOUTS}`,
      ],
    },
  ],
  [
    "a scalar",
    {
      given: [{ name: "a.yaml", text: "hello\n" }],
      want: [
        `a.yaml:1:1 not_a_dataset  this is not Statecraft data: found a string, but ${LAYOUTS}`,
      ],
    },
  ],
  [
    "an NDJSON line that is a list",
    {
      given: [{ name: "a.ndjson", text: "[1]\n" }],
      want: [
        'a.ndjson:1:1 not_a_dataset  an NDJSON line holds one record (an object with "type"), but this one holds a list',
      ],
    },
  ],
  [
    "duplicate keys in YAML",
    {
      given: [
        { name: "a.yaml", text: "id: ap\ntype: source\nkind: news_article\ntitle: t\ntitle: u\n" },
      ],
      want: [
        'a.yaml:5:1 duplicate_key  the key "title" appears twice in this object',
        'a.yaml:1:5 orphaned_source ap/id no record cites the source "ap"',
      ],
    },
  ],
  [
    "duplicate keys in JSON",
    {
      given: [
        {
          name: "a.json",
          text: '{"id":"ap","type":"source","kind":"news_article","title":"t","title":"u"}',
        },
      ],
      want: [
        'a.json:1:7 orphaned_source ap/id no record cites the source "ap"',
        'a.json:1:62 duplicate_key /title the key "title" appears twice in this object',
      ],
    },
  ],
  [
    "__proto__ and constructor keys are plain unknown keys",
    {
      given: [
        {
          name: "a.json",
          text: '{"id":"ap","type":"source","kind":"news_article","title":"t","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        },
      ],
      want: [
        'a.json:1:7 orphaned_source ap/id no record cites the source "ap"',
        'a.json:1:62 unrecognized_keys ap/__proto__ unknown key "__proto__"',
        'a.json:1:92 unrecognized_keys ap/constructor unknown key "constructor"',
      ],
    },
  ],
  [
    "__proto__ in YAML",
    {
      given: [
        {
          name: "a.yaml",
          text: "id: ap\ntype: source\nkind: news_article\ntitle: t\n__proto__: { polluted: true }\n",
        },
      ],
      want: [
        'a.yaml:1:5 orphaned_source ap/id no record cites the source "ap"',
        'a.yaml:5:1 unrecognized_keys ap/__proto__ unknown key "__proto__"',
      ],
    },
  ],
  [
    "JSON nested 100,000 deep (no stack overflow)",
    {
      given: [{ name: "a.json", text: `${"[".repeat(100_000)}${"]".repeat(100_000)}` }],
      want: ["a.json:1:2 invalid_type /0 invalid input: expected object, received array"],
    },
  ],
  [
    "YAML nested 100,000 deep (no stack overflow)",
    {
      given: [{ name: "a.yaml", text: `${"[".repeat(100_000)}${"]".repeat(100_000)}` }],
      want: ["a.yaml:1:1 nesting_too_deep  the document nests collections too deeply to parse"],
    },
  ],
  [
    "a YAML alias bomb",
    {
      given: [{ name: "a.yaml", text: BOMB }],
      want: [
        'a.yaml:1:1 too_many_aliases  the document expands more than 100 aliases, as a "billion laughs" attack does',
      ],
    },
  ],
];

describe("bad input is reported, located, and never thrown", () => {
  it.each(cases)("%s", async (_, { given, want }) => {
    const result = await safeValidateTexts(given);
    expect(result.problems.map(line).sort()).toEqual([...want].sort());
  });

  it("does not pollute Object.prototype", async () => {
    await safeValidateTexts([
      { name: "a.json", text: '{"__proto__":{"polluted":true},"type":"source"}' },
      { name: "b.yaml", text: "__proto__: { polluted: true }\ntype: source\n" },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("bad files on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "statecraft-bad-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: string | Uint8Array): string => {
    writeFileSync(join(dir, name), data);
    return name;
  };

  it("reports invalid UTF-8 with the line and column of the bad byte", async () => {
    const name = write(
      "latin1.yaml",
      Buffer.concat([
        Buffer.from("- id: ap\n  title: caf"),
        Buffer.from([0xe9]),
        Buffer.from("\n"),
      ]),
    );
    const result = await safeValidateFiles([name], { cwd: dir });
    expect(result.problems.map(line)).toEqual([
      "latin1.yaml:2:13 invalid_encoding  the file is not valid UTF-8: byte 0xE9 at byte 21 does not start or continue a character",
    ]);
  });

  it("reports invalid UTF-8 on an NDJSON line", async () => {
    const name = write(
      "bad.ndjson",
      Buffer.concat([Buffer.from(`${SOURCE}\n{"id":"`), Buffer.from([0xff]), Buffer.from('"}\n')]),
    );
    const result = await safeValidateFiles([name], { cwd: dir });
    expect(result.problems.map(line)).toContain(
      "bad.ndjson:2:8 invalid_encoding  the line is not valid UTF-8: byte 0xFF at column 8 does not start or continue a character",
    );
  });

  it("refuses a binary file", async () => {
    const name = write(
      "image.json",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    const result = await safeValidateFiles([name], { cwd: dir });
    expect(result.problems.map(line)).toEqual([
      "image.json:3:1 invalid_encoding  the file looks binary: it contains a NUL byte at byte 8",
    ]);
  });

  it("refuses UTF-16", async () => {
    const name = write("utf16.yaml", Buffer.from([0xff, 0xfe, 0x69, 0x00]));
    const result = await safeValidateFiles([name], { cwd: dir });
    expect(result.problems.map(line)).toEqual([
      "utf16.yaml:1:1 invalid_encoding  the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
    ]);
  });

  it("reports a path that does not exist", async () => {
    const result = await safeValidateFiles(["missing/", "nothing-*.yaml"], { cwd: dir });
    expect(result.problems.map(line)).toEqual([
      "missing/:-:- io_error  no such file or directory",
      "nothing-*.yaml:-:- io_error  no data files match this pattern",
    ]);
    expect(result.valid).toBe(false);
  });

  it("reports a symbolic link that points at itself", async () => {
    const loopDir = join(dir, "self");
    mkdirSync(loopDir);
    symlinkSync("loop.yaml", join(loopDir, "loop.yaml"));
    const result = await safeValidateFiles(["self"], { cwd: dir });
    expect(result.problems.map(line)).toEqual([
      "self/loop.yaml:-:- io_error  too many levels of symbolic links (a symbolic link loop)",
    ]);
  });

  it("ends on a folder link that loops back to its parent, reading each file once", async () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "sub"), { recursive: true });
    writeFileSync(join(tree, "sub", "sources.json"), SOURCE);
    symlinkSync("..", join(tree, "sub", "up"));
    const result = await safeValidateFiles(["tree"], { cwd: dir });
    expect(result.stats.files).toBe(1);
    expect(result.problems.map(line)).toEqual([
      'tree/sub/sources.json:1:7 orphaned_source ap/id no record cites the source "ap"',
    ]);
  });
});
