import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MEETING_KINDS, type Meeting, type StatecraftRecord } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  CAMEO_MEETING_CODES,
  CAMEO_MEETINGS,
  isCameoMeetingCode,
  toCameo,
  toPlover,
} from "../src/index.js";
import { resolveAlpha3, resolveCountryName, resolveFips } from "../src/internal/country-codes.js";

const example: StatecraftRecord[] = [
  "meetings.yaml",
  "people.yaml",
  "states.yaml",
  "organizations.yaml",
].flatMap((file) =>
  parse(
    readFileSync(
      fileURLToPath(new URL(`../../../examples/blinken-china-2024/${file}`, import.meta.url)),
      "utf8",
    ),
  ),
);
const byId = new Map(example.map((r) => [r.id, r]));
const resolve = (id: string) => {
  const record = byId.get(id);
  return record?.type === "actor" ? record : undefined;
};
const meeting = (id: string) => byId.get(id) as Meeting;
const brief = (m: Meeting) =>
  toCameo(m, resolve).map((e) => [e.code, e.source.code, e.target?.code]);

describe("the CAMEO meeting codes", () => {
  it("take their labels and PLOVER codings from the CAMEO → PLOVER table", () => {
    expect(CAMEO_MEETINGS["041"]).toMatchObject({
      label: "Discuss by telephone",
      ploverEvent: "CONSULT",
      ploverMode: "phone",
      kind: "phone_call",
      roles: ["caller", "recipient"],
    });
    expect(CAMEO_MEETINGS["036"]).toMatchObject({
      ploverEvent: "AGREE",
      ploverContext: "diplomatic",
      status: "planned",
    });
    for (const code of CAMEO_MEETING_CODES) {
      expect(MEETING_KINDS).toContain(CAMEO_MEETINGS[code].kind);
      expect(isCameoMeetingCode(code)).toBe(true);
    }
    expect(["04", "057", "0431", "125"].map(isCameoMeetingCode)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("country codes in event data", () => {
  it("reads CAMEO, FIPS and country names to ISO 3166-1, keeping Namibia's NA and FIPS CH apart", () => {
    expect(resolveAlpha3("CHN")).toEqual({ kind: "iso", alpha2: "CN" });
    expect(resolveAlpha3("NAM")).toEqual({ kind: "iso", alpha2: "NA" });
    expect(resolveAlpha3("JAP")).toMatchObject({ kind: "iso", alpha2: "JP" });
    expect(resolveAlpha3("WST")).toEqual({ kind: "region", name: "the West" });
    expect(resolveAlpha3("KOS")).toEqual({ kind: "kosovo" });
    expect(resolveAlpha3("XYZ")).toEqual({ kind: "unknown" });
    // FIPS 10-4: CH is China, SZ Switzerland, WA Namibia; Palestine's two codes both map.
    expect(["CH", "SZ", "WA", "GZ", "WE", "UK"].map((c) => resolveFips(c))).toEqual(
      ["CN", "CH", "NA", "PS", "PS", "GB"].map((alpha2) => ({ kind: "iso", alpha2 })),
    );
    expect(
      [
        "Russian Federation",
        "Moldova, Republic of",
        "Palestinian Territory, Occupied",
        "the former Yugoslav Republic of Macedonia",
        "Democratic Republic of Congo",
        "Congo",
        "Côte d'Ivoire",
        "Namibia",
      ].map((name) => {
        const r = resolveCountryName(name);
        return r.kind === "iso" ? r.alpha2 : r.kind;
      }),
    ).toEqual(["RU", "MD", "PS", "MK", "CD", "CG", "CI", "NA"]);
  });
});

describe("toCameo and toPlover on the example dataset", () => {
  it("code the seed story's meetings", () => {
    // Held: Blinken's 2023 visit (042), the Woodside summit hosted by Biden (043), two calls (041).
    expect(brief(meeting("blinken-china-visit-2023-06"))).toEqual([["042", "USA", "CHN"]]);
    expect(brief(meeting("biden-xi-summit-2023-11"))).toEqual([["043", "USA", "CHN"]]);
    expect(brief(meeting("biden-xi-call-2024-04"))).toEqual([["041", "USA", "CHN"]]);
    expect(brief(meeting("austin-counterpart-call-2024-04"))).toEqual([["041", "USA", "CHN"]]);
    // Planned or expected: an intent to meet (036), coded from the first participant.
    expect(brief(meeting("blinken-china-visit-2024-04"))).toEqual([["036", "USA", "CHNGOV"]]);
    expect(brief(meeting("blinken-xi-meeting-2024-04"))).toEqual([["036", "USA", "CHN"]]);
  });

  it("code a planned meeting as PLOVER AGREE and a held visit as CONSULT visit", () => {
    expect(toPlover(meeting("blinken-china-visit-2024-04"), resolve)).toMatchObject({
      event: "AGREE",
      context: "diplomatic",
      cameo: "036",
      source: [{ id: "antony-blinken", code: "USA" }],
      target: [{ id: "chinese-government", code: "CHN", sector: "GOV" }],
    });
    expect(toPlover(meeting("blinken-china-visit-2023-06"), resolve)).toMatchObject({
      event: "CONSULT",
      mode: "visit",
      date: "2023-06-17/2023-06-19",
    });
  });

  it("code talks at a third location as 044, mediation as 045, negotiations as 046, and nothing for cancelled meetings", () => {
    const talks: Meeting = {
      id: "geneva-talks",
      type: "meeting",
      kind: "talks",
      status: "held",
      title: "US–Russia talks in Geneva",
      location: { city: "Geneva", state: "state-ch" },
      participants: [
        { actor: "state-us", role: "participant", attendance: "attended" },
        { actor: "state-ru", role: "participant", attendance: "attended" },
      ],
    };
    expect(toCameo(talks).map((e) => [e.code, e.source.code, e.target?.code])).toEqual([
      ["044", "USA", "RUS"],
    ]);
    expect(toCameo({ ...talks, location: { state: "state-us" } })[0]?.code).toBe("040");
    expect(toPlover(talks)).toMatchObject({ event: "CONSULT", mode: "third-party" });
    const mediated: Meeting = {
      ...talks,
      participants: [
        { actor: "state-sy", role: "participant", attendance: "attended" },
        { actor: "cameo-group-arl", role: "mediator", attendance: "attended" },
        { actor: "state-ps", role: "participant", attendance: "attended" },
      ],
    };
    expect(toCameo(mediated).map((e) => [e.code, e.source.code, e.target?.code])).toEqual([
      ["045", "ARL", "SYR"],
      ["045", "ARL", "PSE"],
    ]);
    expect(toCameo({ ...talks, kind: "negotiation" })[0]?.code).toBe("046");
    expect(toCameo({ ...talks, status: "cancelled" })).toEqual([]);
    expect(toPlover({ ...talks, status: "postponed" })).toBeUndefined();
  });
});
