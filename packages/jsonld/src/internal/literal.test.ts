import { describe, expect, it } from "vitest";
import { dateFacets, dateLiteral, dateRange, numberNQuad } from "./literal.js";

const X = "http://www.w3.org/2001/XMLSchema#";
const EDTF = "http://id.loc.gov/datatypes/edtf/EDTF";

describe("dateLiteral keeps the written precision", () => {
  it.each([
    ["2024", `${X}gYear`],
    ["0900", `${X}gYear`],
    ["2024-04", `${X}gYearMonth`],
    ["2024-04-24", `${X}date`],
    ["2024-04-24T10:30:00+08:00", `${X}dateTime`],
    ["2024-04-24T10:30:00.123456789Z", `${X}dateTime`],
    ["2024-04-24T10:30Z", EDTF], // xsd:dateTime needs seconds
    ["2024?", EDTF],
    ["2024-04~", EDTF],
    ["2024-04-24%", EDTF],
    ["20XX", EDTF],
    ["2024-XX", EDTF],
    ["2024-04-24/2024-04-26", EDTF],
    ["2024-04/..", EDTF],
    ["/2024", EDTF],
  ])("%s → %s, with the text unchanged", (text, datatype) => {
    expect(dateLiteral(text)).toMatchObject({ value: text, iri: datatype });
  });
});

describe("dateRange gives schema.org start and end dates", () => {
  it.each([
    ["2024-04-24", { start: "2024-04-24", end: undefined }],
    ["2024-04-24/2024-04-26", { start: "2024-04-24", end: "2024-04-26" }],
    ["2024-04/..", { start: "2024-04", end: undefined }],
    ["2024-04-24~/2024-05", { start: undefined, end: "2024-05" }],
    ["2024?", { start: undefined, end: undefined }],
  ])("%s", (text, want) => {
    const range = dateRange(text);
    expect({ start: range.start?.value, end: range.end?.value }).toEqual(want);
  });
});

describe("numberNQuad writes canonical xsd:double like jsonld.js", () => {
  it.each([
    [25, "2.5E1"],
    [7.5, "7.5E0"],
    [0, "0.0E0"],
    [1e-7, "1.0E-7"],
    [1234.5678, "1.2345678E3"],
  ])("%d → %s", (value, lexical) => {
    expect(numberNQuad(value)).toBe(`"${lexical}"^^<${X}double>`);
  });
});

describe("dateFacets gives every date xsd:date bounds, its precision and qualifiers", () => {
  it.each([
    [
      "2024-04~",
      {
        earliest: "2024-04-01",
        latest: "2024-04-30",
        precision: "month",
        qualifiers: ["approximate"],
      },
    ],
    [
      "2024?",
      {
        earliest: "2024-01-01",
        latest: "2024-12-31",
        precision: "year",
        qualifiers: ["uncertain"],
      },
    ],
    [
      "2024%",
      {
        earliest: "2024-01-01",
        latest: "2024-12-31",
        precision: "year",
        qualifiers: ["uncertain", "approximate"],
      },
    ],
    [
      "2024-04-XX",
      {
        earliest: "2024-04-01",
        latest: "2024-04-30",
        precision: "day",
        qualifiers: ["unspecified"],
      },
    ],
    [
      "2024-02",
      { earliest: "2024-02-01", latest: "2024-02-29", precision: "month", qualifiers: [] },
    ],
    [
      "2024-04-24T23:30:00-05:00",
      { earliest: "2024-04-24", latest: "2024-04-24", precision: "datetime", qualifiers: [] },
    ],
    [
      "2024-04-24T10:30Z",
      { earliest: "2024-04-24", latest: "2024-04-24", precision: "datetime", qualifiers: [] },
    ],
    [
      "2024-04-20/2024-04-26",
      { earliest: "2024-04-20", latest: "2024-04-26", precision: "interval", qualifiers: [] },
    ],
    ["../2024-05", { latest: "2024-05-31", precision: "interval", qualifiers: [] }],
    ["2024-04~/", { earliest: "2024-04-01", precision: "interval", qualifiers: ["approximate"] }],
    [
      "0033-04-03",
      { earliest: "0033-04-03", latest: "0033-04-03", precision: "day", qualifiers: [] },
    ],
  ])("%s", (text, want) => {
    expect(dateFacets(text)).toEqual(want);
  });
});
