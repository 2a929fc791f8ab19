import {
  type Duty,
  isHsCode,
  type LegalBasis,
  type Source,
  type StatecraftRecord,
  type Tariff,
} from "@statecraft/core";
import { defineImporter, type Importer } from "../define-importer.js";
import type { ImportInput } from "../input.js";
import type { ImportContext, RowRef } from "../internal/context.js";
import { type CsvRow, csvRows, headerIndex } from "../internal/csv.js";
import { isIsoDate } from "../internal/dates.js";
import { parseDutyText } from "../internal/duty-text.js";
import { baseName } from "../internal/text.js";

const SOURCE: Source = {
  id: "usitc",
  type: "source",
  kind: "dataset",
  title: "USITC Tariff Database (annual, 2017)",
  publisher: "United States International Trade Commission",
  url: "https://dataweb.usitc.gov/tariff/annual",
  language: "en",
  identifier: "tariff_database_2017.txt (tariff_data_2017.zip)",
  note: "One row per 8-digit HTS subheading with the general (MFN), special and column 2 rates in force in 2017. A work of the US government (public domain in the USA).",
};

const COLUMNS = [
  "hts8",
  "brief_description",
  "mfn_text_rate",
  "mfn_rate_type_code",
  "mfn_ad_val_rate",
  "mfn_specific_rate",
  "col2_text_rate",
  "col2_ad_val_rate",
  "col2_specific_rate",
  "begin_effect_date",
  "end_effective_date",
] as const;

/** USITC's "open-ended" end date. */
const OPEN_ENDED = "2050-12-31";
/** The year the database describes. */
const YEAR_END = "2017-12-31";
/** The countries whose goods pay column 2 rates in 2017 (no normal trade relations). */
const COLUMN_2 = ["CU", "KP"] as const;
const NTR_ID = "usitc-column-1-countries";
/** USITC's placeholder for "not applicable" in numeric rate fields. */
const NOT_APPLICABLE = 9999.99;

/** `1/1/2017 0:00:00` (US order, with a time) as `2017-01-01`. */
function usDate(value: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[3]}-${match[1]!.padStart(2, "0")}-${match[2]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** `01012100` as `0101.21.00`. */
function dotted(hts8: string): string {
  return `${hts8.slice(0, 4)}.${hts8.slice(4, 6)}.${hts8.slice(6)}`;
}

/** Whether the text rate and USITC's numeric fields (rounded down to cents and hundredths) disagree. */
function disagrees(duty: Duty, adValorem: string, specific: string): boolean {
  // Empty fields say nothing (the column 2 fields of many lines are blank).
  const [fraction, dollars] = [adValorem, specific].map((v) => (v === "" ? Number.NaN : Number(v)));
  const off = (given: number | undefined, want: number) =>
    given !== undefined &&
    Number.isFinite(given) &&
    given !== NOT_APPLICABLE &&
    Math.abs(given - want) >= 0.0100001;
  if (duty.kind === "ad_valorem") return off(fraction, duty.rate / 100);
  if (duty.kind === "specific") return off(dollars, duty.amount);
  if (duty.kind === "compound") return off(fraction, duty.rate / 100) || off(dollars, duty.amount);
  return false;
}

function legalBasis(column: "1 (general)" | "2"): LegalBasis {
  return {
    jurisdiction: "state-us",
    authority: "Harmonized Tariff Schedule of the United States",
    citation: "19 U.S.C. § 1202",
    instrument: `HTSUS, rates of duty column ${column}`,
  };
}

/** A line of the database, read and checked: its fields, HTS code, description and dates. */
interface TariffLine {
  /** A field's value as text, trimmed: `NA` in quantity_1_code is a unit code, not a missing value. */
  readonly get: (column: string) => string;
  readonly hts8: string;
  readonly where: RowRef;
  readonly file: string;
  readonly line: number;
  readonly description: string;
  readonly begin: string | undefined;
  readonly removed: string | undefined;
}

/** Reads a file's header row; `undefined` (reported) when it lacks the database's columns. */
function readHeader(
  row: CsvRow,
  file: string,
  context: ImportContext,
): ReadonlyMap<string, number> | undefined {
  const index = headerIndex(row.fields);
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    context.warn(
      "not_a_usitc_file",
      "warning",
      `the header lacks USITC tariff database columns (${missing.join(", ")}); file skipped`,
      { file, line: row.line },
      file,
    );
    return undefined;
  }
  return index;
}

