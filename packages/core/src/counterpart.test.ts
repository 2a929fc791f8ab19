import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Counterpart, type CounterpartsOptions, counterparts } from "./counterpart.js";
import { RecordSchema, type StatecraftRecord } from "./dataset.js";
import { createDatasetIndex } from "./dataset-index.js";
import { MEETING_STATUSES } from "./meeting.js";
import { meetingsBetween } from "./meeting-query.js";
import { loadExample } from "./test-utils/example.js";

const example = createDatasetIndex(loadExample());
const row = (c: Counterpart) => [c.actorId, c.count, c.first, c.last];
const ALL: CounterpartsOptions = { status: MEETING_STATUSES };

// Worked out by hand from examples/blinken-china-2024/meetings.yaml (see representation.test.ts
// for who stands for what).
// - Held, Blinken met Xi on his 2023 visit (2023-06-17/2023-06-19) and Wang Yi in the calls
//   (2023-10-07/2024-04-21): one meeting each; by name, Wang Yi before Xi Jinping.
// - With the planned and expected meetings, the Chinese government hosts the trip and both legs
//   and, inherited from the trip, is at the Wang Yi and Xi talks: 5 meetings, all dated
//   2024-04-24/2024-04-26. Wang Yi adds the planned talks, Xi the expected talks: first the
//   held meeting, last the trip's dates.
// - Xi met Biden at the summit (2023-11-15) and on the call (2024-04-02), Blinken in 2023.
// - "usa" is asked as represented (Biden, Blinken, Yellen, Austin, the U.S. government stand for
//   it) and answered with the actors as listed on the other side: Xi three times (2023 visit,
//   summit, call), the Chinese government twice (Yellen's visit, the lower-level meetings),
//   then once each: Marcos and Kishida (the trilateral), Austin's counterpart, Wang Yi.
// - "china": Blinken (2023 visit, calls) and Biden (summit, call) twice, the rest once.
const TABLE: [actor: string, options: CounterpartsOptions, expected: unknown[][]][] = [
  [
    "antony-blinken",
    {},
    [
      ["wang-yi", 1, "2023-10-07/2024-04-21", "2023-10-07/2024-04-21"],
      ["xi-jinping", 1, "2023-06-17/2023-06-19", "2023-06-17/2023-06-19"],
    ],
  ],
  [
    "antony-blinken",
    ALL,
    [
      ["chinese-government", 5, "2024-04-24/2024-04-26", "2024-04-24/2024-04-26"],
      ["wang-yi", 2, "2023-10-07/2024-04-21", "2024-04-24/2024-04-26"],
      ["xi-jinping", 2, "2023-06-17/2023-06-19", "2024-04-24/2024-04-26"],
    ],
  ],
  [
    "antony-blinken",
    { status: ["expected"] },
    [
      ["chinese-government", 1, "2024-04-24/2024-04-26", "2024-04-24/2024-04-26"],
      ["xi-jinping", 1, "2024-04-24/2024-04-26", "2024-04-24/2024-04-26"],
    ],
  ],
  [
    "xi-jinping",
    {},
    [
      ["joe-biden", 2, "2023-11-15", "2024-04-02"],
      ["antony-blinken", 1, "2023-06-17/2023-06-19", "2023-06-17/2023-06-19"],
    ],
  ],
  [
    "usa",
    {},
    [
      ["xi-jinping", 3, "2023-06-17/2023-06-19", "2024-04-02"],
      ["chinese-government", 2, "2024-04-02/2024-04-21", "2024-04-02/2024-04-21"],
      ["philippines-president", 1, "2024-04-11", "2024-04-11"],
      ["japan-prime-minister", 1, "2024-04-11", "2024-04-11"],
      ["chinese-defense-minister", 1, "2024-04-02/2024-04-21", "2024-04-02/2024-04-21"],
      ["wang-yi", 1, "2023-10-07/2024-04-21", "2023-10-07/2024-04-21"],
    ],
  ],
  [
    "china",
    {},
    [
      ["antony-blinken", 2, "2023-06-17/2023-06-19", "2023-10-07/2024-04-21"],
      ["joe-biden", 2, "2023-11-15", "2024-04-02"],
      ["us-government", 1, "2024-04-02/2024-04-21", "2024-04-02/2024-04-21"],
      ["janet-yellen", 1, "2024-04-02/2024-04-21", "2024-04-02/2024-04-21"],
      ["lloyd-austin", 1, "2024-04-02/2024-04-21", "2024-04-02/2024-04-21"],
    ],
  ],
  ["nobody", ALL, []],
  ["antony-blinken", { status: [] }, []],
];

describe("counterparts on the example", () => {
  it.each(TABLE)("%s with %j", (actor, options, expected) => {
    expect(counterparts(example, actor, options).map(row)).toEqual(expected);
  });

  it("resolves each counterpart and lists the meetings in date order", () => {
    const [wang] = counterparts(example, "antony-blinken");
    expect(wang?.name).toBe("Wang Yi");
    expect(wang?.actor?.kind).toBe("person");
    expect(wang?.meetings.map((m) => m.id)).toEqual(["blinken-wang-yi-calls-2023-2024"]);
  });
});

const meeting = (id: string, fields: object, participants: object[]): StatecraftRecord =>
  RecordSchema.parse({
    id,
    type: "meeting",
    kind: "talks",
    status: "held",
    title: id,
    ...fields,
    participants,
  });
