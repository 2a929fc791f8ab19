import { describe, expect, it } from "vitest";
import { readYaml } from "./yaml.js";

/** The line:column of a pointer's node (key: its key) in a document. */
function at(text: string, pointer: string, key = false): string {
  const found = readYaml(text).locator.locate(pointer);
  const offset = key && found.keyOffset !== undefined ? found.keyOffset : found.offset;
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe("readYaml", () => {
  it("reads values by YAML 1.2's core schema", () => {
    const { value, problems } = readYaml(
      "a: ~\nb: True\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .inf\ng: '12'\nh: yes\ni: !!str 3\nj: |\n  x\n",
    );
    expect(problems).toEqual([]);
    expect(value).toEqual({
      a: null,
      b: true,
      c: 31,
      d: 15,
      e: 1000,
      f: Number.POSITIVE_INFINITY,
      g: "12",
      h: "yes",
      i: "3",
      j: "x\n",
    });
  });

  it("locates nodes, keys, quoted and block scalars and empty values", () => {
    const text = "- id: x\n  title: 'T'\n  note: |\n    n\n  empty:\n  list:\n    -\n    - b\n";
    expect(at(text, "/0")).toBe("1:3");
    expect(at(text, "/0/title")).toBe("2:10");
    expect(at(text, "/0/title", true)).toBe("2:3");
    expect(at(text, "/0/note")).toBe("3:9");
    expect(at(text, "/0/empty")).toBe("5:9");
    expect(at(text, "/0/list/0")).toBe("7:6");
    expect(at(text, "/0/list/1")).toBe("8:7");
    // A pointer that leads nowhere: its deepest existing ancestor.
    expect(at(text, "/0/missing/deeper")).toBe("1:3");
  });

  it("locates inside an aliased subtree at the anchored node, and an alias at itself", () => {
    const text = "a: &s\n  - source: ap\n    pages: x\nb: *s\nc: [*s, *s]\n";
    const { value, problems } = readYaml(text);
    expect(problems).toEqual([]);
    const v = value as { a: unknown; b: unknown; c: unknown[] };
    expect(v.b).toBe(v.a);
    expect(at(text, "/b")).toBe("4:4");
    expect(at(text, "/b/0/pages")).toBe("3:12");
    expect(at(text, "/c/1")).toBe("5:9");
    expect(at(text, "/c/1/0/source")).toBe("2:13");
  });

  it("indexes long sequences", () => {
    const text = Array.from({ length: 100 }, (_, i) => `- n: ${i}\n`).join("");
    expect(at(text, "/0/n")).toBe("1:6");
    expect(at(text, "/99/n")).toBe("100:6");
    expect(at(text, "/100")).toBe("1:1");
  });

  it("reads many aliases to many anchors", () => {
    const n = 20_000;
    const text = `anchors:\n${Array.from({ length: n }, (_, i) => `  - &a${i} {k: ${i}}\n`).join("")}uses:\n${Array.from({ length: n }, (_, i) => `  - *a${i}\n`).join("")}`;
    const { value, problems } = readYaml(text);
    expect(problems).toEqual([]);
    const v = value as { uses: { k: number }[] };
    expect(v.uses[n - 1]).toEqual({ k: n - 1 });
    // Located where the anchored node is written: `  - &a19999 {k: 19999}`.
    expect(at(text, `/uses/${n - 1}/k`)).toBe(`${n + 1}:${`  - &a${n - 1} {k: `.length + 1}`);
  });

  it("reports duplicate keys, and keeps reading", () => {
    const { value, problems } = readYaml("a: 1\nb: 2\na: 3\n");
    expect(problems).toEqual([
      { code: "duplicate_key", message: 'the key "a" appears twice in this object', offset: 10 },
    ]);
    expect(value).toEqual({ a: 3, b: 2 });
  });

  it("refuses unknown aliases, aliases inside their own anchor, and several documents", () => {
    expect(readYaml("a: *x\n").problems).toEqual([
      { code: "parse_error", message: "the alias *x has no anchor &x before it", offset: 3 },
    ]);
    expect(readYaml("a: &x [*x]\n").problems.map((p) => [p.code, p.offset])).toEqual([
      ["parse_error", 7],
    ]);
    expect(readYaml("a: 1\n---\nb: 2\n").problems.map((p) => [p.code, p.offset])).toEqual([
      ["parse_error", 5],
    ]);
  });

  it("refuses an anchor aliased past the budget", () => {
    const text = `a: &x 1\n${Array.from({ length: 100 }, (_, i) => `k${i}: *x`).join("\n")}\n`;
    expect(readYaml(text).problems.map((p) => p.code)).toEqual(["too_many_aliases"]);
    const fewer = `a: &x 1\n${Array.from({ length: 99 }, (_, i) => `k${i}: *x`).join("\n")}\n`;
    expect(readYaml(fewer).problems).toEqual([]);
  });
});
