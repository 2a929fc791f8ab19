import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { RULE_CODES, safeValidateTexts, type ValidationResult } from "../src/index.js";

const RECORDS = [
  { id: "usa", type: "actor", kind: "state", name: "United States", iso3166: "US" },
  {
    id: "blinken",
    type: "actor",
    kind: "person",
    name: "Antony Blinken",
    offices: [
      { title: "Secretary of State", state: "usa", start: "2021-01-26", end: "2025-01-20" },
    ],
  },
  {
    id: "visit",
    type: "meeting",
    kind: "visit",
    status: "planned",
    title: "Visit",
    date: "2024-04-24/2024-04-26",
    participants: [
      {
        actor: "blinken",
        role: "visitor",
        capacity: "Secretary of State",
        attendance: "confirmed",
      },
    ],
    sources: [{ source: "ap" }],
  },
  {
    id: "t",
    type: "tariff",
    measure: "tariff",
    status: "announced",
    title: "T",
    imposer: "usa",
    targets: ["usa"],
    products: [{ scheme: "HS", version: "2022", code: "72" }],
    duty: { kind: "ad_valorem", rate: 25 },
    schedule: [{ date: "2024", duty: { kind: "ad_valorem", rate: 25 } }],
  },
  {
    id: "i",
    type: "issue",
    name: "I",
    category: "trade",
    positions: [{ actor: "usa", stance: "support", summary: "s" }],
  },
  { id: "ap", type: "source", kind: "news_article", title: "AP", published: "2024-04-21" },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value))
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  // Renaming a key of a scalar: nothing to change.
  if (node === null || typeof node !== "object") return root;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    "",
    " ",
    "2024-02-30",
    "2024-13",
    "__proto__",
    "usa",
    "blinken",
    "ap",
    "XK",
    "YU",
    "9999",
    -1,
    1e308,
    null,
    [],
    {},
  ),
  fc.string({ unit: "binary" }),
);

const mutation = fc.record({
  record: fc.nat({ max: RECORDS.length - 1 }),
  pick: fc.nat(),
  op: fc.constantFrom("set", "delete", "rename"),
  value: weird,
  key: fc.constantFrom("__proto__", "constructor", "type", "kind", "id", "extra", "sources"),
});

describe("fuzzing valid records", () => {
  it("always yields a structured result, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("yaml", "json", "ndjson"),
        async (mutations, format) => {
          let records = structuredClone(RECORDS) as Json[];
          for (const m of mutations) {
            const target = records[m.record] as Json;
            const all = paths(target);
            const path = all[m.pick % all.length]!;
            let changed: Json;
            if (m.op === "delete") changed = setAt(target, path, undefined);
            else if (m.op === "rename")
              changed = setAt(target, [...path.slice(0, -1), m.key], m.value);
            else changed = setAt(target, path, m.value);
            records = records.map((r, i) => (i === m.record ? changed : r));
          }
          const text =
            format === "ndjson"
              ? records.map((r) => JSON.stringify(r)).join("\n")
              : JSON.stringify(records);
          const result = await safeValidateTexts([{ name: `data.${format}`, text }]);
          expect(typeof result.valid).toBe("boolean");
          expect(result.stats.errors + result.stats.warnings).toBe(
            Object.values(result.counts).reduce((a, b) => a + (b ?? 0), 0),
          );
          for (const p of result.problems) {
            expect(RULE_CODES).toContain(p.code);
            expect(p.message.length).toBeGreaterThan(0);
            expect(p.file).toBe(`data.${format}`);
          }
          expectPositionsInside(result, text);
        },
      ),
      { seed: 20240421, numRuns: 300 },
    );
  });
});

/** Every located problem is at a line and column of the text (a column may be one past a line's end). */
function expectPositionsInside(result: ValidationResult, text: string): void {
  const lines = text.split("\n");
  for (const p of result.problems) {
    if (p.line === undefined) continue;
    expect(p.line, p.message).toBeGreaterThanOrEqual(1);
    expect(p.line, p.message).toBeLessThanOrEqual(lines.length);
    expect(p.column, p.message).toBeGreaterThanOrEqual(1);
    expect(p.column, p.message).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
  }
}

describe("fuzzing YAML text", () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 3 }),
    insert: fc.string({
      unit: fc.constantFrom(..." \n:-'\"#[]{},|>?&*!%\t@`~.0e\\xa".split("")),
      maxLength: 3,
    }),
  });

  it("reports damaged documents with every problem inside the file, never an exception", async () => {
    const styles = fc.record({
      defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "BLOCK_LITERAL"),
      collectionStyle: fc.constantFrom("block", "flow", "any"),
    });
    await fc.assert(
      fc.asyncProperty(
        styles,
        fc.array(edit, { maxLength: 4 }),
        fc.boolean(),
        async (style, edits, aliased) => {
          let text = stringify(RECORDS, { ...style, lineWidth: 40 } as object);
          // Aliases: the first record's sources, anchored and reused by the meeting.
          if (aliased)
            text = `${text}- id: again\n  type: meeting\n  sources: &s [{source: ap}]\n  notes: *s\n`;
          for (const { at, remove, insert } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          const result = await safeValidateTexts([{ name: "data.yaml", text }]);
          for (const p of result.problems) expect(RULE_CODES).toContain(p.code);
          expectPositionsInside(result, text);
        },
      ),
      { seed: 424242, numRuns: 400 },
    );
  });
});
