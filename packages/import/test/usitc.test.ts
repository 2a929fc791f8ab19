import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Duty } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { collect, inputFromText, usitc } from "../src/index.js";
import { parseDutyText } from "../src/internal/duty-text.js";
import { byId, fixture, problems } from "./helpers.js";

const FILE = "usitc/tariff_database_2017-sample.csv";
const run = () => collect(usitc.import([fixture(FILE)]));
const bytes = readFileSync(fileURLToPath(new URL(`fixtures/${FILE}`, import.meta.url)));

describe("usitc", () => {
  it("imports valid records whose references all resolve, counting every row", async () => {
    const { records, report } = await run();
    expect(problems(records)).toEqual([]);
    expect(report).toMatchObject({
      rows: 18,
      imported: 17,
      merged: 0,
      skipped: 1,
      skippedBy: { no_rate: 1 },
    });
    // A general and a column 2 rate per line, but for 98191539 (no rate at all).
    expect(report.records.tariff).toBe(34);
  });

  it("decodes Windows-1252: the cent sign is byte 0xA2", async () => {
    expect(bytes.includes(0xa2)).toBe(true);
    expect(bytes.toString("utf8")).not.toContain("¢");
    const { records } = await run();
    expect(byId(records, "usitc-2017-03024900-column-2", "tariff").duty).toEqual({
      kind: "specific",
      amount: 0.022,
      currency: "USD",
      unit: "kg",
    });
  });

  it("reads a file re-saved as UTF-8 with a byte order mark as UTF-8", async () => {
    const utf8 = `\ufeff${new TextDecoder("windows-1252").decode(bytes)}`;
    const { records } = await collect(
      usitc.import([inputFromText("resaved.csv", new TextEncoder().encode(utf8))]),
    );
    expect(byId(records, "usitc-2017-03024900-column-2", "tariff").duty).toMatchObject({
      amount: 0.022,
    });
  });

  it("makes the general rate a tariff on countries with normal trade relations, and column 2 one on Cuba and North Korea", async () => {
    const { records } = await run();
    expect(byId(records, "usitc-2017-02032920", "tariff")).toMatchObject({
      measure: "tariff",
      status: "in_force",
      title: "US general (MFN) duty: Frozen retail cuts of meat of swine, nesi (0203.29.20)",
      imposer: "state-us",
      targets: ["usitc-column-1-countries"],
      exclusions: ["state-cu", "state-kp"],
      products: [
        {
          scheme: "HTSUS",
          version: "2017",
          code: "02032920",
          description: "Frozen retail cuts of meat of swine, nesi",
        },
      ],
      duty: { kind: "specific", amount: 0.014, currency: "USD", unit: "kg" },
      legalBasis: { instrument: "HTSUS, rates of duty column 1 (general)" },
      dates: { effective: "2012-10-31" },
    });
    expect(byId(records, "usitc-2017-02032920-column-2", "tariff")).toMatchObject({
      targets: ["state-cu", "state-kp"],
      duty: { kind: "specific", amount: 0.072 },
    });
    expect(byId(records, "usitc-column-1-countries", "actor")).toMatchObject({
      kind: "organization",
    });
  });

  it("reads compound, fractional and per-unit rates, and keeps rates a duty cannot hold as text", async () => {
    const { records } = await run();
    const duty = (id: string) => byId(records, id, "tariff").duty;
    expect(duty("usitc-2017-18069008")).toEqual({
      kind: "compound",
      rate: 6,
      amount: 0.372,
      currency: "USD",
      unit: "kg",
    });
    expect(duty("usitc-2017-95042080-column-2")).toEqual({ kind: "ad_valorem", rate: 33.333333 });
    expect(duty("usitc-2017-22089040-column-2")).toMatchObject({
      amount: 1.32,
      unit: "proof liter",
    });
    expect(duty("usitc-2017-91143040")).toMatchObject({
      kind: "compound",
      amount: 0.004,
      unit: "item",
    });
    const watch = byId(records, "usitc-2017-91022920", "tariff");
    expect(watch.duty).toBeUndefined();
    expect(watch.description).toBe(
      "Rate as printed: 56 cents each + 4.4% on the case + 2% on the strap, band or bracelet.",
    );
  });

  it("keeps the text NA of quantity_1_code as a value, importing the toys line", async () => {
    expect(bytes.toString("latin1")).toMatch(/"95030000","[^"]*","NA"/);
    const { records } = await run();
    expect(byId(records, "usitc-2017-95030000", "tariff").duty).toEqual({
      kind: "ad_valorem",
      rate: 0,
    });
  });

  it("reads US dates, the 2050 sentinel as no end, an end within 2017 as expired", async () => {
    const { records, report } = await run();
    expect(byId(records, "usitc-2017-85044040", "tariff")).toMatchObject({
      status: "expired",
      // Begin 7/1/2016: month first.
      dates: { effective: "2016-07-01", removed: "2017-06-30" },
    });
    // Begin 2/3/2012, end 12/31/2050: no end.
    expect(byId(records, "usitc-2017-01012100", "tariff").dates).toEqual({
      effective: "2012-02-03",
    });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "open_ended_sentinel", count: 16 }),
    );
  });

  it("orders the unsorted lines, reports HS 2017 codes HS 2022 lacks, and marks chapter 99 additional duties", async () => {
    const { records, report } = await run();
    const ids = records.filter((r) => r.type === "tariff").map((r) => r.id);
    expect(ids.indexOf("usitc-2017-01012100")).toBeLessThan(ids.indexOf("usitc-2017-01029000"));
    expect(bytes.indexOf("01029000")).toBeLessThan(bytes.indexOf("01012100"));
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "hs_code_not_in_hs2022", row: "85171200", line: 12 }),
    );
    expect(byId(records, "usitc-2017-99040491", "tariff").measure).toBe("additional_tariff");
  });
});

describe("parseDutyText", () => {
  const table: [string, Duty | undefined][] = [
    ["Free", { kind: "ad_valorem", rate: 0 }],
    ["26.4%", { kind: "ad_valorem", rate: 26.4 }],
    ["33 1/3%", { kind: "ad_valorem", rate: 33.333333 }],
    ["1.4 cents/kg", { kind: "specific", amount: 0.014, currency: "USD", unit: "kg" }],
    ["2.2¢/kg", { kind: "specific", amount: 0.022, currency: "USD", unit: "kg" }],
    ["$1.70/m3", { kind: "specific", amount: 1.7, currency: "USD", unit: "m3" }],
    ["10.5 cents/bbl", { kind: "specific", amount: 0.105, currency: "USD", unit: "bbl" }],
    ["$1.10/kg + 50%", { kind: "compound", rate: 50, amount: 1.1, currency: "USD", unit: "kg" }],
    [
      "5 cents each + 45%",
      { kind: "compound", rate: 45, amount: 0.05, currency: "USD", unit: "item" },
    ],
    ["5.9 cents/kg on drained weight", undefined],
    ["$1.32/t, including weight of container", undefined],
    ["The duty rate provided in such subheading minus 0.5%", undefined],
    ["", undefined],
  ];
  it.each(table)("reads %j", (given, want) => {
    expect(parseDutyText(given)).toEqual(want);
  });
});
