import type { StatecraftRecord } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import {
  diffDatasetStreams,
  diffDatasets,
  formatIdMap,
  mergeDatasets,
  reconcileActors,
  resolveId,
  safeParseIdMap,
} from "../src/index.js";

const cn = (id: string, extra: object = {}): StatecraftRecord =>
  ({
    id,
    type: "actor",
    kind: "state",
    name: "China",
    iso3166: "CN",
    ...extra,
  }) as StatecraftRecord;
const person = (id: string, extra: object = {}): StatecraftRecord =>
  ({
    id,
    type: "actor",
    kind: "person",
    name: "Antony Blinken",
    offices: [{ title: "Secretary of State", role: "foreign_minister", start: "2021-01-26" }],
    ...extra,
  }) as StatecraftRecord;
const visit = (id: string, who: string, state: string, date: string, extra: object = {}) =>
  ({
    id,
    type: "meeting",
    kind: "visit",
    status: "held",
    date,
    location: { state },
    participants: [
      { actor: who, role: "visitor" },
      { actor: state, role: "host" },
    ],
    ...extra,
  }) as StatecraftRecord;

describe("mergeDatasets", () => {
  it("merges states by ISO code and rewrites references to the first input's id", () => {
    const result = mergeDatasets([
      { name: "a/", records: [cn("china")] },
      {
        name: "b/",
        records: [cn("state-cn"), person("p"), visit("m", "p", "state-cn", "2024-04-24")],
      },
    ]);
    expect(result.ok).toBe(true);
    expect(result.records.map((r) => r.id)).toEqual(["china", "p", "m"]);
    const meeting = result.records[2] as { location: { state: string } };
    expect(meeting.location.state).toBe("china");
    expect(result.idMap.ids).toEqual({ "state-cn": "china" });
  });

  it("merges persons by a shared identifier, and only reports a shared name and office", () => {
    const shared = mergeDatasets([
      {
        name: "a/",
        records: [
          person("antony-blinken", {
            identifiers: [{ scheme: "hsg-person", value: "blinken-antony-j" }],
          }),
        ],
      },
      {
        name: "b/",
        records: [
          person("hsg-person-blinken-antony-j", {
            name: "Antony John Blinken",
            identifiers: [{ scheme: "hsg-person", value: "blinken-antony-j" }],
          }),
        ],
      },
    ]);
    expect(shared.records).toHaveLength(1);
    expect(shared.problems.map((p) => p.code)).toEqual(["disagreement"]);
    const apart = mergeDatasets([
      { name: "a/", records: [person("antony-blinken")] },
      { name: "b/", records: [person("blinken", { name: "Antony John Blinken" })] },
    ]);
    expect(apart.records).toHaveLength(2);
    expect(apart.problems.map((p) => p.code)).toEqual(["possible_duplicate"]);
    expect(apart.problems[0]!.message).toContain("antony-blinken");
    expect(apart.problems[0]!.message).toContain("blinken (Antony John Blinken, b/)");
  });

  it("recognises the same event and reports each disagreement with both values", () => {
    const result = mergeDatasets([
      {
        name: "a/",
        records: [
          cn("china"),
          person("p"),
          visit("trip", "p", "china", "2024-04-24/2024-04-26", { sources: [{ source: "ap" }] }),
        ],
      },
      {
        name: "b/",
        records: [
          cn("state-cn"),
          person("p"),
          visit("hsg-1", "p", "state-cn", "2024-04-24/2024-04-27", {
            sources: [{ source: "hsg" }],
          }),
        ],
      },
    ]);
    expect(result.stats.meetingsMatched).toBe(1);
    const meeting = result.records.find((r) => r.id === "trip")!;
    expect(meeting.sources).toEqual([{ source: "ap" }, { source: "hsg" }]);
    const problem = result.problems.find((p) => p.field === "/date")!;
    expect(problem.values.map((v) => [v.input, v.id, v.value, v.sources])).toEqual([
      ["a/", "trip", "2024-04-24/2024-04-26", ["ap"]],
      ["b/", "hsg-1", "2024-04-24/2024-04-27", ["hsg"]],
    ]);
  });

  it("keeps events apart when their dates do not overlap or their persons differ", () => {
    const result = mergeDatasets([
      {
        name: "a/",
        records: [
          cn("china"),
          person("p"),
          person("q", { name: "Someone Else" }),
          visit("one", "p", "china", "2024-04-24"),
        ],
      },
      {
        name: "b/",
        records: [
          visit("two", "p", "china", "2024-05-24"),
          visit("three", "q", "china", "2024-04-24"),
        ],
      },
    ]);
    expect(result.stats.meetingsMatched).toBe(0);
    expect(result.records.filter((r) => r.type === "meeting")).toHaveLength(3);
  });

  it("refuses one id for two things and an id map entry pointing nowhere", () => {
    const conflict = mergeDatasets([
      { name: "a/", records: [cn("x")] },
      { name: "b/", records: [person("x")] },
    ]);
    expect(conflict.ok).toBe(false);
    expect(conflict.problems[0]!.code).toBe("id_conflict");
    const dangling = mergeDatasets([{ name: "a/", records: [cn("china")] }], {
      idMap: { version: 1, ids: { gone: "nowhere" } },
    });
    expect(dangling.ok).toBe(false);
    expect(dangling.problems[0]!.code).toBe("id_map_dangling");
  });

  it("is deterministic and keeps ids stable through the id map", () => {
    const a = { name: "a/", records: [cn("china")] };
    const b = { name: "b/", records: [cn("state-cn"), visit("m", "state-cn", "state-cn", "2024")] };
    const first = mergeDatasets([a, b]);
    expect(JSON.stringify(mergeDatasets([a, b]))).toBe(JSON.stringify(first));
    const reversed = mergeDatasets([b, a], { idMap: first.idMap });
    expect(reversed.records.map((r) => r.id).sort()).toEqual(["china", "m"]);
  });
});

