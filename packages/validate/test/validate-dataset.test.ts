import { type StatecraftRecord, toDataset } from "@statecraft/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DatasetInput,
  type Problem,
  safeValidateDataset,
  safeValidateTexts,
  ValidationError,
  validateDataset,
} from "../src/index.js";
import { ruleBreakingDataset } from "../src/test-utils/dataset-arbitrary.js";

/** A small valid dataset, as values built in code. */
const usa = {
  id: "usa",
  type: "actor",
  kind: "state",
  name: "United States",
  iso3166: "US",
  sources: [{ source: "ap" }],
};
const china = { id: "china", type: "actor", kind: "state", name: "China", iso3166: "CN" };
const blinken = {
  id: "blinken",
  type: "actor",
  kind: "person",
  name: "Antony Blinken",
  offices: [{ title: "Secretary of State", state: "usa", start: "2021-01-26", end: "2025-01-20" }],
};
const visit = {
  id: "visit",
  type: "meeting",
  kind: "visit",
  status: "held",
  title: "Visit",
  date: "2024-04-24/2024-04-26",
  participants: [
    { actor: "blinken", role: "visitor", capacity: "Secretary of State", attendance: "attended" },
    { actor: "china", role: "host", attendance: "attended" },
  ],
  sources: [{ source: "ap" }],
};
const ap = {
  id: "ap",
  type: "source",
  kind: "news_article",
  title: "AP",
  published: "2024-04-27",
};
const RECORDS: readonly Record<string, unknown>[] = [usa, china, blinken, visit, ap];
const DATASET = {
  name: "Blinken in China",
  actors: [usa, china, blinken],
  meetings: [visit],
  sources: [ap],
};

/** A problem as one line, `code recordId+pointer`, with no file, line or column (asserted). */
function brief(p: Problem): string {
  expect(p).not.toHaveProperty("file");
  expect(p).not.toHaveProperty("line");
  expect(p).not.toHaveProperty("column");
  return `${p.code} ${p.recordId ?? ""}${p.pointer}`;
}

const withVisit = (change: Record<string, unknown>): Record<string, unknown>[] =>
  RECORDS.map((r) => (r === visit ? { ...visit, ...change } : r));

/** Cases as data; `text: false` marks what a file reads differently (`{}` is not data in a file). */
const cases: [string, { input: DatasetInput; valid: boolean; want: string[]; text?: false }][] = [
  ["a valid list of records", { input: RECORDS, valid: true, want: [] }],
  ["a valid dataset object", { input: DATASET, valid: true, want: [] }],
  ["an empty list", { input: [], valid: true, want: [] }],
  [
    "an empty dataset object (as toDataset([]) makes)",
    { input: {}, valid: true, want: [], text: false },
  ],
  [
    "a dangling reference",
    {
      input: withVisit({
        participants: [{ ...visit.participants[0], actor: "blinkn" }, visit.participants[1]],
      }),
      valid: false,
      want: ["dangling_reference visit/participants/0/actor"],
    },
  ],
  [
    "a duplicate id",
    {
      input: [...RECORDS, { id: "china", type: "issue", name: "China", category: "other" }],
      valid: false,
      want: ["duplicate_id china/id"],
    },
  ],
  [
    "a structural error in a nested field",
    {
      input: withVisit({
        participants: [{ ...visit.participants[0], attendance: "maybe" }, visit.participants[1]],
      }),
      valid: false,
      want: ["invalid_value visit/participants/0/attendance"],
    },
  ],
  [
    "a bad date, under its own code",
    {
      input: withVisit({ date: "24 April 2024" }),
      valid: false,
      want: ["invalid_date visit/date"],
    },
  ],
  [
    "a non-object in the list, located in the input",
    { input: [...RECORDS, 42], valid: false, want: ["invalid_type /5"] },
  ],
  [
    "a record without an id, located in the dataset object",
    {
      input: { ...DATASET, sources: [{ ...ap, id: undefined }] },
      valid: false,
      // Its citations dangle too: a record without an id is in no index.
      want: [
        "dangling_reference usa/sources/0/source",
        "dangling_reference visit/sources/0/source",
        "invalid_type /sources/0/id",
      ],
    },
  ],
  [
    "a record in the wrong list of a dataset object",
    {
      input: {
        ...DATASET,
        sources: [ap, { id: "taiwan", type: "issue", name: "Taiwan", category: "territorial" }],
      },
      valid: false,
      want: ["invalid_value taiwan/type"],
    },
  ],
  [
    "an unknown key of a dataset object",
    { input: { ...DATASET, licence: "MIT" }, valid: false, want: ["unrecognized_keys /licence"] },
  ],
  [
    "a value that is neither a list nor an object",
    { input: "visit" as unknown as DatasetInput, valid: false, want: ["not_a_dataset "] },
  ],
];

