import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { safeValidateFiles, safeValidateTexts, type TextFile } from "../src/node.js";
import { line } from "../src/test-utils/problems.js";

const message = (what: "string" | "key", unit: string, position: number): string =>
  `the ${what} holds a lone UTF-16 surrogate, \\u${unit}, at position ${position}, which no UTF-8 text, IRI or RDF literal can hold: write the whole character or remove the escape`;

/** An issue record as JSON text; `id` and `name` are JSON string contents (escapes allowed). */
const issue = (id: string, name = "n", extra = ""): string =>
  `{"type":"issue","id":"${id}","name":"${name}","category":"other"${extra}}`;

/** Cases as data: the files given, and every problem wanted (`file:line:column code record+pointer message`). */
const cases: [string, { given: TextFile[]; want: string[] }][] = [
  [
    "a JSON id with a lone high surrogate escape",
    {
      given: [{ name: "a.json", text: issue("a\\ud800b") }],
      want: [`a.json:1:22 lone_surrogate a\ud800b/id ${message("string", "d800", 2)}`],
    },
  ],
  [
    "a YAML id with a lone surrogate escape",
    {
      given: [{ name: "a.yaml", text: 'type: issue\nid: "a\\uD800b"\nname: n\ncategory: other\n' }],
      want: [`a.yaml:2:5 lone_surrogate a\ud800b/id ${message("string", "d800", 2)}`],
    },
  ],
  [
    "a YAML list whose second record's name has a \\U escape of a low surrogate",
    {
      given: [
        {
          name: "a.yaml",
          text: '- type: issue\n  id: i1\n  name: n\n  category: other\n- type: issue\n  id: i2\n  name: "x\\U0000DC00"\n  category: other\n',
        },
      ],
      want: [`a.yaml:7:9 lone_surrogate i2/name ${message("string", "dc00", 2)}`],
    },
  ],
  [
    "an NDJSON name whose surrogate pair is followed by a lone surrogate (pairs are fine)",
    {
      given: [
        { name: "a.ndjson", text: `${issue("i1")}\n${issue("i2", "\\ud83d\\ude00\\ud800")}` },
      ],
      want: [`a.ndjson:2:34 lone_surrogate i2/name ${message("string", "d800", 3)}`],
    },
  ],
  [
    "a key with a lone surrogate (also an unknown key)",
    {
      given: [{ name: "a.json", text: issue("i", "n", ',"k\\udc00":1') }],
      want: [
        `a.json:1:56 lone_surrogate i/k\udc00 ${message("key", "dc00", 2)}`,
        'a.json:1:56 unrecognized_keys i/k\udc00 unknown key "k\\udc00"',
      ],
    },
  ],
  [
    "a dataset's metadata",
    {
      given: [{ name: "a.json", text: `{"name":"d\\ud800","issues":[${issue("i")}]}` }],
      want: [`a.json:1:9 lone_surrogate /name ${message("string", "d800", 2)}`],
    },
  ],
  [
    "text given as a string that holds a lone surrogate itself, unescaped",
    {
      given: [{ name: "a.json", text: issue("a\ud800b") }],
      want: [`a.json:1:22 lone_surrogate a\ud800b/id ${message("string", "d800", 2)}`],
    },
  ],
];

describe("lone surrogates", () => {
  it.each(cases)("are reported in %s", async (_, { given, want }) => {
    const result = await safeValidateTexts(given);
    expect(result.problems.map(line).sort()).toEqual([...want].sort());
    expect(result.valid).toBe(false);
  });

  it("make the data invalid, so no record is handed over for export", async () => {
    const result = await safeValidateTexts(
      [{ name: "a.ndjson", text: `${issue("good")}\n${issue("bad", "x\\udfff")}` }],
      { collect: true },
    );
    expect(result.problems.map((p) => p.code)).toEqual(["lone_surrogate"]);
    expect(result.valid).toBe(false);
    expect("records" in result).toBe(false);
  });

  describe("in files on disk", () => {
    const dir = mkdtempSync(join(tmpdir(), "statecraft-surrogate-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ["a.json", issue("a\\ud800b"), "a.json:1:22"],
      ["a.yaml", 'type: issue\nid: "a\\uD800b"\nname: n\ncategory: other\n', "a.yaml:2:5"],
      ["a.ndjson", `${issue("i1")}\n${issue("a\\ud800b")}\n`, "a.ndjson:2:22"],
    ])("are reported in %s", async (name, text, at) => {
      writeFileSync(join(dir, name), text);
      const result = await safeValidateFiles([name], { cwd: dir });
      expect(result.problems.map(line)).toEqual([
        `${at} lone_surrogate a\ud800b/id ${message("string", "d800", 2)}`,
      ]);
    });
  });
});