describe("reconcileActors", () => {
  it("maps actors only, leaving meetings alone", () => {
    const found = reconcileActors([
      { name: "a/", records: [cn("china"), visit("m1", "china", "china", "2024")] },
      { name: "b/", records: [cn("state-cn"), visit("m2", "state-cn", "state-cn", "2024")] },
    ]);
    expect(found.idMap.ids).toEqual({ "state-cn": "china" });
    expect(found.problems).toEqual([]);
  });
});

describe("diffDatasets", () => {
  const before = [cn("china"), visit("m", "china", "china", "2024", { status: "planned" })];

  it("finds nothing between equal datasets, whatever the order of records and keys", () => {
    const after = [...before]
      .reverse()
      .map((r) => Object.fromEntries(Object.entries(r).reverse()) as StatecraftRecord);
    expect(diffDatasets(before, after).same).toBe(true);
  });

  it("names changes in the domain's words", () => {
    const after = [
      cn("china"),
      visit("m", "china", "china", "2024", {
        participants: [
          { actor: "china", role: "host" },
          { actor: "usa", role: "visitor" },
        ],
        sources: [{ source: "ap" }],
      }),
      { id: "t", type: "tariff", title: "T" } as unknown as StatecraftRecord,
    ];
    const beforeTariff = {
      id: "t",
      type: "tariff",
      title: "T",
      duty: { kind: "ad_valorem", rate: 7.5 },
    } as unknown as StatecraftRecord;
    const afterTariff = {
      ...beforeTariff,
      duty: { kind: "ad_valorem", rate: 25 },
    } as StatecraftRecord;
    const diff = diffDatasets([...before, beforeTariff], [...after.slice(0, 2), afterTariff]);
    expect(diff.records.flatMap((r) => r.fields.map((f) => f.summary))).toEqual([
      "status planned → held",
      "participant added: usa (visitor)",
      "citation added: ap",
      "duty raised from 7.5% to 25%",
    ]);
  });

  it("says an office ended", () => {
    const diff = diffDatasets(
      [person("p")],
      [
        person("p", {
          offices: [
            {
              title: "Secretary of State",
              role: "foreign_minister",
              start: "2021-01-26",
              end: "2025-01-20",
            },
          ],
        }),
      ],
    );
    expect(diff.records[0]!.fields.map((f) => f.summary)).toEqual([
      "office ended: Secretary of State 2021-01-26 on 2025-01-20",
    ]);
  });

  it("reports renames through the id map, and additions and removals", () => {
    const diff = diffDatasets(
      [cn("state-cn"), cn("old", { iso3166: "FR", name: "France" })],
      [cn("china"), cn("new", { iso3166: "DE", name: "Germany" })],
      {
        idMap: { version: 1, ids: { "state-cn": "china" } },
      },
    );
    expect(diff.records.map((r) => [r.change, r.id, r.oldId])).toEqual([
      ["renamed", "china", "state-cn"],
      ["added", "new", undefined],
      ["removed", "old", undefined],
    ]);
  });
});

describe("diffDatasetStreams", () => {
  it("gives what diffDatasets gives, keys in another order being no change", async () => {
    const old = [
      cn("state-cn"),
      cn("fr", { iso3166: "FR", name: "France" }),
      visit("m", "p", "china", "2024", { status: "planned" }),
      visit("same", "p", "china", "2023"),
      visit("gone", "p", "china", "2022"),
    ];
    const now = [
      cn("china"),
      Object.fromEntries(
        Object.entries(cn("fr", { iso3166: "FR", name: "France" })).reverse(),
      ) as StatecraftRecord,
      visit("m", "p", "china", "2024"),
      visit("same", "p", "china", "2023"),
      visit("new", "p", "china", "2025"),
    ];
    const options = { idMap: { version: 1 as const, ids: { "state-cn": "china" } } };
    const streamed = await diffDatasetStreams(
      async function* () {
        yield* old;
      },
      () => now,
      options,
    );
    expect(streamed).toEqual(diffDatasets(old, now, options));
    expect(streamed.records.map((r) => `${r.change} ${r.id}`)).toEqual([
      "renamed china",
      "removed gone",
      "changed m",
      "added new",
    ]);
  });
});

describe("id maps", () => {
  it("round-trip with sorted keys and refuse cycles", () => {
    const text = formatIdMap({ version: 1, ids: { b: "c", a: "b" } });
    expect(text).toBe('{\n  "version": 1,\n  "ids": {\n    "a": "b",\n    "b": "c"\n  }\n}\n');
    const read = safeParseIdMap(text);
    expect(read.success && resolveId(read.idMap, "a")).toBe("c");
    expect(safeParseIdMap('{"version":1,"ids":{"a":"b","b":"a"}}').success).toBe(false);
    expect(safeParseIdMap('{"version":2,"ids":{}}').success).toBe(false);
  });
});