/**
 * Reads one line: its HTS code (skipped when invalid or seen before) and dates; reports dates
 * that are not dates, national provisions and codes HS 2022 lacks.
 */
function readLine(
  row: CsvRow,
  header: ReadonlyMap<string, number>,
  file: string,
  seen: Set<string>,
  context: ImportContext,
): TariffLine | undefined {
  // Values are text as given: `NA` in quantity_1_code is a unit code, not a missing value.
  const get = (column: string) => row.fields[header.get(column) ?? -1]?.trim() ?? "";
  const hts8 = get("hts8");
  const where: RowRef = { file, line: row.line, row: hts8 };
  if (!/^\d{8}$/.test(hts8)) {
    context.warn("invalid_hts8", "warning", `"${hts8}" is not an 8-digit HTS code; skipped`, where);
    context.skipped("invalid_hts8");
    return undefined;
  }
  if (seen.has(hts8)) {
    context.warn(
      "duplicate_hts8",
      "warning",
      `hts8 ${hts8} appears twice; the second row is skipped`,
      where,
      hts8,
    );
    context.skipped("duplicate_hts8");
    return undefined;
  }
  seen.add(hts8);
  const description = get("brief_description");
  const begin = usDate(get("begin_effect_date"));
  const endText = get("end_effective_date");
  const end = endText ? usDate(endText) : undefined;
  if (!begin || (endText && !end)) {
    context.warn(
      "invalid_date",
      "warning",
      `begin or end date ("${get("begin_effect_date")}", "${endText}") is not a date; the row is imported without it`,
      where,
      hts8,
    );
  }
  if (end === OPEN_ENDED) {
    context.warn(
      "open_ended_sentinel",
      "info",
      "end date 12/31/2050 is USITC's mark for an open-ended rate; read as no end",
      where,
      file,
    );
  }
  const removed = end && end !== OPEN_ENDED ? end : undefined;
  const hs6 = hts8.slice(0, 6);
  if (hts8.startsWith("98") || hts8.startsWith("99")) {
    context.warn(
      "national_provision",
      "info",
      "chapters 98 and 99 are US special and temporary provisions, not HS chapters; their lines are kept with scheme HTSUS",
      where,
      file,
    );
  } else if (!isHsCode(hs6)) {
    context.warn(
      "hs_code_not_in_hs2022",
      "warning",
      `HS 2017 subheading ${hs6} (of hts8 ${hts8}) is not in HS 2022 (split or renumbered since); kept`,
      where,
      hs6,
    );
  }
  return { get, hts8, where, file, line: row.line, description, begin, removed };
}

/**
 * The tariff of one rate column of a line (column 1: on the countries with normal trade
 * relations, shared once; column 2: on Cuba and North Korea), or `undefined` without a rate.
 */