describe("safeValidateDataset", () => {
  it.each(cases)("%s", async (_, { input, valid, want }) => {
    const result = await safeValidateDataset(input);
    expect(result.problems.map(brief)).toEqual(want);
    expect(result.valid).toBe(valid);
    expect(result.stats.files).toBe(0);
  });

  it("reports the same codes, record ids and pointers as safeValidateTexts on the JSON text", async () => {
    for (const [name, { input, text }] of cases) {
      if (text === false) continue;
      const fromValues = await safeValidateDataset(input);
      const fromText = await safeValidateTexts([
        { name: "data.json", text: JSON.stringify(input) },
      ]);
      const key = (p: Problem): string => `${p.code} ${p.recordId ?? ""}${p.pointer} ${p.severity}`;
      // Text sorts problems by position, values by record then rule: compare them as sets.
      expect(fromValues.problems.map(key).sort(), name).toEqual(fromText.problems.map(key).sort());
      expect(fromValues.counts, name).toEqual(fromText.counts);
      expect(fromValues.stats.records, name).toBe(fromText.stats.records);
    }
  });

  it("agrees with safeValidateTexts on random datasets that break the rules", async () => {
    const key = (p: Problem): string => `${p.code} ${p.recordId ?? ""}${p.pointer} ${p.severity}`;
    await fc.assert(
      fc.asyncProperty(ruleBreakingDataset, async (records) => {
        const fromValues = await safeValidateDataset(records);
        const text = JSON.stringify(records);
        const fromText = await safeValidateTexts([{ name: "data.json", text }]);
        expect(fromValues.problems.map(key).sort()).toEqual(fromText.problems.map(key).sort());
        expect(fromValues.valid).toBe(fromText.valid);
      }),
      { seed: 20240424, numRuns: 100 },
    );
  });

  it("names the first record of a duplicate id by its place in the input", async () => {
    const result = await safeValidateDataset({
      ...DATASET,
      issues: [{ id: "china", type: "issue", name: "China", category: "other" }],
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      'the id "china" is already used by the record at /actors/1 of the input',
    ]);
  });

  it("returns the records as parsed, in input order, with collect, and only when valid", async () => {
    const result = await safeValidateDataset(DATASET, { collect: true });
    expect(result.valid).toBe(true);
    if (result.valid) {
      expect(result.records.map((r) => r.id)).toEqual(["usa", "china", "blinken", "visit", "ap"]);
      expect(result.records[3]).toEqual(visit);
      expect(result.records[3]).not.toBe(visit);
    }
    const invalid = await safeValidateDataset([...RECORDS, 42], { collect: true });
    expect(invalid.valid).toBe(false);
    expect(invalid).not.toHaveProperty("records");
  });

  it("takes what toDataset makes", async () => {
    const result = await safeValidateDataset(
      toDataset([ap as StatecraftRecord], { name: "One source" }),
    );
    expect(result.problems.map(brief)).toEqual(["orphaned_source ap/id"]);
    expect(result.valid).toBe(true);
  });

  it("applies the options: severities, the cap and the failing severity", async () => {
    const input = [...RECORDS, { ...ap, id: "ap2" }];
    expect((await safeValidateDataset(input)).problems.map(brief)).toEqual([
      "orphaned_source ap2/id",
    ]);
    expect((await safeValidateDataset(input, { failOn: "warning" })).valid).toBe(false);
    const off = await safeValidateDataset(input, { rules: { orphaned_source: "off" } });
    expect(off.problems).toEqual([]);
    const capped = await safeValidateDataset([1, 2, 3], { maxProblems: 1 });
    expect(capped.problems).toHaveLength(1);
    expect(capped.omitted).toBe(2);
  });

  it("reports a lone surrogate in a string built in code", async () => {
    const result = await safeValidateDataset(
      RECORDS.map((r) => (r === ap ? { ...ap, title: "A\ud800P" } : r)),
    );
    expect(result.problems.map(brief)).toEqual(["lone_surrogate ap/title"]);
  });

  it("ends on a record that holds itself", async () => {
    const loop: Record<string, unknown> = { ...ap };
    loop.title = loop;
    const result = await safeValidateDataset(RECORDS.map((r) => (r === ap ? loop : r)));
    expect(result.problems.map(brief)).toEqual(["invalid_type ap/title"]);
  });
});

describe("validateDataset", () => {
  it("returns a valid result, with the records when collecting", async () => {
    const result = await validateDataset(RECORDS, { collect: true });
    expect(result.records).toHaveLength(5);
  });

  it("throws a ValidationError, code invalid_data, naming the record and pointer", async () => {
    const input = withVisit({ date: "24 April 2024" });
    const error = await validateDataset(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: "invalid_data" });
    expect((error as ValidationError).issues.map(brief)).toEqual(["invalid_date visit/date"]);
    expect((error as ValidationError).message).toContain("; first: visit/date ");
  });
});
