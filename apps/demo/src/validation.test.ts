import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { EXAMPLE_FILES } from "./example.js";
import { ruleHelp, validateFiles } from "./validation.js";

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8"),
});

const source = {
  id: "readout",
  type: "source",
  kind: "readout",
  title: "Readout",
  published: "2022-11-14",
};

describe("validateFiles", () => {
  test("the bundled example is valid, and every record is read", async () => {
    const result = await validateFiles(EXAMPLE_FILES);
    expect(result.valid).toBe(true);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    const lines = EXAMPLE_FILES.flatMap((file) => file.text.match(/^- id: /gm) ?? []);
    expect(result.records).toHaveLength(lines.length);
  });

  test("a valid dataset file gives its records, in dataset order", async () => {
    const result = await validateFiles([fixture("bali-2022.json")]);
    expect(result.valid).toBe(true);
    expect(result.records.map((r) => r.type)).toEqual([
      "actor",
      "actor",
      "actor",
      "actor",
      "actor",
      "meeting",
      "issue",
      "source",
    ]);
  });

  test("invalid files give problems located by file, line and column, and no records", async () => {
    const result = await validateFiles([fixture("broken-schema.yaml")]);
    expect(result.valid).toBe(false);
    expect(result.records).toEqual([]);
    expect(result.problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([
      ["broken-schema.yaml", 6, 11, "invalid_value"],
      ["broken-schema.yaml", 10, 7, "invalid_value"],
      ["broken-schema.yaml", 10, 16, "dangling_reference"],
    ]);
  });

  test("reads a single record, a list, and NDJSON, across files", async () => {
    const result = await validateFiles([
      { name: "source.json", text: JSON.stringify(source) },
      {
        name: "more.ndjson",
        text: `${JSON.stringify({ ...source, id: "a" })}\n\n${JSON.stringify({ ...source, id: "b" })}\n`,
      },
      {
        name: "list.yml",
        text: "- id: c\n  type: source\n  kind: readout\n  title: C\n  published: '2022'\n",
      },
    ]);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.records.map((r) => r.id)).toEqual(["readout", "a", "b", "c"]);
  });

  test("every problem code has help: a summary and a link", () => {
    expect(ruleHelp("dangling_reference").summary.length).toBeGreaterThan(0);
    expect(ruleHelp("dangling_reference").url).toMatch(/^https:\/\/.*#dangling_reference$/);
  });
});
