import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  collect,
  gdelt,
  type Importer,
  icews,
  inputFromText,
  section301,
  usitc,
} from "../src/index.js";
import { fixture } from "./helpers.js";

const text = (file: string) =>
  readFileSync(fileURLToPath(new URL(`fixtures/${file}`, import.meta.url)), "latin1");
/** The first line of a fixture, with its line break. */
const headerOf = (file: string) => /^[^\n]*\n/.exec(text(file))![0];

/**
 * A US tariff file of the Trade War Tracker, 6 products × 7 dates: 870380 in List 1, 854231 in
 * List 2, 020329 in List 3, 850760 and 491110 in List 4A, 847130 in none. The row of product `p`
 * on date `d` is on line 2 + 7p + d.
 */
const DATES = [
  "2018-01-01",
  "2018-07-06",
  "2018-08-23",
  "2018-09-24",
  "2019-06-01",
  "2019-09-01",
  "2020-02-14",
];
const PRODUCTS: [hs6: string, rates: number[]][] = [
  ["870380", [2.5, 27.5, 27.5, 27.5, 27.5, 27.5, 27.5]],
  ["854231", [0, 0, 25, 25, 25, 25, 25]],
  ["020329", [12, 12, 12, 22, 37, 37, 37]],
  ["850760", [3.4, 3.4, 3.4, 3.4, 3.4, 18.4, 10.9]],
  ["491110", [0, 0, 0, 0, 0, 15, 7.5]],
  ["847130", [0, 0, 0, 0, 0, 0, 0]],
];
const LISTS = [
  "section301-us-list-1",
  "section301-us-list-2",
  "section301-us-list-3",
  "section301-us-list-4a",
];

/** The file's lines, the description of the row on line `broken` opening a quote it never closes. */
function usTariffs(broken: number): string {
  const lines = ["hs6,time_of_tariff,tariff,description"];
  for (const [hs6, rates] of PRODUCTS) {
    DATES.forEach((date, i) => {
      const description = lines.length + 1 === broken ? '"Goods, broken' : `Goods ${hs6}`;
      lines.push(`${hs6},${date},${rates[i]},${description}`);
    });
  }
  return `${lines.join("\n")}\n`;
}

describe("an unbalanced quote in a CSV file", () => {
  const cases: { name: string; line: number; message: string }[] = [
    {
      // Before: the quote swallowed the rest of the file (Lists 2, 3 and 4A), reported 39 lines on.
      name: "in the middle of the file, open for more than the line limit",
      line: 4,
      message: "does not close within 10 lines",
    },
    {
      name: "never closed, a few lines before the end of the file",
      line: 40,
      message: "does not close before the end of the file",
    },
    {
      name: "never closed, on the last line",
      line: 43,
      message: "does not close before the end of the file",
    },
  ];

  it.each(cases)(
    "section301: $name is reported at its line; the rows after it are imported",
    async ({ line, message }) => {
      const { records, report } = await collect(
        section301.import([inputFromText("us_tariffs_2020.csv", usTariffs(line))]),
      );
      expect(report.warnings.filter((w) => w.code === "malformed_csv_row")).toEqual([
        {
          code: "malformed_csv_row",
          severity: "warning",
          message: expect.stringContaining(message),
          file: "us_tariffs_2020.csv",
          line,
          count: 1,
        },
      ]);
      // Every one of the 42 rows is read: 41 imported, merged or skipped for their rates, 1 malformed.
      expect(report.rows).toBe(42);
      expect(report.skippedBy.malformed_csv_row).toBe(1);
      expect(report.rows).toBe(report.imported + report.merged + report.skipped);
      expect(records.map((r) => r.id)).toEqual(expect.arrayContaining(LISTS));
    },
  );
});

describe("a file with no data rows", () => {
  const importers: { importer: Importer; file: string; header: string; data: string }[] = [
    {
      importer: section301,
      file: "us_tariffs_2020-empty.csv",
      header: "hs6,time_of_tariff,tariff,description\n",
      data: "section301/us_tariffs_2020-sample.csv",
    },
    {
      importer: usitc,
      file: "tariff_database_2018.csv",
      header: headerOf("usitc/tariff_database_2017-sample.csv"),
      data: "usitc/tariff_database_2017-sample.csv",
    },
    {
      importer: icews,
      file: "events.2019.tsv",
      header: headerOf("icews/icews-events-2018-06-01_02-sample.tsv"),
      data: "icews/icews-events-2018-06-01_02-sample.tsv",
    },
    {
      importer: gdelt,
      file: "20190101.export.tsv",
      header: text("gdelt/gdelt1-events-column-names.tsv"),
      data: "gdelt/gdelt1-events-sample.tsv",
    },
  ];
  const cases = importers.flatMap(({ importer, file, header, data }) => [
    { name: `${importer.name}: 0 bytes`, importer, file, content: "", line: undefined, data },
    {
      name: `${importer.name}: whitespace only`,
      importer,
      file,
      content: "\n  \r\n\t\n",
      line: undefined,
      data,
    },
    { name: `${importer.name}: a header row only`, importer, file, content: header, line: 1, data },
  ]);

  it.each(cases)(
    "$name: empty_input names the file, the other file is imported",
    async ({ importer, file, content, line, data }) => {
      const { records, report } = await collect(
        importer.import([inputFromText(file, content), fixture(data)]),
      );
      expect(report.warnings.filter((w) => w.code === "empty_input")).toEqual([
        {
          code: "empty_input",
          severity: "warning",
          message: expect.any(String),
          file,
          ...(line === undefined ? {} : { line }),
          count: 1,
        },
      ]);
      expect(report.rows).toBeGreaterThan(0);
      expect(records.length).toBeGreaterThan(0);
    },
  );

  it.each(importers)(
    "$importer.name: a file with data rows is not reported empty",
    async ({ importer, data }) => {
      const { report } = await collect(importer.import([fixture(data)]));
      expect(report.warnings.map((w) => w.code)).not.toContain("empty_input");
    },
  );
});
