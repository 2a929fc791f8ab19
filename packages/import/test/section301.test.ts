import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dutyInForce, type Tariff } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { collect, inputFromText, section301 } from "../src/index.js";
import { byId, fixture, problems } from "./helpers.js";

const US = "section301/us_tariffs_2020-sample.csv";
const CN = "section301/new_tariff_list_2020-sample.csv";
const ANNEX = "section301/annex-6-1.csv";
const run = (...files: string[]) => collect(section301.import(files.map((f) => fixture(f))));
const text = (file: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/${file}`, import.meta.url)), "utf8");
const codes = (t: Tariff) => t.products?.map((p) => p.code);

describe("section301", () => {
  it("imports valid records whose references all resolve, counting every row", async () => {
    const { records, report } = await run(US, CN, ANNEX);
    expect(problems(records)).toEqual([]);
    // 63 US rows and 108 Chinese rows (9 products × 7 and 12 dates); the annex is not read.
    expect(report).toMatchObject({
      rows: 171,
      imported: 29,
      merged: 47,
      skipped: 95,
      mergedBy: { rate_unchanged: 46, additional_duty_lifted: 1 },
      skippedBy: { baseline_mfn_rate: 18, mfn_change: 4, no_additional_duty: 73 },
    });
    expect(report.records.tariff).toBe(11);
  });

  it("makes one record per US list, with its products and its phased schedule", async () => {
    const { records } = await run(US, CN);
    const list3 = byId(records, "section301-us-list-3", "tariff");
    expect(list3).toMatchObject({
      measure: "additional_tariff",
      status: "in_force",
      title: "Section 301 tariffs on Chinese goods: List 3 (10%, 25% from 2019-06-01)",
      imposer: "state-us",
      targets: ["state-cn"],
      priorDuty: { kind: "ad_valorem", rate: 0 },
      duty: { kind: "ad_valorem", rate: 25 },
      dates: { effective: "2018-09-24" },
      legalBasis: {
        jurisdiction: "state-us",
        authority: "Section 301 of the Trade Act of 1974",
        citation: "19 U.S.C. § 2411",
        instrument:
          "USTR notice of action, 83 FR 47974 (21 September 2018); USTR notice of modification, 84 FR 20459 (15 May 2019)",
      },
    });
    expect(list3.schedule?.map((p) => [p.date, p.duty])).toEqual([
      ["2018-09-24", { kind: "ad_valorem", rate: 10 }],
      ["2019-06-01", { kind: "ad_valorem", rate: 25 }],
    ]);
    expect(list3.products).toContainEqual({
      scheme: "HS",
      version: "2017",
      code: "020329",
      description: "Frozen retail cuts of meat of swine, nesi",
    });
    expect(dutyInForce(list3, "2019-01-01")).toEqual({ kind: "ad_valorem", rate: 10 });
    expect(dutyInForce(list3, "2019-07-01")).toEqual({ kind: "ad_valorem", rate: 25 });
    const list4a = byId(records, "section301-us-list-4a", "tariff");
    expect(list4a.schedule?.map((p) => [p.label, p.duty])).toEqual([
      ["List 4A", { kind: "ad_valorem", rate: 15 }],
      ["cut to 7.5%", { kind: "ad_valorem", rate: 7.5 }],
    ]);
    expect(codes(list4a)).toEqual(["010121", "491110", "850760"]);
    expect(codes(byId(records, "section301-us-list-1", "tariff"))).toEqual(["870380"]);
    expect(codes(byId(records, "section301-us-list-2", "tariff"))).toEqual(["854231"]);
  });

  it("makes China's rounds retaliatory tariffs linked to the US list each answers", async () => {
    const { records, report } = await run(US, CN);
    const round = byId(records, "section301-cn-2018-09-24-10-25", "tariff");
    expect(round).toMatchObject({
      measure: "retaliatory_tariff",
      imposer: "state-cn",
      targets: ["state-us"],
      counterMeasureTo: ["section301-us-list-3"],
      legalBasis: {
        jurisdiction: "state-cn",
        authority: "Customs Tariff Commission of the State Council",
      },
    });
    expect(codes(round)).toEqual(["850760", "851712"]);
    // Electric vehicles: 25% from 2018-07-06, lifted when the rate falls back on 2019-01-02
    // (new_tariff_list_2020.csv, hs6 870380: 40 -> 15 on 2019-01-02; fixture line 106).
    const lifted = byId(records, "section301-cn-2018-07-06-25-0", "tariff");
    expect(lifted).toMatchObject({
      status: "suspended",
      dates: { effective: "2018-07-06", suspended: "2019-01-02" },
      counterMeasureTo: ["section301-us-list-1"],
      products: [{ code: "870380" }],
      title: expect.stringContaining("(25%, lifted 2019-01-02)"),
    });
    expect(lifted.sources?.[1]).toEqual({
      source: "section301",
      locator: "new_tariff_list_2020-sample.csv, time_of_tariff 2019-01-02",
      note: "The rate falls back by the round's whole duty on 2019-01-02: the duty is lifted for these products (suspension or exclusion).",
    });
    // The April 2018 round answered the Section 232 tariffs, which the data does not hold.
    const april = byId(records, "section301-cn-2018-04-02-25", "tariff");
    expect(april.counterMeasureTo).toBeUndefined();
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "counter_measure_not_in_import", severity: "info" }),
    );
  });

  it("gives a lifted round the duty it set and its suspension date, not a 0% phase that changes nothing", async () => {
    const { records, report } = await run(US, CN);
    const lifted = byId(records, "section301-cn-2018-07-06-25-0", "tariff");
    // The lift is the suspension, not a phase back to the prior duty (0%, which changes nothing).
    expect([lifted.priorDuty, lifted.duty]).toEqual([
      { kind: "ad_valorem", rate: 0 },
      { kind: "ad_valorem", rate: 25 },
    ]);
    expect(lifted.schedule?.map((p) => [p.date, p.duty])).toEqual([
      ["2018-07-06", { kind: "ad_valorem", rate: 25 }],
    ]);
    expect(report.mergedBy.additional_duty_lifted).toBe(1);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: "additional_duty_lifted",
        severity: "info",
        file: "new_tariff_list_2020-sample.csv",
        row: "870380 2019-01-02",
      }),
    );
  });

  it("reports product codes HS 2022 lacks and keeps them, pinned to HS 2017", async () => {
    const { records, report } = await run(US, CN);
    const missing = report.warnings.filter((w) => w.code === "hs_code_not_in_hs2022");
    expect(missing.map((w) => [w.row, w.line, w.severity])).toEqual([
      ["810790 2018-01-01", 30, "warning"],
      ["851712 2018-01-01", 44, "warning"],
    ]);
    const products = records.flatMap((r) => (r.type === "tariff" ? (r.products ?? []) : []));
    expect(products.filter((p) => p.code === "851712")).toEqual([
      { scheme: "HS", version: "2017", code: "851712" },
    ]);
  });

  it("reports changes of the MFN rate without importing them, and rounds float artefacts", async () => {
    const { records, report } = await run(CN);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: "mfn_change",
        row: "200860 2018-07-01",
        line: 29,
        count: 2, // and 870380 the same day
      }),
    );
    // 200860 falls 15 points on 2018-07-01 (MFN), then rises 10 and 10: 10%, 20% from 2019-06-01.
    expect(
      byId(records, "section301-cn-2018-09-24-10-20", "tariff").schedule?.map((p) => p.duty),
    ).toEqual([
      { kind: "ad_valorem", rate: 10 },
      { kind: "ad_valorem", rate: 20 },
    ]);
    expect(text(CN)).toContain("6.699999809265134");
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "float_artifact", severity: "info" }),
    );
  });

  it("does not import Annex 6.1 (purchase commitments, not tariffs), despite its multi-line records", async () => {
    const { report } = await run(ANNEX);
    expect(report.rows).toBe(0);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: "not_a_tariff_file",
        severity: "info",
        file: "annex-6-1.csv",
      }),
    ]);
  });

  it("goes on after bad rows: a lost leading zero restored, a bad rate, a conflicting duplicate", async () => {
    const csv = [
      "hs6,time_of_tariff,tariff,description",
      "10121,2018-01-01,0.0,Live purebred breeding horses",
      "10121,2019-09-01,15.0,Live purebred breeding horses",
      "010121,2019-09-01,20.0,Live purebred breeding horses",
      "010121,2020-02-14,n/a,Live purebred breeding horses",
    ].join("\n");
    const { records, report } = await collect(
      section301.import([inputFromText("us_tariffs_2020.csv", csv)]),
    );
    expect(problems(records)).toEqual([]);
    expect(report.skippedBy).toMatchObject({
      invalid_row: 1,
      conflicting_duplicate_row: 1,
      baseline_mfn_rate: 1,
    });
    expect(report.warnings.map((w) => [w.code, w.line])).toEqual(
      expect.arrayContaining([
        ["hs_code_leading_zero_lost", 2],
        ["conflicting_duplicate_row", 4],
        ["invalid_row", 5],
      ]),
    );
    expect(byId(records, "section301-us-list-4a", "tariff").products).toEqual([
      {
        scheme: "HS",
        version: "2017",
        code: "010121",
        description: "Live purebred breeding horses",
      },
    ]);
  });

  it("tells whose tariffs a renamed file holds by its columns, and says so", async () => {
    const { records, report } = await collect(
      section301.import([
        inputFromText("china.csv", text(CN)),
        inputFromText("rates.csv", text(US)),
      ]),
    );
    expect(problems(records)).toEqual([]);
    expect(records.some((r) => r.id === "section301-us-list-3")).toBe(true);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: "imposer_from_columns", file: "rates.csv" }),
    );
  });
});
