import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Actor, Meeting, StatecraftRecord } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { looksLikePersonName } from "../src/importers/icews.js";
import { collect, icews, inputFromText, toCameo } from "../src/index.js";
import { byId, fixture, problems } from "./helpers.js";

const FILE = "icews/icews-events-2018-06-01_02-sample.tsv";
const run = () => collect(icews.import([fixture(FILE)]));
const lines = readFileSync(fileURLToPath(new URL(`fixtures/${FILE}`, import.meta.url)), "utf8")
  .trimEnd()
  .split("\n");

describe("icews", () => {
  it("imports valid records whose references all resolve, counting every row", async () => {
    const { records, report } = await run();
    expect(problems(records)).toEqual([]);
    expect(report).toMatchObject({
      rows: 25,
      imported: 12,
      merged: 9,
      skipped: 4,
      mergedBy: { mirrored_event: 8, same_meeting_reported_again: 1 },
      skippedBy: { not_a_meeting: 4 },
    });
    expect(report.records.meeting).toBe(12);
  });

  it("makes the two directed events of one sentence, and a later report of the same visit, one meeting citing each row", async () => {
    const { records } = await run();
    const visit = byId(records, "icews-2018-06-01-32891260", "meeting");
    expect(visit).toMatchObject({
      kind: "visit",
      status: "held",
      title: "China hosts Wilbur Ross",
      date: "2018-06-01",
      location: { city: "Beijing", region: "Beijing Shi", state: "state-cn" },
      participants: [
        { actor: "state-cn", role: "host", attendance: "attended" },
        {
          actor: "icews-person-us-wilbur-ross",
          role: "visitor",
          representing: "state-us",
          attendance: "attended",
        },
      ],
    });
    expect(visit.sources?.map((s) => s.locator)).toEqual(
      ["32891260", "32891259", "32896252", "32896251"].map(
        (id) => `icews-events-2018-06-01_02-sample.tsv, event ${id}`,
      ),
    );
    expect(visit.sources?.[0]?.note).toBe(
      "CAMEO 043 (Host a visit); Associated Press Newswires, story 47400788, sentence 1.",
    );
  });

  it("resolves actors: persons by name, offices known only by title, organisations, states, places and regions", async () => {
    const { records, report } = await run();
    expect(byId(records, "icews-person-us-wilbur-ross", "actor")).toMatchObject({
      kind: "person",
      name: "Wilbur Ross",
      nationality: ["state-us"],
      // Sectors: a comma-separated list inside one tab-separated field.
      note: "ICEWS sectors: Government, Executive, Finance / Economy / Commerce / Trade Ministry.",
    });
    expect(byId(records, "icews-office-tg-head-of-government", "actor")).toMatchObject({
      kind: "person",
      label: "Head of Government (Togo)",
      offices: [{ title: "Head of Government", role: "head_of_government", state: "state-tg" }],
    });
    // The EU's country is `NA`: no jurisdiction.
    const eu = byId(records, "icews-org-european-union", "actor");
    expect(eu).toMatchObject({ kind: "organization", organizationKind: "intergovernmental" });
    expect(eu.kind === "organization" && eu.jurisdiction).toBeUndefined();
    // "Africa" is a region: the visit keeps its one identified participant.
    expect(byId(records, "icews-2018-06-01-32890703", "meeting").participants).toEqual([
      {
        actor: "icews-office-tg-head-of-government",
        role: "visitor",
        representing: "state-tg",
        attendance: "attended",
      },
    ]);
    // "Sicily" stands for Italy, its name kept as a quote.
    expect(byId(records, "icews-2018-06-02-32899861", "meeting").participants[1]).toMatchObject({
      actor: "state-it",
      role: "host",
      sources: [{ quote: "Sicily" }],
    });
    expect(
      byId(records, "icews-2018-06-01-32898028", "meeting").participants.map((p) => p.actor),
    ).toEqual(["state-gr", "state-mk"]);
    const codes = report.warnings.map((w) => [w.code, w.row]);
    expect(codes).toContainEqual(["unidentified_actor", "32890703"]);
    expect(codes).toContainEqual(["place_actor_as_state", "32899861"]);
  });

  it("reads NA as missing, plans intents to meet, and places no phone call", async () => {
    const { records } = await run();
    // District is NA: the location has the city and the province.
    expect(byId(records, "icews-2018-06-01-32890091", "meeting").location).toEqual({
      city: "New York City",
      region: "state of New York",
      state: "state-us",
    });
    expect(byId(records, "icews-2018-06-01-32887051", "meeting")).toMatchObject({
      status: "planned",
      title: "North Korea intends to meet South Korea",
      location: { state: "state-kp" },
      participants: [
        { actor: "state-kp", attendance: "expected" },
        { actor: "state-kr", attendance: "possible" },
      ],
    });
    const call = byId(records, "icews-2018-06-01-32890296", "meeting");
    expect(call).toMatchObject({ kind: "phone_call", participants: [{ role: "caller" }, {}] });
    expect(call.location).toBeUndefined();
  });

  it("tells persons' names from organisations' and places'", () => {
    expect(
      [
        "Wilbur Ross",
        "Kim Jong-Un",
        "Cristina Fernández de Kirchner",
        "John F. Kelly",
        "Michelle O'Neill",
        "European Union",
        "Council of Europe",
        "Southeast Asia",
        "Houthis",
        "G7",
      ].map(looksLikePersonName),
    ).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  // The round trip: row → meeting → toCameo gives back the row's code and actors' countries,
  // but for the documented losses (044 held in a participant's country reads as 040).
  it("round-trips every meeting through toCameo", async () => {
    const { records } = await run();
    const actors = new Map(
      records.flatMap((r): [string, Actor][] => (r.type === "actor" ? [[r.id, r]] : [])),
    );
    const coded = (m: StatecraftRecord) =>
      toCameo(m as Meeting, (id) => actors.get(id)).map((e) => [
        e.code,
        e.source.code,
        e.target?.code,
      ]);
    const want: Record<string, [string, string, string | undefined][]> = {
      // ICEWS's 044 between Aso Taro and Mnuchin is placed in Washington: a participant's country.
      "icews-2018-06-01-32891062": [["040", "JPN", "USA"]],
      "icews-2018-06-01-32891260": [["043", "CHN", "USA"]],
      "icews-2018-06-01-32890091": [["040", "PRK", "USA"]],
      "icews-2018-06-01-32890296": [["041", "ISR", "RUS"]],
      "icews-2018-06-01-32891202": [["043", "PSE", "LTU"]],
      "icews-2018-06-01-32891541": [["046", "IGO", "KOR"]],
      "icews-2018-06-01-32890703": [["042", "TGO", undefined]],
      "icews-2018-06-01-32887051": [["036", "PRK", "KOR"]],
      "icews-2018-06-01-32891897": [["045", "NIC", "NIC"]],
      "icews-2018-06-01-32898028": [["046", "GRC", "MKD"]],
      "icews-2018-06-01-32887687": [["036", "MDA", "RUS"]],
      "icews-2018-06-02-32899861": [["042", "ITA", "ITA"]],
    };
    const meetings = records.filter((r) => r.type === "meeting");
    expect(Object.fromEntries(meetings.map((m) => [m.id, coded(m)]))).toEqual(want);
    // Every meeting's code is its first row's CAMEO code, but for the 044 above.
    for (const m of meetings) {
      const row = lines.find((l) => l.startsWith(`${m.id.slice(17)}\t`))!.split("\t");
      if (m.id !== "icews-2018-06-01-32891062") expect(coded(m)[0]?.[0], m.id).toBe(row[6]);
    }
  });

  it("goes on after bad rows, reporting each with its line: width, duplicate, date, not an ICEWS file", async () => {
    const [header, first, second] = [lines[0]!, lines[1]!, lines[2]!];
    const badDate = second.replace("2018-06-01", "2018-13-01");
    const text = [header, first, first, "32891062\t2018-06-01\ttoo short", badDate].join("\n");
    const { records, report } = await collect(
      icews.import([inputFromText("events.tab", text), inputFromText("other.tab", "a\tb\n1\t2\n")]),
    );
    expect(problems(records)).toEqual([]);
    expect(report).toMatchObject({ rows: 4, imported: 1 });
    expect(report.skippedBy).toEqual({
      duplicate_event: 1,
      unexpected_column_count: 1,
      invalid_date: 1,
    });
    const at = (code: string) => report.warnings.find((w) => w.code === code);
    expect(at("duplicate_event")).toMatchObject({ file: "events.tab", line: 3, row: "32891062" });
    expect(at("unexpected_column_count")).toMatchObject({ line: 4 });
    expect(at("invalid_date")).toMatchObject({ line: 5, row: "32891063" });
    expect(at("not_an_icews_file")).toMatchObject({ file: "other.tab", line: 1 });
  });
});
