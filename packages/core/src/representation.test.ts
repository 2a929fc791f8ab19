import { describe, expect, it } from "vitest";
import { RecordSchema, type StatecraftRecord } from "./dataset.js";
import { createDatasetIndex } from "./dataset-index.js";
import type { Meeting } from "./meeting.js";
import { meetingsBetween, meetingsOf } from "./meeting-query.js";
import { isAtMeeting, meetingParties, representedBy } from "./representation.js";
import { loadExample } from "./test-utils/example.js";

const example = createDatasetIndex(loadExample());
const ids = (meetings: readonly Meeting[]) => meetings.map((m) => m.id);

// Worked out by hand from examples/blinken-china-2024/*.yaml.
// - The Shanghai and Beijing legs list Blinken and the Chinese government without `representing`:
//   Blinken's office (Secretary of State, in the State Department, for the USA, 2021-01-26 to
//   2025-01-20) is held on 2024-04-24/2024-04-26, and the Chinese government's jurisdiction is
//   China; the legs also inherit the trip's `representing: usa` / `representing: china`.
// - Yellen's visit lists the Chinese government as host with no `representing`: its jurisdiction.
// - The Austin call: the counterpart's office has no dates (always held), in the Chinese defence
//   ministry, whose parent is the Chinese government, whose jurisdiction is China.
// - Wang Yi on 2023-10-07/2024-04-21 holds his second term as foreign minister (from 2023-07-25)
//   and the CFAC office (from 2023-01): the foreign ministry, its parent government, China.
// - Xi Jinping's office (President, in the Chinese government, from 2013-03-14) is held throughout.
const BETWEEN: [a: string, b: string, direct: boolean, expected: string[]][] = [
  // Every meeting but the Japan–Philippines–US summit, which has no Chinese side. Before, the
  // Yellen visit and the two legs were missed (no participant there states `representing`).
  [
    "usa",
    "china",
    false,
    [
      "blinken-china-visit-2023-06",
      "blinken-wang-yi-calls-2023-2024",
      "biden-xi-summit-2023-11",
      "biden-xi-call-2024-04",
      "austin-counterpart-call-2024-04",
      "lower-level-meetings-2024-04",
      "yellen-china-visit-2024-04",
      "blinken-beijing-2024-04",
      "blinken-china-visit-2024-04",
      "blinken-shanghai-2024-04",
      "blinken-wang-yi-talks-2024-04",
      "blinken-xi-meeting-2024-04",
    ],
  ],
  // Nobody lists a state as a participant.
  ["usa", "china", true, []],
  [
    "antony-blinken",
    "wang-yi",
    false,
    ["blinken-wang-yi-calls-2023-2024", "blinken-wang-yi-talks-2024-04"],
  ],
  [
    "antony-blinken",
    "wang-yi",
    true,
    ["blinken-wang-yi-calls-2023-2024", "blinken-wang-yi-talks-2024-04"],
  ],
  // All seven of Blinken's meetings: Xi (2023, and the expected talks) through his office in the
  // government, Wang Yi through his ministry's parent, the trip and legs through the host, the
  // Wang Yi and Xi talks also through the trip.
  [
    "antony-blinken",
    "chinese-government",
    false,
    [
      "blinken-china-visit-2023-06",
      "blinken-wang-yi-calls-2023-2024",
      "blinken-beijing-2024-04",
      "blinken-china-visit-2024-04",
      "blinken-shanghai-2024-04",
      "blinken-wang-yi-talks-2024-04",
      "blinken-xi-meeting-2024-04",
    ],
  ],
  [
    "antony-blinken",
    "chinese-government",
    true,
    ["blinken-beijing-2024-04", "blinken-china-visit-2024-04", "blinken-shanghai-2024-04"],
  ],
  ["janet-yellen", "china", false, ["yellen-china-visit-2024-04"]],
  ["us-treasury", "chinese-government", false, ["yellen-china-visit-2024-04"]],
  ["lloyd-austin", "chinese-defense-ministry", false, ["austin-counterpart-call-2024-04"]],
  ["lloyd-austin", "chinese-defense-minister", false, ["austin-counterpart-call-2024-04"]],
  ["japan", "philippines", false, ["us-japan-philippines-summit-2024-04"]],
  ["japan", "china", false, []],
  // One participant can stand for both: Blinken is the State Department and the USA.
  ["us-state-department", "usa", false, ids(meetingsOf(example, "antony-blinken"))],
];

