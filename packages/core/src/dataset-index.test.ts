import { describe, expect, it } from "vitest";
import { RecordSchema } from "./dataset.js";
import { createDatasetIndex } from "./dataset-index.js";
import { parsePartialDate } from "./date.js";
import { compareMeetings, timeline } from "./meeting-query.js";
import { officesHeldOn } from "./office.js";

const meeting = (id: string, date: string | undefined, actors: string[]) =>
  RecordSchema.parse({
    id,
    type: "meeting",
    kind: "talks",
    status: "held",
    title: id,
    ...(date === undefined ? {} : { date }),
    participants: actors.map((actor) => ({ actor, role: "participant", attendance: "attended" })),
  });

describe("DatasetIndex", () => {
  const records = [
    meeting("m3", undefined, ["a"]),
    meeting("m2", "2024-04-25", ["a", "b"]),
    meeting("m1", "2024-04", ["a"]),
    meeting("m2", "1999", ["z"]),
  ];
  const index = createDatasetIndex(records);

  it("looks up by id, first record winning on duplicates", () => {
    expect(index.get("m2")?.type).toBe("meeting");
    expect(index.getOf("meeting", "m2")?.date).toBe("2024-04-25");
    expect(index.getOf("actor", "m2")).toBeUndefined();
    expect(index.has("nope")).toBe(false);
    expect(index.records).toHaveLength(4);
  });

  it("keeps reverse references with pointers", () => {
    expect(index.referencesTo("b").map((r) => [r.from.id, r.pointer])).toEqual([
      ["m2", "/participants/1/actor"],
    ]);
    expect(index.referencesTo("a")).toHaveLength(3);
  });

  it("orders a timeline by date bounds, a month before a day in it, undated last", () => {
    expect(timeline(index).map((m) => m.id)).toEqual(["m2", "m1", "m2", "m3"]);
    expect(timeline(index).map((m) => m.date)).toEqual([
      "1999",
      "2024-04",
      "2024-04-25",
      undefined,
    ]);
    expect(timeline(index, { actor: "b" }).map((m) => m.id)).toEqual(["m2"]);
    expect(timeline(index, { from: "2024-04-10" }).map((m) => m.date)).toEqual([
      "2024-04",
      "2024-04-25",
      undefined,
    ]);
    expect(timeline(index, { to: "2000" }).map((m) => m.date)).toEqual(["1999", undefined]);
  });

  it("compares meetings deterministically", () => {
    const [a, b] = [meeting("x", "2024", ["a"]), meeting("y", "2024", ["a"])];
    if (a.type !== "meeting" || b.type !== "meeting") throw new Error("unreachable");
    expect(compareMeetings(a, b)).toBeLessThan(0);
    expect(compareMeetings(b, a)).toBeGreaterThan(0);
  });
});

describe("officesHeldOn", () => {
  const offices = [
    { title: "Minister of Foreign Affairs", start: "2013-03-16", end: "2022-12-30" },
    { title: "Director", start: "2023-01" },
    { title: "Minister of Foreign Affairs", start: "2023-07-25" },
  ];
  it.each([
    ["2020-05-01", ["Minister of Foreign Affairs"]],
    ["2023-03", ["Director"]],
    ["2024-04-26", ["Director", "Minister of Foreign Affairs"]],
    ["2023", ["Director", "Minister of Foreign Affairs"]],
    ["2012", []],
  ])("on %s", (date, titles) => {
    expect(officesHeldOn(offices, date).map((o) => o.title)).toEqual(titles);
  });

  it("takes parsed dates as well as text, with the same answers", () => {
    const parsed = offices.map((o) => ({
      ...o,
      start: parsePartialDate(o.start),
      ...(o.end === undefined ? {} : { end: parsePartialDate(o.end) }),
    }));
    for (const date of ["2020-05-01", "2023-03", "2024-04-26", "2023", "2012"]) {
      expect(officesHeldOn(parsed, parsePartialDate(date)).map((o) => o.title)).toEqual(
        officesHeldOn(offices, date).map((o) => o.title),
      );
    }
  });
});
