import { describe, expect, it } from "vitest";
import { collect, hsgTravels, inputFromText } from "../src/index.js";
import { byId, fixture, problems } from "./helpers.js";

const run = () =>
  collect(
    hsgTravels.import([
      fixture("hsg-travels/blinken-antony-j.xml"),
      fixture("hsg-travels/eisenhower-dwight-d.xml"),
    ]),
  );

describe("hsg-travels", () => {
  it("imports valid records whose references all resolve", async () => {
    const { records } = await run();
    expect(records.length).toBeGreaterThan(15);
    expect(problems(records)).toEqual([]);
  });

  it("counts every row read as imported, merged or skipped", async () => {
    const { report } = await run();
    expect(report).toMatchObject({
      rows: 15,
      imported: 13,
      merged: 2,
      skipped: 0,
      mergedBy: { duplicate_trip: 2 },
      done: true,
    });
    expect(report.rows).toBe(report.imported + report.merged + report.skipped);
  });

  it("merges a trip recorded twice under two ids into the lower id, citing both", async () => {
    const { records, report } = await run();
    expect(records.some((r) => r.id === "hsg-trip-4019")).toBe(false);
    const kept = byId(records, "hsg-trip-3992", "meeting");
    expect(kept.sources?.map((s) => s.locator)).toEqual([
      "blinken-antony-j.xml, trip 3992",
      "blinken-antony-j.xml, trip 4019",
    ]);
    expect(report.warnings.filter((w) => w.code === "duplicate_trip").map((w) => w.row)).toEqual([
      "4019",
      "4020",
    ]);
  });

  it("groups legs whose dates touch under one journey, and splits several places into child meetings", async () => {
    const { records } = await run();
    const journey = byId(records, "hsg-journey-4230", "meeting");
    expect(journey).toMatchObject({
      kind: "visit",
      date: "2024-04-29/2024-05-01",
      title: "Antony John Blinken's trip to Saudi Arabia, Jordan and Israel",
    });
    const legs = records
      .filter((r) => r.type === "meeting" && r.parent === journey.id)
      .map((r) => r.id);
    expect(legs).toEqual(["hsg-trip-4230", "hsg-trip-4231", "hsg-trip-4232"]);
    const places = records
      .filter((r) => r.type === "meeting" && r.parent === "hsg-trip-4232")
      .map((r) => (r.type === "meeting" ? r.location?.city : undefined));
    expect(places).toEqual(["Tel Aviv", "Jerusalem", "Kerem Shalom", "Ashdod"]);
    // 4228 (Italy, ends 04-19) and 4229 (China, from 04-24) do not touch: no journey.
    expect(byId(records, "hsg-trip-4229", "meeting").parent).toBeUndefined();
  });

  it.each([
    ["west-bank", "hsg-trip-4123", "state-ps"],
    ["turkiye", "hsg-trip-4125", "state-tr"],
  ])("maps the slug %s, missing from the crosswalk, and says so", async (slug, trip, state) => {
    const { records, report } = await run();
    expect(byId(records, trip, "meeting").location?.state).toBe(state);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "country_slug_not_in_crosswalk", row: trip.slice(9) }),
    );
    expect(report.warnings.find((w) => w.row === trip.slice(9))?.message).toContain(slug);
  });

  it("gives no capacity to a trip made before taking office, with a warning", async () => {
    const { records, report } = await run();
    const early = byId(records, "hsg-trip-2739", "meeting");
    expect(early.participants[0]).not.toHaveProperty("capacity");
    expect(byId(records, "hsg-trip-2740", "meeting").participants[0]?.capacity).toBe("President");
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "trip_outside_term", row: "2739", count: 1 }),
    );
  });

  it("merges the same trip read from two files (the dataset's subset) without duplicating records", async () => {
    const once = await collect(hsgTravels.import([fixture("hsg-travels/blinken-antony-j.xml")]));
    const twice = await collect(
      hsgTravels.import([
        fixture("hsg-travels/blinken-antony-j.xml"),
        fixture("hsg-travels/blinken-antony-j.xml", "subset-2023-2024.xml"),
      ]),
    );
    expect(twice.records).toEqual(once.records);
    expect(twice.report.mergedBy).toEqual({ duplicate_trip: 2, same_trip_in_two_files: 12 });
  });

  it("is deterministic: a re-import gives identical records", async () => {
    expect((await run()).records).toEqual((await run()).records);
  });

  it("never stops at a bad row: reports it with its line and imports the rest", async () => {
    const xml = `<trips>
  <trip role="secretary" who="blinken-antony-j"><id>9001</id><name>Antony John Blinken</name><start-date>2024-13-01</start-date><end-date>2024-13-02</end-date><country id="japan">Japan</country></trip>
  <trip role="secretary" who="blinken-antony-j"><id>9002</id><name>Antony John Blinken</name><start-date>2024-02-01</start-date><end-date>2024-02-01</end-date><country/></trip>
  <trip role="secretary" who="blinken-antony-j"><id>9003</id><name>Antony John Blinken</name><start-date>2024-03-01</start-date><end-date>2024-03-01</end-date><country id="japan">Japan</country><locale>Tokyo</locale></trip>
</trips>`;
    const { records, report } = await collect(hsgTravels.import([inputFromText("bad.xml", xml)]));
    expect(report).toMatchObject({
      rows: 3,
      imported: 1,
      skipped: 2,
      skippedBy: { invalid_trip_dates: 1, trip_without_country: 1 },
    });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: "invalid_trip_dates",
        file: "bad.xml",
        line: 2,
        row: "9001",
      }),
    );
    expect(byId(records, "hsg-trip-9003", "meeting").location).toEqual({
      city: "Tokyo",
      state: "state-jp",
    });
  });

  it("reports malformed XML with its line and keeps the trips before it", async () => {
    const xml = `<trips>\n<trip role="secretary" who="blinken-antony-j"><id>9004</id><name>A</name><start-date>2024-03-01</start-date><end-date>2024-03-01</end-date><country id="japan">Japan</country></trip>\n<trip><id>9005</id></oops>\n</trips>`;
    const { records, report } = await collect(
      hsgTravels.import([inputFromText("broken.xml", xml)]),
    );
    expect(records.some((r) => r.id === "hsg-trip-9004")).toBe(true);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "malformed_xml", file: "broken.xml", line: 3 }),
    );
  });

  it("ignores a file that is not a trips document, saying so", async () => {
    const { report } = await collect(
      hsgTravels.import([
        inputFromText("presidents.xml", "<presidents><trip><id>1</id></trip></presidents>"),
      ]),
    );
    expect(report.rows).toBe(0);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "not_a_travels_file", file: "presidents.xml" }),
    );
    const empty = await collect(
      hsgTravels.import([
        inputFromText("travel-role-codes.xml", "<code-table><items/></code-table>"),
      ]),
    );
    expect(empty.report.warnings).toContainEqual(
      expect.objectContaining({ code: "no_trips_in_file", file: "travel-role-codes.xml" }),
    );
  });
});