describe("meetingsBetween on the example", () => {
  it.each(BETWEEN)("%s and %s (direct: %s)", (a, b, direct, expected) => {
    expect(ids(meetingsBetween(example, a, b, { direct }))).toEqual(expected);
    expect(ids(meetingsBetween(example, b, a, { direct }))).toEqual(expected);
  });
});

describe("meetingParties and representedBy on the example", () => {
  it("gives each party of a leg what it stands for, the trip's host inherited", () => {
    expect(
      meetingParties(example, "blinken-xi-meeting-2024-04").map((p) => [
        p.actorId,
        p.listedIn,
        p.represents,
      ]),
    ).toEqual([
      ["antony-blinken", "blinken-xi-meeting-2024-04", ["us-state-department", "usa"]],
      ["xi-jinping", "blinken-xi-meeting-2024-04", ["chinese-government", "china"]],
      ["chinese-government", "blinken-china-visit-2024-04", ["china"]],
    ]);
    expect(meetingParties(example, "nope")).toEqual([]);
  });

  it.each([
    ["wang-yi", "2024-04-24", ["chinese-foreign-ministry", "china", "chinese-government"]],
    // Between his terms as foreign minister, only the CFAC office (for China, no organisation).
    ["wang-yi", "2023-03", ["china"]],
    ["wang-yi", undefined, []],
    ["chinese-defense-ministry", undefined, ["chinese-government", "china"]],
    ["us-treasury", "1999", ["usa"]],
    ["usa", "2024", []],
    ["nobody", "2024", []],
  ] as const)("%s on %s stands for %j", (actor, date, expected) => {
    expect(representedBy(example, actor, date)).toEqual(expected);
  });

  it("answers whether an actor is at a meeting", () => {
    expect(isAtMeeting(example, "yellen-china-visit-2024-04", "china")).toBe(true);
    expect(isAtMeeting(example, "yellen-china-visit-2024-04", "us-treasury")).toBe(true);
    expect(isAtMeeting(example, "yellen-china-visit-2024-04", "japan")).toBe(false);
    expect(isAtMeeting(example, "nope", "china")).toBe(false);
  });
});

// Small synthetic datasets for the edge cases.
const person = (id: string, offices: object[] = []): StatecraftRecord =>
  RecordSchema.parse({ id, type: "actor", kind: "person", name: id, offices });
const state = (id: string): StatecraftRecord =>
  RecordSchema.parse({ id, type: "actor", kind: "state", name: id });
const org = (id: string, fields: object): StatecraftRecord =>
  RecordSchema.parse({ id, type: "actor", kind: "organization", name: id, ...fields });
const meeting = (id: string, fields: object, actors: (string | object)[]): StatecraftRecord =>
  RecordSchema.parse({
    id,
    type: "meeting",
    kind: "talks",
    status: "held",
    title: id,
    ...fields,
    participants: actors.map((a) =>
      typeof a === "string" ? { actor: a, role: "participant", attendance: "attended" } : a,
    ),
  });

