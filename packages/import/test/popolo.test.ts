import { officesHeldOn } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { countryFromPath } from "../src/importers/popolo/country-from-path.js";
import { collect, inputFromText, popolo } from "../src/index.js";
import { byId, fixture, problems } from "./helpers.js";

const CHINA = "popolo/china-npc-ep-popolo-v1.0.json";
const ESTONIA = "popolo/estonia-riigikogu-ep-popolo-v1.0.json";
const ZIMBABWE = "popolo/zimbabwe-senate-ep-popolo-v1.0.json";

const run = (...paths: string[]) => collect(popolo.import(paths.map((p) => fixture(p))));

describe("popolo", () => {
  it("imports valid records whose references all resolve, counting every row", async () => {
    const { records, report } = await run(CHINA, ESTONIA, ZIMBABWE);
    expect(problems(records)).toEqual([]);
    // Rows: persons 3 + 4 + 3, organisations 2 + 5 + 3, memberships 5 + 8 + 4.
    expect(report).toMatchObject({
      rows: 37,
      imported: 18,
      merged: 17,
      skipped: 2,
      mergedBy: { membership_as_office: 17 },
      skippedBy: { placeholder_party: 1, not_a_party: 1 },
      done: true,
    });
    expect(report.rows).toBe(report.imported + report.merged + report.skipped);
  });

  it("gives a person one office per membership, dated by the membership or else by its legislative period", async () => {
    const { records } = await run(ESTONIA);
    const deniss = byId(records, "popolo-person-1730cc02-ecc6-4d27-a5f7-d5178f6abbda", "actor");
    expect(deniss).toMatchObject({ name: "Deniss Boroditš", wikidata: "Q2000385" });
    const riigikogu = "popolo-org-1ba661a9-22ad-4d0f-8a60-fe8e28f2488c";
    const seats = (deniss.kind === "person" ? (deniss.offices ?? []) : []).filter(
      (o) => o.organization === riigikogu,
    );
    expect(seats.map((o) => [o.title, o.role, o.state, o.start, o.end])).toEqual([
      // KESK until 2012-04-08: the start is the 12th Riigikogu's.
      ["Member of the Riigikogu", "legislator", "state-ee", "2011-03-27", "2012-04-08"],
      // Non-affiliated from 2012-04-09: the end is the 12th Riigikogu's.
      ["Member of the Riigikogu", "legislator", "state-ee", "2012-04-09", "2015-03-23"],
      // The 13th Riigikogu has no end yet.
      ["Member of the Riigikogu", "legislator", "state-ee", "2015-03-30", undefined],
    ]);
    expect(seats[2]?.sources?.[0]).toEqual({
      source: "popolo",
      locator: "estonia-riigikogu-ep-popolo-v1.0.json, membership 5",
      note: "Constituency Ida-Virumaa; start date of the legislative period 13th Riigikogu.",
    });
    const offices = deniss.kind === "person" ? (deniss.offices ?? []) : [];
    expect(officesHeldOn(offices, "2014-01-01").map((o) => o.title)).toEqual([
      "Member of the Riigikogu",
    ]);
    expect(officesHeldOn(offices, "2016-01-01").map((o) => o.title)).toEqual([
      "Member of the Riigikogu",
      "Member of Eesti Reformierakonna fraktsioon",
    ]);
  });

  it("makes the legislature and the parties organisations of the country named by the file path", async () => {
    const { records, report } = await run(ESTONIA);
    expect(byId(records, "popolo-org-1ba661a9-22ad-4d0f-8a60-fe8e28f2488c", "actor")).toMatchObject(
      {
        kind: "organization",
        name: "Riigikogu",
        organizationKind: "legislature",
        jurisdiction: "state-ee",
        wikidata: "Q217799",
        note: "101 seats.",
      },
    );
    const kesk = byId(records, "popolo-ee-kesk", "actor");
    expect(kesk).toMatchObject({ organizationKind: "political_party", wikidata: "Q928652" });
    expect(kesk.kind === "organization" && kesk.alternateNames).toContainEqual({
      name: "Estonian Centre Party",
      lang: "en",
    });
    // The non-affiliated members' group is not a party.
    expect(records.some((r) => r.id === "popolo-ee-ind")).toBe(false);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: "not_a_party",
        file: "estonia-riigikogu-ep-popolo-v1.0.json",
        row: "IND",
      }),
    );
  });

  it("drops other names that repeat the person's name, keeping the ones that differ with their language", async () => {
    const { records } = await run(ESTONIA);
    const marko = byId(records, "popolo-person-0259486a-0410-49f3-aef9-8b79c15741a7", "actor");
    const names = marko.kind === "person" ? (marko.alternateNames ?? []) : [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.name !== "Marko Pomerants")).toBe(true);
    expect(new Set(names.map((n) => `${n.name}|${n.lang}`)).size).toBe(names.length);
  });

  it("keeps CJK names, skips the unknown party, and reports a person seated for three delegations", async () => {
    const { records, report } = await run(CHINA);
    const wang = byId(records, "popolo-person-33f9d445-3eb9-4643-8073-3a00d8dbb98a", "actor");
    expect(wang).toMatchObject({ name: "王刚" });
    const offices = wang.kind === "person" ? (wang.offices ?? []) : [];
    expect(offices.map((o) => o.sources?.[0]?.note)).toEqual([
      "Constituency 河北省; start date of the legislative period 12th National People’s Congress.",
      "Constituency 山东省; start date of the legislative period 12th National People’s Congress.",
      "Constituency 河南省; start date of the legislative period 12th National People’s Congress.",
    ]);
    expect(offices[0]).toMatchObject({
      title: "Member of the National People’s Congress",
      organization: "popolo-cn-legislature",
      state: "state-cn",
      start: "2013-03-05",
    });
    expect(records.some((r) => r.id === "popolo-cn-party-unknown")).toBe(false);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: "several_constituencies_in_one_term",
        severity: "warning",
        row: "33f9d445-3eb9-4643-8073-3a00d8dbb98a",
        count: 1,
      }),
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "placeholder_party", row: "party/unknown", line: 49 }),
    );
  });

  it("keeps Zimbabwe's free-text summaries as notes and dates undated memberships by the term", async () => {
    const { records } = await run(ZIMBABWE);
    const alma = byId(records, "popolo-person-088e1e76-2539-4495-8a63-aa45c9de5c4e", "actor");
    expect(alma).toMatchObject({
      note: "Matebeleland South Province Member of Senate.",
      offices: [
        { title: "Member of the Senate", state: "state-zw", start: "2013-09-17" },
        { title: "Member of ZANU PF", organization: "popolo-zw-party-zanu-pf" },
        { title: "Member of the Senate", state: "state-zw", start: "2013-09-17" },
        { title: "Member of ZANU PF", organization: "popolo-zw-party-zanu-pf" },
      ],
    });
  });

  it("merges a person found in two files (same EveryPolitician id) into one record", async () => {
    const json = JSON.stringify({
      persons: [{ id: "088e1e76-2539-4495-8a63-aa45c9de5c4e", name: "Alma Mkhwebu" }],
      organizations: [],
      memberships: [],
    });
    const { records, report } = await collect(
      popolo.import([fixture(ZIMBABWE), inputFromText("data/Zimbabwe/Other/ep-popolo.json", json)]),
    );
    expect(report.mergedBy).toMatchObject({ same_person_in_two_files: 1 });
    const alma = byId(records, "popolo-person-088e1e76-2539-4495-8a63-aa45c9de5c4e", "actor");
    expect(alma.sources?.map((s) => s.locator)).toEqual([
      "zimbabwe-senate-ep-popolo-v1.0.json, person 088e1e76-2539-4495-8a63-aa45c9de5c4e",
      "ep-popolo.json, person 088e1e76-2539-4495-8a63-aa45c9de5c4e",
    ]);
  });

  it("reads the country from EveryPolitician's folder layout or a renamed file", () => {
    expect(
      [
        "data/China/Congress/ep-popolo-v1.0.json",
        "everypolitician-data/data/United_Kingdom/Commons/ep-popolo-v1.0.json",
        "estonia-riigikogu-ep-popolo-v1.0.json",
        "/tmp/south-africa-assembly.json",
        "/tmp/ep-popolo-v1.0.json",
      ].map(countryFromPath),
    ).toEqual(["CN", "GB", "EE", "ZA", undefined]);
  });

  it("does not give a membership that ends before its legislative period starts the period's start date", async () => {
    // Yana Toom, elected to the 13th Riigikogu (from 2015-03-30), membership 7 (139 in the whole
    // file) ends 2015-03-27: taking the period's start would end the office before it starts.
    const { records, report } = await run(ESTONIA);
    const yana = byId(records, "popolo-person-77605932-0f05-461e-8a0d-a5618f0fe6b8", "actor");
    const offices = yana.kind === "person" ? (yana.offices ?? []) : [];
    expect(offices.map((o) => [o.title, o.start, o.end])).toEqual([
      // Membership 6 has no dates: both are the 12th Riigikogu's.
      ["Member of the Riigikogu", "2011-03-27", "2015-03-23"],
      ["Member of Eesti Keskerakonna fraktsioon", "2011-03-27", "2015-03-23"],
      ["Member of the Riigikogu", undefined, "2015-03-27"],
      ["Member of Eesti Keskerakonna fraktsioon", undefined, "2015-03-27"],
    ]);
    expect(offices[2]?.sources?.[0]).toEqual({
      source: "popolo",
      locator: "estonia-riigikogu-ep-popolo-v1.0.json, membership 7",
      note: "Constituency Ida-Virumaa; ends before the legislative period 13th Riigikogu starts (2015-03-30): no start date.",
    });
    expect(report.warnings.filter((w) => w.code === "membership_outside_term")).toEqual([
      expect.objectContaining({
        severity: "info",
        file: "estonia-riigikogu-ep-popolo-v1.0.json",
        row: "membership 7",
        count: 1,
      }),
    ]);
  });

  it("keeps the start of a membership whose own end precedes it, and warns with the row", async () => {
    // Not in the EveryPolitician files we have: a membership's own dates in the wrong order.
    const json = JSON.stringify({
      persons: [{ id: "p1", name: "A Member" }],
      organizations: [{ id: "legislature", name: "Riigikogu", classification: "legislature" }],
      memberships: [
        {
          person_id: "p1",
          organization_id: "legislature",
          start_date: "2015-04-09",
          end_date: "2015-04-08",
        },
      ],
    });
    const { records, report } = await collect(
      popolo.import([inputFromText("estonia-riigikogu.json", json)]),
    );
    expect(problems(records)).toEqual([]);
    const person = byId(records, "popolo-ee-p1", "actor");
    const office = person.kind === "person" ? person.offices?.[0] : undefined;
    expect([office?.start, office?.end, office?.sources?.[0]?.note]).toEqual([
      "2015-04-09",
      undefined,
      "End date 2015-04-08 left out: before the start date.",
    ]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: "membership_ends_before_start",
        severity: "warning",
        file: "estonia-riigikogu.json",
        row: "membership 0",
      }),
    );
  });

  it("imports a file whose country it cannot tell, without states, and says so", async () => {
    const json = JSON.stringify({
      persons: [{ id: "p1", name: "A Member" }],
      organizations: [{ id: "legislature", name: "Assembly", classification: "legislature" }],
      memberships: [{ person_id: "p1", organization_id: "legislature", role: "member" }],
    });
    const { records, report } = await collect(popolo.import([inputFromText("house.json", json)]));
    expect(problems(records)).toEqual([]);
    expect(byId(records, "popolo-house-p1", "actor")).toMatchObject({
      offices: [{ title: "Member of the Assembly", organization: "popolo-house-legislature" }],
    });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "country_not_found", file: "house.json" }),
    );
  });

  it("goes on after a malformed file or a membership of an unknown person, reporting where", async () => {
    const broken = '{\n  "persons": [\n    { "id": "p1", "name": "A" },\n  ]\n}';
    const dangling = JSON.stringify({
      persons: [],
      organizations: [],
      memberships: [{ person_id: "nobody", organization_id: "x" }],
    });
    const { records, report } = await collect(
      popolo.import([
        inputFromText("estonia-broken.json", broken),
        inputFromText("estonia-dangling.json", dangling),
        fixture(ZIMBABWE),
      ]),
    );
    expect(problems(records)).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "malformed_json", file: "estonia-broken.json", line: 4 }),
    );
    expect(report.skippedBy).toMatchObject({ membership_of_unknown_person: 1 });
    expect(report.imported).toBeGreaterThan(0);
  });
});
