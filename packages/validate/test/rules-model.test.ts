import { RecordSchema, type StatecraftRecord } from "@statecraft/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_CODES, RULES, type RuleCode, safeValidateTexts } from "../src/index.js";
import { ruleBreakingDataset } from "../src/test-utils/dataset-arbitrary.js";
import { plainRuleFindings } from "../src/test-utils/plain-rules.js";

const SEED = 20240424;

/** `code line pointer`, sorted: what the validator and the plain rules must agree on. */
function keys(findings: readonly { code: string; line: number; pointer: string }[]): string[] {
  return findings.map((f) => `${f.code} ${f.line} ${f.pointer}`).sort();
}

describe("the record and cross-record rules", () => {
  it("are tested on datasets whose records pass the schemas", () => {
    fc.assert(
      fc.property(ruleBreakingDataset, (records) => {
        for (const record of JSON.parse(JSON.stringify(records)) as unknown[])
          expect(RecordSchema.safeParse(record).error).toBeUndefined();
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("find what the plain rules over core's DatasetIndex find, record by record and pointer by pointer", async () => {
    const found = new Set<RuleCode>();
    await fc.assert(
      fc.asyncProperty(ruleBreakingDataset, async (generated) => {
        const records = JSON.parse(JSON.stringify(generated)) as StatecraftRecord[];
        const text = records.map((r) => JSON.stringify(r)).join("\n");
        const result = await safeValidateTexts([{ name: "d.ndjson", text }], {
          maxProblems: Number.MAX_SAFE_INTEGER,
        });
        const problems = result.problems.map((p) => ({
          code: p.code,
          line: p.line ?? 0,
          pointer: p.pointer,
        }));
        // Every record passes the schemas, so every problem is of a record or dataset rule.
        expect(
          problems.filter(
            (p) => RULES[p.code].layer !== "record" && RULES[p.code].layer !== "dataset",
          ),
        ).toEqual([]);
        const plain = plainRuleFindings(records).map((f) => ({ ...f, line: f.record + 1 }));
        for (const f of plain) found.add(f.code);
        expect(keys(problems)).toEqual(keys(plain));
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The datasets broke every record and dataset rule at least once.
    const rules = RULE_CODES.filter(
      (c) => RULES[c].layer === "record" || RULES[c].layer === "dataset",
    );
    expect(rules.filter((c) => !found.has(c))).toEqual([]);
  });
});
