import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dateBounds, type Meeting, type StatecraftRecord } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { collect, hsgTravels } from "../src/index.js";
import { byId, fixture } from "./helpers.js";

const example = (file: string): StatecraftRecord[] =>
  parse(
    readFileSync(
      fileURLToPath(new URL(`../../../examples/blinken-china-2024/${file}`, import.meta.url)),
      "utf8",
    ),
  );

const exampleRecords = [
  ...example("meetings.yaml"),
  ...example("people.yaml"),
  ...example("states.yaml"),
];
const imported = await collect(hsgTravels.import([fixture("hsg-travels/blinken-antony-j.xml")]));

function iso(records: readonly StatecraftRecord[], id: string | undefined): string | undefined {
  const record = records.find((r) => r.id === id);
  return record?.type === "actor" && record.kind === "state" ? record.iso3166 : undefined;
}

/** The story a visit tells, in terms both datasets share: who, as what, where, when, how it is built. */
function story(records: readonly StatecraftRecord[], visit: Meeting) {
  const visitor = visit.participants.find((p) => p.role === "visitor")!;
  const person = records.find((r) => r.id === visitor.actor);
  const children = records.filter(
    (r): r is Meeting => r.type === "meeting" && r.parent === visit.id && r.kind === "visit",
  );
  return {
    kind: visit.kind,
    traveller:
      person?.type === "actor" && person.kind === "person"
        ? [...(person.alternateNames ?? []).map((n) => n.name), person.name ?? ""].sort()
        : [],
    capacity: visitor.capacity,
    representing: iso(records, visitor.representing),
    hostState: iso(records, visit.location?.state),
    cities: children.map((c) => c.location?.city).sort(),
    childHostStates: [...new Set(children.map((c) => iso(records, c.location?.state)))],
  };
}

describe("trip 4229 tells the story of the example dataset", () => {
  const ours = byId(imported.records, "hsg-trip-4229", "meeting");
  const theirs = byId(exampleRecords, "blinken-china-visit-2024-04", "meeting");

  it("has the same traveller, capacity, host state, cities and parent/child structure", () => {
    const a = story(imported.records, ours);
    const b = story(exampleRecords, theirs);
    expect(a.traveller).toContain("Antony John Blinken");
    expect(b.traveller).toContain("Antony John Blinken");
    expect({ ...a, traveller: undefined }).toEqual({ ...b, traveller: undefined });
    expect(a).toMatchObject({
      kind: "visit",
      capacity: "Secretary of State",
      representing: "US",
      hostState: "CN",
      cities: ["Beijing", "Shanghai"],
    });
  });

  it("overlaps the example's dates; HSG counts the day of return (04-27), the example the three days of meetings (to 04-26)", () => {
    expect(theirs.date).toBe("2024-04-24/2024-04-26");
    expect(ours.date).toBe("2024-04-24/2024-04-27");
    const our = dateBounds(ours.date!);
    const their = dateBounds(theirs.date!);
    expect(our.earliest).toBe(their.earliest);
    expect(our.latest - their.latest).toBe(24 * 60 * 60 * 1000);
  });

  it("names Blinken as Secretary of State on the visit dates in both", () => {
    const person = byId(imported.records, "hsg-person-blinken-antony-j", "actor");
    const theirPerson = byId(exampleRecords, "antony-blinken", "actor");
    const term = (p: StatecraftRecord) =>
      p.type === "actor" && p.kind === "person"
        ? p.offices?.find((o) => o.title === "Secretary of State")
        : undefined;
    expect({ start: term(person)?.start, end: term(person)?.end }).toEqual({
      start: term(theirPerson)?.start,
      end: term(theirPerson)?.end,
    });
  });
});
