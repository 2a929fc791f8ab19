// The example dataset is the seed story (an AP dispatch of 2024-04-21): these tests load it through
// core and check facts of the story through the query helpers a developer would use.
import { beforeAll, describe, expect, it } from "vitest";
import {
  actorDisplayName,
  attendees,
  childMeetings,
  createDatasetIndex,
  type DatasetIndex,
  dutyInForce,
  formatDuty,
  issuesRaised,
  meetingsBetween,
  meetingsOf,
  positionsOf,
  positionsOn,
  recordReferences,
  tariffsImposedBy,
  tariffsOnProduct,
  tariffsTargeting,
  timeline,
} from "../src/index.js";
import { loadExample } from "../src/test-utils/example.js";

let index: DatasetIndex;
beforeAll(() => {
  index = createDatasetIndex(loadExample());
});

describe("the example dataset", () => {
  it("has unique ids and every reference resolves to the right type", () => {
    const ids = index.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of index.records) {
      for (const ref of recordReferences(record)) {
        const target = index.get(ref.id);
        expect(target, `${record.id}${ref.pointer} -> ${ref.id}`).toBeDefined();
        expect(target?.type).toBe(ref.target.type);
        if (ref.target.kinds && target?.type === "actor")
          expect(ref.target.kinds).toContain(target.kind);
      }
    }
  });

  it("cites a source from every record, and the AP dispatch from all but what it never mentions", () => {
    const cites = (id: string, source?: string) =>
      index
        .referencesFrom(id)
        .some((ref) => ref.target.type === "source" && (source === undefined || ref.id === source));
    const records = index.records.filter((r) => r.type !== "source");
    expect(records.filter((r) => !cites(r.id)).map((r) => r.id)).toEqual([]);
    expect(records.filter((r) => !cites(r.id, "ap-2024-04-21")).map((r) => r.id)).toEqual(["ustr"]);
  });

  it("tells Blinken's April 2024 trip as a planned visit with legs in Shanghai and Beijing", () => {
    const trip = index.getOf("meeting", "blinken-china-visit-2024-04");
    expect(trip).toMatchObject({ kind: "visit", status: "planned", date: "2024-04-24/2024-04-26" });
    const legs = childMeetings(index, "blinken-china-visit-2024-04");
    expect(
      legs
        .map((m) => m.location?.city)
        .filter(Boolean)
        .sort(),
    ).toEqual(["Beijing", "Shanghai"]);
  });

  it("records the Xi meeting as expected, unconfirmed by either side", () => {
    const xi = attendees(index, "blinken-xi-meeting-2024-04");
    expect(xi.map((a) => [a.actorId, a.role, a.attendance])).toEqual([
      ["antony-blinken", "visitor", "expected"],
      ["xi-jinping", "host", "expected"],
    ]);
    expect(index.getOf("meeting", "blinken-xi-meeting-2024-04")?.status).toBe("expected");
  });

  it("resolves each participant's capacity to an office held on the meeting date", () => {
    const talks = attendees(index, "blinken-wang-yi-talks-2024-04");
    expect(talks.map((a) => [a.capacity, a.office?.start])).toEqual([
      ["Secretary of State", "2021-01-26"],
      ["Minister of Foreign Affairs", "2023-07-25"],
    ]);
  });

  it("keeps Austin's counterpart as an actor known only by office", () => {
    const [call] = meetingsBetween(index, "lloyd-austin", "chinese-defense-minister");
    expect(call?.kind).toBe("phone_call");
    const counterpart = index.getOf("actor", "chinese-defense-minister");
    expect(counterpart?.kind === "person" && counterpart.name).toBeUndefined();
    expect(counterpart && actorDisplayName(counterpart)).toBe("his Chinese counterpart");
  });

  it("dates the Biden–Xi call from the readout and keeps the article's 'this month' in a note", () => {
    const [call] = meetingsBetween(index, "joe-biden", "xi-jinping").filter(
      (m) => m.kind === "phone_call",
    );
    expect(call?.date).toBe("2024-04-02");
    expect(call?.sources?.map((s) => s.source)).toEqual([
      "ap-2024-04-21",
      "whitehouse-readout-2024-04-02",
    ]);
  });

  it("orders Blinken's meetings on a timeline by date bounds", () => {
    const ids = timeline(index, { actor: "antony-blinken" }).map((m) => m.id);
    expect(ids[0]).toBe("blinken-china-visit-2023-06");
    expect(ids.indexOf("blinken-wang-yi-calls-2023-2024")).toBeLessThan(
      ids.indexOf("blinken-china-visit-2024-04"),
    );
    expect(meetingsOf(index, "antony-blinken")).toHaveLength(ids.length);
  });

  it("lists planned and expected meetings after the dispatch", () => {
    const upcoming = timeline(index, { from: "2024-04-22", status: ["planned", "expected"] });
    expect(upcoming.every((m) => m.date?.startsWith("2024-04-24"))).toBe(true);
    expect(upcoming).toHaveLength(5);
  });

  it("raises the State Department's agenda on the trip", () => {
    const issues = issuesRaised(index, "blinken-china-visit-2024-04").map((i) => i.id);
    for (const id of [
      "middle-east",
      "russia-war-in-ukraine",
      "south-china-sea",
      "taiwan-strait",
      "counternarcotics",
      "military-to-military-communications",
      "artificial-intelligence",
      "people-to-people-ties",
    ]) {
      expect(issues).toContain(id);
    }
  });

  it("attributes the positions on Taiwan, quoted", () => {
    const positions = positionsOn(index, "taiwan-question");
    expect(positions.map((p) => [p.actor, p.stance])).toEqual([
      ["usa", "condemnation"],
      ["china", "red_line"],
      ["usa", "support"],
      ["chinese-government", "objection"],
    ]);
    expect(positions[0]?.sources?.[0]?.quote).toContain("strongly condemned");
    expect(positionsOn(index, "taiwan-question", "china")).toHaveLength(1);
  });

  it("quotes Blinken on China's support for Russia's defense industry", () => {
    const blinken = positionsOf(index, "antony-blinken").map((p) => p.issue.id);
    expect(blinken).toContain("china-support-for-russia-defense-industry");
  });

  it("finds the steel tariff by imposer, target and product, with the rate in force over time", () => {
    const [steel] = tariffsImposedBy(index, "usa");
    expect(steel?.id).toBe("us-section-301-steel-aluminum-2024");
    expect(tariffsTargeting(index, "china")).toEqual([steel]);
    expect(tariffsTargeting(index, "usa")).toEqual([]);
    expect(tariffsOnProduct(index, "720810")).toEqual([steel]);
    expect(tariffsOnProduct(index, "0101")).toEqual([]);
    expect(steel?.legalBasis?.authority).toBe("Section 301 of the Trade Act of 1974");
    const at = (date: string) => {
      const duty = steel && dutyInForce(steel, date);
      return duty && formatDuty(duty);
    };
    expect(at("2024-04-21")).toBe("7.5%");
    expect(at("2024-09-27")).toBe("25%");
    expect(at("2024-09")).toBe("7.5%");
    expect(at("2025")).toBe("25%");
  });

  it("marks Taiwan's statehood as contested, with Beijing's claim", () => {
    const taiwan = index.getOf("actor", "taiwan");
    expect(taiwan?.kind === "state" && taiwan.statehood).toBe("contested");
    expect(taiwan?.kind === "state" && taiwan.claims?.[0]?.claimant).toBe("china");
  });
});
