import type { ImportInput } from "../../input.js";
import type { ImportContext, RowRef } from "../../internal/context.js";
import { type CsvRow, csvRows, headerIndex } from "../../internal/csv.js";
import { isIsoDate } from "../../internal/dates.js";
import { baseName } from "../../internal/text.js";
import type { Imposer } from "./rounds.js";

/** One rate of the series: an HS6 subheading's rate on one date, and where it was read. */
export interface RateRow {
  readonly date: string;
  readonly rate: number;
  readonly where: RowRef;
  readonly file: string;
  readonly description?: string | undefined;
}

/** The rates of one side: per HS6 subheading, the row of each date. */
export type RateSeries = Map<string, Map<string, RateRow>>;

/** Everything read from the tariff files: each side's series and where each subheading was first seen. */
export interface TariffSeries {
  readonly series: Record<Imposer, RateSeries>;
  readonly firstSeen: Map<string, RowRef>;
}

/** A tariff file's header: its column index and whose tariffs it holds. */
interface TariffHeader {
  readonly index: ReadonlyMap<string, number>;
  readonly imposer: Imposer;
}

/** A data row read and checked, not yet added to the series. */
interface RateReading extends RateRow {
  readonly hs6: string;
}

/** Rounds away float artefacts (`2.8000000000000003`). */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Which side's tariffs a file holds: by the tracker's file names, else by its columns. */
function imposerOf(
  file: string,
  header: ReadonlyMap<string, number>,
  context: ImportContext,
): Imposer {
  if (/us_tariff/i.test(file)) return "US";
  if (/new_tariff_list|china/i.test(file)) return "CN";
  const imposer: Imposer = header.has("description") ? "US" : "CN";
  context.warn(
    "imposer_from_columns",
    "info",
    `the file name does not say whose tariffs these are; a file with a description column is read as the US tariffs, one without as China's: read as ${imposer === "US" ? "US" : "Chinese"} tariffs`,
    { file },
    file,
  );
  return imposer;
}

/** Reads a file's header row; `undefined` (reported) when the file holds no tariff series. */
function readHeader(row: CsvRow, file: string, context: ImportContext): TariffHeader | undefined {
  const index = headerIndex(row.fields);
  if (index.has("hs4_o")) {
    context.warn(
      "not_a_tariff_file",
      "info",
      "Annex 6.1 of the Phase One agreement lists products China committed to buy, not tariffs; file not imported",
      { file, line: row.line },
      file,
    );
    return undefined;
  }
  if (!["hs6", "time_of_tariff", "tariff"].every((c) => index.has(c))) {
    context.warn(
      "not_a_tariff_file",
      "warning",
      "the header lacks the hs6, time_of_tariff and tariff columns; file skipped",
      { file, line: row.line },
      file,
    );
    return undefined;
  }
  return { index, imposer: imposerOf(file, index, context) };
}

/** Reads one data row: the HS6 code (a lost leading zero restored), date and rate; `undefined` (skipped) when invalid. */
function readRate(
  row: CsvRow,
  header: ReadonlyMap<string, number>,
  file: string,
  context: ImportContext,
): RateReading | undefined {
  const get = (column: string) => row.fields[header.get(column)!]?.trim() ?? "";
  let hs6 = get("hs6");
  const date = get("time_of_tariff");
  const text = get("tariff");
  const where: RowRef = { file, line: row.line, row: `${hs6} ${date}` };
  if (/^\d{5}$/.test(hs6)) {
    context.warn(
      "hs_code_leading_zero_lost",
      "warning",
      "HS codes of five digits lost their leading zero (read as numbers by a spreadsheet); restored",
      where,
      file,
    );
    hs6 = `0${hs6}`;
  }
  if (!/^\d{6}$/.test(hs6)) {
    context.warn(
      "invalid_hs_code",
      "warning",
      `"${hs6}" is not a 6-digit HS code; skipped`,
      where,
      hs6,
    );
    context.skipped("invalid_hs_code");
    return undefined;
  }
  const value = Number(text);
  if (!isIsoDate(date) || text === "" || !Number.isFinite(value) || value < 0) {
    context.warn(
      "invalid_row",
      "warning",
      `date "${date}" or rate "${text}" is not valid; skipped`,
      where,
    );
    context.skipped("invalid_row");
    return undefined;
  }
  const rate = round(value);
  if (rate !== value) {
    context.warn(
      "float_artifact",
      "info",
      `rates such as ${text} carry floating-point artefacts; rounded (${rate})`,
      where,
      file,
    );
  }
  const description = header.has("description") ? get("description") || undefined : undefined;
  return { hs6, date, rate, where, file, description };
}

/** Adds a rate to its side's series; a second row for the same date is merged (same rate) or skipped (another rate). */
function addRate(
  reading: RateReading,
  series: RateSeries,
  firstSeen: Map<string, RowRef>,
  context: ImportContext,
): void {
  const { hs6, date, rate, where, file, description } = reading;
  if (!firstSeen.has(hs6)) firstSeen.set(hs6, where);
  const byDate = series.get(hs6) ?? new Map<string, RateRow>();
  series.set(hs6, byDate);
  const same = byDate.get(date);
  if (same) {
    if (same.rate === rate) context.merged("duplicate_row");
    else {
      context.warn(
        "conflicting_duplicate_row",
        "warning",
        `hs6 ${hs6} has two rates for ${date} (${same.rate} and ${rate}); the first is kept`,
        where,
      );
      context.skipped("conflicting_duplicate_row");
    }
    return;
  }
  byDate.set(date, { date, rate, where, file, description });
}

/** Reads every tariff file into the US and Chinese rate series, counting each data row. */
export async function readTariffSeries(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): Promise<TariffSeries> {
  const series: Record<Imposer, RateSeries> = { US: new Map(), CN: new Map() };
  const firstSeen = new Map<string, RowRef>();
  for await (const input of inputs) {
    const file = baseName(input.name);
    let header: TariffHeader | undefined;
    for await (const row of csvRows(input, context, { header: true })) {
      if (!header) {
        header = readHeader(row, file, context);
        if (!header) break;
        continue;
      }
      context.read();
      const reading = readRate(row, header.index, file, context);
      if (reading) addRate(reading, series[header.imposer], firstSeen, context);
    }
  }
  return { series, firstSeen };
}
