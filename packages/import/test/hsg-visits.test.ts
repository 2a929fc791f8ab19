import { describe, expect, it } from "vitest";
import { parseVisitor } from "../src/importers/hsg-visits.js";
import { collect, hsgVisits } from "../src/index.js";
import { byId, fixture, problems } from "./helpers.js";

const run = () =>
  collect(
    hsgVisits.import([
      fixture("hsg-visits/1940.xml"),
      fixture("hsg-visits/2010.xml"),
      fixture("hsg-visits/2020.xml"),
    ]),
  );

describe("hsg-visits", () => {
  it("imports valid records whose references all resolve, counting every row", async () => {
    const { records, report } = await run();
    expect(problems(records)).toEqual([]);
    expect(report).toMatchObject({ rows: 7, imported: 7, merged: 0, skipped: 0, done: true });
    expect(report.records.meeting).toBe(7);
  });

  it("makes a visit hosted by the United States, the visitor a person in the capacity the record gives", async () => {
    const { records } = await run();
    const visit = byId(records, "hsg-visit-3147", "meeting");
    expect(visit).toMatchObject({
      kind: "visit",
      status: "held",
      date: "2023-01-13",
      location: { state: "state-us" },
    });
    expect(visit.participants).toEqual([
      {
        actor: "hsg-visitor-jp-kishida-fumio",
        role: "visitor",
        capacity: "Prime Minister",
        representing: "state-jp",
        attendance: "attended",
      },
      { actor: "state-us", role: "host", attendance: "attended" },
    ]);
    expect(byId(records, "hsg-visitor-jp-kishida-fumio", "actor")).toMatchObject({
      name: "Kishida Fumio",
      offices: [{ title: "Prime Minister", role: "head_of_government", state: "state-jp" }],
    });
  });

  it("maps the misspelt slug somoa to Samoa, with a warning naming the row", async () => {
    const { records, report } = await run();
    expect(byId(records, "hsg-visit-3099", "meeting").participants[0]?.representing).toBe(
      "state-ws",
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "country_slug_typo", file: "2020.xml", row: "3099" }),
    );
  });

  it("reads the slug china labelled 'China, Republic of' as Taiwan, with a warning", async () => {
    const { records, report } = await run();
    expect(byId(records, "hsg-visit-2240", "meeting").participants[0]).toMatchObject({
      capacity: "Premier",
      representing: "state-tw",
    });
    expect(byId(records, "hsg-visit-3196", "meeting").participants[0]?.representing).toBe(
      "state-cn",
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "ambiguous_country_slug", row: "2240" }),
    );
  });

  it("makes a visit that lies within another of the same visitor its child (Xi Jinping, 3196 in 3201)", async () => {
    const { records, report } = await run();
    expect(byId(records, "hsg-visit-3196", "meeting").parent).toBe("hsg-visit-3201");
    expect(byId(records, "hsg-visit-3201", "meeting").parent).toBeUndefined();
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "overlapping_visits", row: "3201" }),
    );
  });

  it.each([
    [
      "Prime Minister Kishida Fumio",
      { title: "Prime Minister", role: "head_of_government", name: "Kishida Fumio" },
    ],
    [
      "Prime Ministere Silvio Berlusconi",
      {
        title: "Prime Minister",
        role: "head_of_government",
        name: "Silvio Berlusconi",
        typo: "Prime Ministere",
      },
    ],
    [
      "Prime MinisterHaidar al- Abadi",
      {
        title: "Prime Minister",
        role: "head_of_government",
        name: "Haidar al- Abadi",
        typo: "Prime MinisterHaidar",
      },
    ],
    [
      "President-Elect Carlos Salinas de Gortari",
      { title: "President-elect", name: "Carlos Salinas de Gortari", typo: "President-Elect" },
    ],
    ["Valdas Adamkus", { name: "Valdas Adamkus" }],
    ["President Xi Jinping ", { title: "President", role: "head_of_state", name: "Xi Jinping" }],
  ])("reads the visitor %j", (text, want) => {
    expect(parseVisitor(text)).toEqual(want);
  });
});