const p = (actor: string, attendance = "attended") => ({ actor, role: "participant", attendance });

describe("counterparts on synthetic datasets", () => {
  it("leaves out those who declined or were absent, and keeps undated meetings out of the dates", () => {
    const index = createDatasetIndex([
      meeting("m1", { date: "2024" }, [p("a"), p("b"), p("c", "declined")]),
      meeting("m2", { date: "2024-03-01" }, [p("a"), p("b"), p("d", "absent")]),
      meeting("m3", {}, [p("a"), p("b"), p("c")]),
      meeting("m4", { date: "2024-12" }, [p("a", "declined"), p("d")]),
    ]);
    // m1 ("2024") has the smallest earliest bound and the largest latest bound.
    expect(counterparts(index, "a").map(row)).toEqual([
      ["b", 3, "2024", "2024"],
      ["c", 1, undefined, undefined],
    ]);
    expect(counterparts(index, "d")).toEqual([]);
    // Unresolved ids are named by their id.
    expect(counterparts(index, "a")[0]?.name).toBe("b");
  });

  it("leaves out those whose participation was postponed or cancelled", () => {
    const index = createDatasetIndex([
      meeting("m1", { date: "2024" }, [p("a"), p("b", "postponed"), p("c", "cancelled")]),
    ]);
    expect(counterparts(index, "a")).toEqual([]);
  });

  it("takes first and last by the bounds, keeping the dates as written", () => {
    const index = createDatasetIndex([
      meeting("m1", { date: "2024-04-24/2024-04-26" }, [p("a"), p("b")]),
      meeting("m2", { date: "2024-04" }, [p("a"), p("b")]),
      meeting("m3", { date: "2024-04-30" }, [p("a"), p("b")]),
    ]);
    // "2024-04" starts first; it ends with "2024-04-30", and on that tie the later start wins.
    expect(counterparts(index, "a").map(row)).toEqual([["b", 3, "2024-04", "2024-04-30"]]);
    const later = createDatasetIndex([
      meeting("m1", { date: "2024-04-24/2024-04-26" }, [p("a"), p("b")]),
      meeting("m3", { date: "2024-04-30" }, [p("a"), p("b")]),
    ]);
    expect(counterparts(later, "b").map(row)).toEqual([
      ["a", 2, "2024-04-24/2024-04-26", "2024-04-30"],
    ]);
  });
});

// Random small datasets: four persons (p0 holds an office in an organisation of a state, with a
// random end), that organisation, and meetings with random participants, attendances, statuses,
// dates and parents (cycles included).
const PERSONS = ["p0", "p1", "p2", "p3"];
const dateArb = fc.option(
  fc.constantFrom("2024", "2024-04", "2024-04-10", "2024-04-09/2024-04-11"),
  {
    nil: undefined,
  },
);
const datasetArb = fc
  .record({
    end: dateArb,
    meetings: fc.array(
      fc.record({
        date: dateArb,
        status: fc.constantFrom(...MEETING_STATUSES),
        parent: fc.option(fc.nat(5), { nil: undefined }),
        participants: fc.uniqueArray(
          fc.record({
            actor: fc.constantFrom(...PERSONS, "org"),
            attendance: fc.constantFrom("attended", "expected", "declined", "absent"),
          }),
          { minLength: 1, maxLength: 4, selector: (x) => x.actor },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ end, meetings }) =>
    createDatasetIndex([
      RecordSchema.parse({ id: "land", type: "actor", kind: "state", name: "land" }),
      RecordSchema.parse({
        id: "org",
        type: "actor",
        kind: "organization",
        name: "org",
        organizationKind: "ministry",
        jurisdiction: "land",
      }),
      ...PERSONS.map((id) =>
        RecordSchema.parse({
          id,
          type: "actor",
          kind: "person",
          name: id,
          offices:
            id === "p0"
              ? [{ title: "Minister", organization: "org", ...(end ? { end } : {}) }]
              : [],
        }),
      ),
      ...meetings.map((m, i) =>
        meeting(
          `m${i}`,
          {
            status: m.status,
            ...(m.date ? { date: m.date } : {}),
            ...(m.parent !== undefined && m.parent < meetings.length
              ? { parent: `m${m.parent}` }
              : {}),
          },
          m.participants.map((x) => p(x.actor, x.attendance)),
        ),
      ),
    ]),
  );
const optionsArb = fc.record({
  status: fc.subarray([...MEETING_STATUSES]),
});
const RUNS = { seed: 42, numRuns: 200 } as const;

describe("counterparts, properties", () => {
  it("is symmetric between persons: B met A in n meetings when A met B in n, on the same dates", () => {
    fc.assert(
      fc.property(datasetArb, optionsArb, (index, options) => {
        for (const a of PERSONS) {
          for (const c of counterparts(index, a, options)) {
            if (!PERSONS.includes(c.actorId)) continue;
            const back = counterparts(index, c.actorId, options).find((x) => x.actorId === a);
            expect(back && row(back)).toEqual([a, c.count, c.first, c.last]);
          }
        }
      }),
      RUNS,
    );
  });

  it("finds every counterpart's meetings among meetingsBetween's", () => {
    fc.assert(
      fc.property(datasetArb, optionsArb, (index, options) => {
        for (const a of [...PERSONS, "org", "land"]) {
          for (const c of counterparts(index, a, options)) {
            const between = new Set(meetingsBetween(index, a, c.actorId));
            for (const m of c.meetings) expect(between.has(m)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
