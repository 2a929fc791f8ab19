import { describe, expect, it } from "vitest";
import {
  DatasetFileSchema,
  DatasetSchema,
  datasetRecords,
  RecordSchema,
  toDataset,
} from "./dataset.js";

const blinken = {
  id: "antony-blinken",
  type: "actor",
  kind: "person",
  name: "Antony Blinken",
  offices: [
    { title: "Secretary of State", role: "foreign_minister", state: "usa", start: "2021-01-26" },
  ],
};
const counterpart = {
  id: "chinese-defense-minister",
  type: "actor",
  kind: "person",
  label: "his Chinese counterpart",
  offices: [{ title: "Minister of National Defense", state: "china" }],
};
const taiwan = {
  id: "taiwan",
  type: "actor",
  kind: "state",
  name: "Taiwan",
  iso3166: "TW",
  statehood: "contested",
  claims: [{ claimant: "china", description: "considers Taiwan a renegade province" }],
};
const call = {
  id: "biden-xi-call",
  type: "meeting",
  kind: "phone_call",
  status: "held",
  title: "Biden–Xi call",
  date: "2024-04-02",
  participants: [
    { actor: "joe-biden", role: "participant", attendance: "attended" },
    { actor: "xi-jinping", role: "participant", attendance: "attended" },
  ],
};
const tariff = {
  id: "t",
  type: "tariff",
  measure: "additional_tariff",
  status: "in_force",
  title: "Steel",
  imposer: "usa",
  targets: ["china"],
  products: [{ scheme: "HS", version: "2022", code: "7208" }],
  priorDuty: { kind: "ad_valorem", rate: 7.5 },
  duty: { kind: "compound", rate: 10, amount: 0.5, currency: "USD", unit: "kg" },
  schedule: [{ date: "2024-09-27", duty: { kind: "ad_valorem", rate: 25 } }],
};

describe("RecordSchema accepts every capability the design names", () => {
  it.each([
    ["a person with offices over time", blinken],
    ["a person known only by office", counterpart],
    ["a contested state with a sovereignty claim", taiwan],
    ["a phone call without location", call],
    ["a tariff with compound duty and a phased schedule", tariff],
    [
      "a source with dateline and language",
      {
        id: "ap",
        type: "source",
        kind: "news_article",
        title: "T",
        published: "2024-04-21",
        dateline: "WASHINGTON",
        language: "en",
      },
    ],
    [
      "an issue with a sourced, quoted position",
      {
        id: "scs",
        type: "issue",
        name: "South China Sea",
        category: "maritime",
        positions: [
          {
            actor: "usa",
            stance: "concern",
            summary: "Concerned.",
            date: "2024-04~",
            sources: [{ source: "ap", quote: "concerned" }],
          },
        ],
      },
    ],
  ])("%s", (_name, given) => {
    const result = RecordSchema.safeParse(given);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(given);
  });
});

describe("RecordSchema rejects", () => {
  it.each([
    ["an unknown type", { ...call, type: "event" }, "invalid_union", ["type"]],
    ["an unknown field", { ...call, venue: "x" }, "unrecognized_keys", []],
    [
      "a person with neither name nor office",
      { id: "p", type: "actor", kind: "person" },
      "custom",
      ["name"],
    ],
    ["an impossible date", { ...call, date: "2024-02-30" }, "custom", ["date"]],
    ["an unassigned country code", { ...taiwan, iso3166: "XX" }, "custom", ["iso3166"]],
    [
      "a meeting without participants",
      { ...call, participants: [] },
      "too_small",
      ["participants"],
    ],
    [
      "a negative rate",
      { ...tariff, duty: { kind: "ad_valorem", rate: -1 } },
      "too_small",
      ["duty", "rate"],
    ],
    [
      "a dotted product code",
      { ...tariff, products: [{ scheme: "HS", version: "2022", code: "7208.10" }] },
      "invalid_format",
      ["products", 0, "code"],
    ],
    [
      "an unknown attendance status",
      { ...call, participants: [{ actor: "a", role: "host", attendance: "maybe" }] },
      "invalid_value",
      ["participants", 0, "attendance"],
    ],
  ])("%s", (_name, given, code, path) => {
    const result = RecordSchema.safeParse(given);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code, path });
  });

  it("names the problem in a person's message", () => {
    const result = RecordSchema.safeParse({ id: "p", type: "actor", kind: "person" });
    expect(result.error?.issues[0]?.message).toBe(
      "a person needs a `name`, or at least one office when known only by office",
    );
  });
});

describe("datasets", () => {
  it("round-trips records through toDataset and datasetRecords", () => {
    const records = [blinken, call, taiwan, tariff].map((r) => RecordSchema.parse(r));
    const dataset = toDataset(records, { name: "Test" });
    expect(dataset.name).toBe("Test");
    expect(dataset.actors?.map((a) => a.id)).toEqual(["antony-blinken", "taiwan"]);
    expect(DatasetSchema.parse(dataset)).toEqual(dataset);
    expect(datasetRecords(dataset).map((r) => r.id)).toEqual([
      "antony-blinken",
      "taiwan",
      "biden-xi-call",
      "t",
    ]);
  });

  it("accepts every file layout: a dataset, one record, a list", () => {
    expect(DatasetFileSchema.safeParse({ meetings: [call] }).success).toBe(true);
    expect(DatasetFileSchema.safeParse(call).success).toBe(true);
    expect(DatasetFileSchema.safeParse([call, blinken]).success).toBe(true);
    expect(DatasetFileSchema.safeParse({ meetings: [call], extra: 1 }).success).toBe(false);
  });
});
