import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "statecraft-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a terminal would act on or hide; line breaks between lines are allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** An id that would retitle and clear the terminal, reverse the line and open a C1 sequence. */
const ID = "x\u001b]0;pwned\u0007\u001b[2J\u202e\u009b";
const SHOWN = "x\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\x9b";

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("data that holds terminal escapes", () => {
  const file = write(
    "escapes.json",
    JSON.stringify({ type: "issue", id: ID, name: "n", category: "other" }),
  );

  it.each(["pretty", "github"])("is escaped by validate --format %s", (format) => {
    const { code, stdout, stderr } = run(["validate", file, "--format", format]);
    expect(code).toBe(1);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain(`${SHOWN}/id`);
    expect(stderr).toBe("");
  });

  it("is escaped in export's report, and kept exact by validate --format json", () => {
    const exported = run(["export", file, "--format", "nquads"]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).not.toMatch(RAW);
    expect(exported.stderr).toContain(`${SHOWN}/id`);
    const { stdout } = run(["validate", file, "--format", "json"]);
    expect((JSON.parse(stdout) as { problems: { recordId: string }[] }).problems[0]!.recordId).toBe(
      ID,
    );
  });

  it.each([
    ["an unknown command", [ID]],
    ["an unknown option", ["validate", file, `--${ID}`]],
    ["a bad option value", ["validate", file, "--format", ID]],
  ])("is escaped when the command line echoes %s back", (_, args) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toContain(SHOWN);
  });
});

describe("a lone surrogate", () => {
  it.each([
    [
      "JSON",
      "surrogate.json",
      '{"type":"issue","id":"a\\ud800b","name":"n","category":"other"}',
      "1:22",
    ],
    ["YAML", "surrogate.yaml", 'type: issue\nid: "a\\uD800b"\nname: n\ncategory: other\n', "2:5"],
  ])("in a %s id is reported by validate, and export refuses the file", (_, name, text, at) => {
    const file = write(name, text);
    const validated = run(["validate", file, "--format", "json"]);
    expect(validated.code).toBe(1);
    const report = JSON.parse(validated.stdout) as {
      problems: { code: string; pointer: string; line: number; column: number }[];
    };
    expect(report.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.pointer}`)).toEqual([
      `${at} lone_surrogate /id`,
    ]);
    const exported = run(["export", file, "--format", "nquads"]);
    expect(exported.code).toBe(1);
    expect(exported.stdout).toBe("");
    expect(exported.stderr).toContain("lone_surrogate a\\ud800b/id");
    expect(exported.stderr).toContain("statecraft: nothing exported: the data is invalid");
  });

  it("in a name is reported, so export no longer writes U+FFFD in its place", () => {
    const file = write(
      "surrogate-name.ndjson",
      '{"type":"issue","id":"i","name":"n\\udc00","category":"other"}\n',
    );
    const exported = run(["export", file, "--format", "nquads"]);
    expect(exported.code).toBe(1);
    expect(exported.stdout).toBe("");
    expect(exported.stderr).toContain("lone_surrogate i/name");
  });
});