function columnTariff(
  line: TariffLine,
  column: "1" | "2",
  ntr: { shared: boolean },
  context: ImportContext,
): Tariff | undefined {
  const { get, hts8, where, file, description, begin, removed } = line;
  const prefix = column === "1" ? "mfn" : "col2";
  const text = get(`${prefix}_text_rate`);
  if (!text) return undefined;
  const duty = parseDutyText(text);
  if (!duty) {
    context.warn(
      "duty_not_structured",
      "info",
      `rates such as "${text}" say more than a duty can (a qualified unit, several parts, a reference); kept as text in the description`,
      where,
      file,
    );
  } else if (disagrees(duty, get(`${prefix}_ad_val_rate`), get(`${prefix}_specific_rate`))) {
    context.warn(
      "rate_text_mismatch",
      "warning",
      `column ${column} rate "${text}" disagrees with the numeric fields; the printed rate is kept`,
      where,
      `${hts8}|${column}`,
    );
  }
  if (column === "1" && !ntr.shared) {
    ntr.shared = true;
    context.share({
      id: NTR_ID,
      type: "actor",
      kind: "organization",
      name: "Countries with normal trade relations with the United States",
      organizationKind: "other",
      note: "Not an organisation: the countries whose goods pay the HTSUS column 1 (general) rates, that is every country but those of column 2 (in 2017, Cuba and North Korea).",
      sources: [{ source: SOURCE.id, locator: file }],
    });
  }
  const column2 = COLUMN_2.map((c) => context.isoState(c, "HTSUS column 2")!);
  const additional = get("additional_duty") === "Yes";
  const footnote = get("footnote_comment");
  return {
    id: column === "1" ? `usitc-2017-${hts8}` : `usitc-2017-${hts8}-column-2`,
    type: "tariff",
    measure: additional ? "additional_tariff" : "tariff",
    status: removed && removed <= YEAR_END ? "expired" : "in_force",
    title: `US ${column === "1" ? "general (MFN)" : "column 2"} duty: ${description || "HTS"} (${dotted(hts8)})`,
    ...(!duty || footnote
      ? {
          description: [duty ? undefined : `Rate as printed: ${text}.`, footnote || undefined]
            .filter((d) => d !== undefined)
            .join(" "),
        }
      : {}),
    imposer: context.isoState("US", "usitc")!,
    targets: column === "1" ? [NTR_ID] : column2,
    ...(column === "1" ? { exclusions: column2 } : {}),
    products: [
      {
        scheme: "HTSUS",
        version: "2017",
        code: hts8,
        ...(description ? { description } : {}),
      },
    ],
    ...(duty ? { duty } : {}),
    legalBasis: legalBasis(column === "1" ? "1 (general)" : "2"),
    ...(begin || removed
      ? { dates: { ...(begin ? { effective: begin } : {}), ...(removed ? { removed } : {}) } }
      : {}),
    sources: [{ source: SOURCE.id, locator: `${file}, line ${line.line}, hts8 ${hts8}` }],
  };
}

/** Reads every line into one tariff per rate column, and yields them in HTS order. */
async function* importUsitc(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const records: Tariff[] = [];
  const seen = new Set<string>();
  const ntr = { shared: false };
  for await (const input of inputs) {
    const file = baseName(input.name);
    let header: ReadonlyMap<string, number> | undefined;
    // USITC publishes the database in Windows-1252: `¢` is byte 0xA2.
    for await (const row of csvRows(input, context, { encoding: "windows-1252", header: true })) {
      if (!header) {
        header = readHeader(row, file, context);
        if (!header) break;
        continue;
      }
      context.read();
      const line = readLine(row, header, file, seen, context);
      if (!line) continue;
      const made = (["1", "2"] as const)
        .map((column) => columnTariff(line, column, ntr, context))
        .filter((tariff) => tariff !== undefined);
      if (made.length === 0) {
        context.warn(
          "no_rate",
          "info",
          "lines without a general or column 2 rate (headings of chapter 98/99 provisions) have no duty to import",
          line.where,
          file,
        );
        context.skipped("no_rate");
        continue;
      }
      records.push(...made);
      context.imported();
    }
  }
  // The database's rows are not in HTS order; the output is.
  yield* records.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Imports the USITC annual tariff database (comma-separated, Windows-1252, one row per 8-digit
 * HTS subheading): each line's general (MFN) rate becomes a tariff imposed by the United States
 * on the countries with normal trade relations (Cuba and North Korea excluded), and its column 2
 * rate one on Cuba and North Korea; the printed rate (`Free`, `26.4%`, `1.4 cents/kg`,
 * `2.2¢/kg`, `37.2 cents/kg + 6%`) becomes an ad valorem, specific or compound duty. Products are
 * HTSUS 2017 codes; their HS 2017 subheadings HS 2022 lacks are reported.
 *
 * @example
 * ```ts
 * const run = usitc.import(await readInputs(["tariff_database_2017.txt"], [".txt"]));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const usitc: Importer = defineImporter(
  {
    name: "usitc",
    title: "USITC tariff database: US general (MFN) and column 2 rates by HTS 8-digit line",
    extensions: [".csv", ".txt"],
    license: "US government work (public domain in the USA)",
    source: SOURCE,
  },
  importUsitc,
);