const synthetic = createDatasetIndex([
  state("land"),
  state("elsewhere"),
  org("land-gov", { organizationKind: "government", jurisdiction: "land" }),
  // A ministry known only as part of the government, and one known only by its state.
  org("land-interior", { organizationKind: "ministry", parent: "land-gov" }),
  org("land-trade", { organizationKind: "ministry", jurisdiction: "land" }),
  person("envoy"),
  person("guest"),
  person("ends-before", [{ title: "Minister", organization: "land-trade", end: "2024-05-09" }]),
  person("ends-on", [{ title: "Minister", organization: "land-trade", end: "2024-05-10" }]),
  person("ends-in-month", [{ title: "Minister", state: "land", end: "2024-05" }]),
  person("starts-after", [{ title: "Minister", state: "land", start: "2024-05-11" }]),
  person("always", [{ title: "Minister", organization: "land-interior" }]),
  // A trip hosted by the government; its leg lists only the visitor, and an undated leg of the
  // leg lists an office holder.
  meeting("trip", { date: "2024-05-01/2024-05-03", kind: "visit" }, [
    { actor: "envoy", role: "visitor", representing: "elsewhere", attendance: "attended" },
    { actor: "land-gov", role: "host", attendance: "attended" },
  ]),
  meeting("leg", { date: "2024-05-02", parent: "trip" }, [
    { actor: "envoy", role: "visitor", attendance: "attended" },
  ]),
  meeting("undated-leg", { parent: "leg" }, ["always"]),
  meeting("undated", {}, ["always", "land-trade"]),
  meeting("may-10", { date: "2024-05-10" }, [
    "guest",
    "ends-before",
    "ends-on",
    "ends-in-month",
    "starts-after",
  ]),
  meeting("with-ministry", { date: "2024-06" }, ["guest", "land-interior"]),
  // A parent cycle, which the validator reports; queries must still end.
  meeting("cycle-a", { date: "2024-07", parent: "cycle-b" }, ["guest"]),
  meeting("cycle-b", { date: "2024-07", parent: "cycle-a" }, ["land-trade"]),
]);

describe("representation on synthetic datasets", () => {
  it.each([
    // The leg lists only the envoy: the trip's host and the envoy's `representing` carry over.
    ["elsewhere", "land", ["trip", "leg", "undated-leg"]],
    ["leg", "land-gov", []], // not an actor: nothing
    ["envoy", "land-gov", ["trip", "leg", "undated-leg"]],
    // The undated leg takes the leg's date, on which "always" holds the interior ministry.
    ["always", "elsewhere", ["undated-leg"]],
    // A ministry stands for its parent government and, through it, the government's state.
    // In a parent cycle, each meeting inherits the other's parties (undated meetings sort last).
    ["guest", "land", ["may-10", "with-ministry", "cycle-a", "cycle-b"]],
    ["guest", "land-gov", ["with-ministry"]],
    // An undated meeting infers no office, but an organisation still stands for its state.
    ["always", "land", ["undated", "undated-leg"]],
    ["land-trade", "land", ["may-10", "cycle-a", "cycle-b", "undated"]],
  ])("%s and %s meet in %j", (a, b, expected) => {
    expect(ids(meetingsBetween(synthetic, a, b))).toEqual(expected);
  });

  it.each([
    // `end` is inclusive, as in officesHeldOn: an office ending the day before is not held.
    ["ends-before", []],
    ["ends-on", ["land-trade", "land"]],
    ["ends-in-month", ["land"]], // May 2024 may end after the 10th
    ["starts-after", []],
  ])("on 2024-05-10, %s stands for %j", (actor, expected) => {
    expect(
      meetingParties(synthetic, "may-10").find((p) => p.actorId === actor)?.represents,
    ).toEqual(expected);
    expect(representedBy(synthetic, actor, "2024-05-10")).toEqual(expected);
  });

  it("keeps the direct option to listed participants only", () => {
    expect(ids(meetingsOf(synthetic, "land-gov", { direct: true }))).toEqual(["trip"]);
    // The interior ministry's parent is the government; the trade ministry has only a
    // jurisdiction, so it stands for the state, not for the government.
    expect(ids(meetingsOf(synthetic, "land-gov"))).toEqual([
      "trip",
      "leg",
      "with-ministry",
      "undated-leg",
    ]);
  });

  it("stops at a parent cycle", () => {
    expect(meetingParties(synthetic, "cycle-a").map((p) => [p.actorId, p.listedIn])).toEqual([
      ["guest", "cycle-a"],
      ["land-trade", "cycle-b"],
    ]);
  });

  it("lets a leg with no participants (invalid data, not parsed) take its parent's", () => {
    const trip = synthetic.getOf("meeting", "trip") as Meeting;
    const bare: Meeting = { ...trip, id: "bare", parent: "trip", participants: [] };
    const index = createDatasetIndex([...synthetic.records, bare]);
    expect(meetingParties(index, "bare").map((p) => [p.actorId, p.listedIn])).toEqual([
      ["envoy", "trip"],
      ["land-gov", "trip"],
    ]);
    expect(ids(meetingsBetween(index, "elsewhere", "land"))).toContain("bare");
  });
});
