/**
 * ISO 3166-1 countries: read from the vendored `data/iso3166-country-codes.csv` and rendered,
 * with the hand-kept codes of `extra-country-codes.ts`, as `src/generated/countries.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv.js";
import { ISO_3166_3_WITHDRAWN_ALPHA2, USER_ASSIGNED_ALPHA2 } from "./extra-country-codes.js";
import { PACKAGE_ROOT } from "./package-root.js";

/** The vendored ISO 3166-1 country list (datasets/country-codes), relative to {@link PACKAGE_ROOT}. */
export const COUNTRY_CSV_PATH = "data/iso3166-country-codes.csv";

/**
 * The columns of the country CSV the generator reads (the file has 56; they are found by name).
 */
export const COUNTRY_CSV_COLUMNS = {
  alpha2: "ISO3166-1-Alpha-2",
  alpha3: "ISO3166-1-Alpha-3",
  numeric: "ISO3166-1-numeric",
  name: "CLDR display name",
  officialName: "official_name_en",
  formalName: "UNTERM English Formal",
} as const;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const str = (value: string): string => JSON.stringify(value);

/**
 * Common names used instead of CLDR's where CLDR gives an abbreviation or a clipped form, so that
 * `name` reads as a name in prose and tables.
 */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  BA: "Bosnia and Herzegovina",
  GB: "United Kingdom",
  US: "United States",
};

/** One row of the country list, as the generator keeps it. */
export interface CountryRow {
  /** `CN`; Namibia is the string `NA`. */
  readonly alpha2: string;
  /** `CHN`. */
  readonly alpha3: string;
  /** Zero-padded to three digits: `156`, `004`. */
  readonly numeric: string;
  /** `CLDR display name`, e.g. `China`. */
  readonly name: string;
  /** `official_name_en`, else `UNTERM English Formal`, else {@link CountryRow.name}. */
  readonly officialName: string;
}

/**
 * Reads and validates the vendored country CSV, returning one row per ISO 3166-1 code sorted by
 * alpha-2. Pads the numeric code to three digits; keeps Namibia's `NA` as a string.
 *
 * @throws Error when a column is missing, a row has the wrong number of fields, a code is
 * malformed or duplicated, a name is empty, or a hand-kept user-assigned code appears in it.
 */
export function readCountryRows(root: string = PACKAGE_ROOT): CountryRow[] {
  const [header, ...records] = parseCsv(readFileSync(join(root, COUNTRY_CSV_PATH), "utf8"));
  if (header === undefined) throw new Error(`${COUNTRY_CSV_PATH}: empty file`);
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0 || header.lastIndexOf(name) !== index) {
      throw new Error(`${COUNTRY_CSV_PATH}: expected exactly one column ${JSON.stringify(name)}`);
    }
    return index;
  };
  const at = {
    alpha2: column(COUNTRY_CSV_COLUMNS.alpha2),
    alpha3: column(COUNTRY_CSV_COLUMNS.alpha3),
    numeric: column(COUNTRY_CSV_COLUMNS.numeric),
    name: column(COUNTRY_CSV_COLUMNS.name),
    officialName: column(COUNTRY_CSV_COLUMNS.officialName),
    formalName: column(COUNTRY_CSV_COLUMNS.formalName),
  };
  const rows: CountryRow[] = [];
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const where = `${COUNTRY_CSV_PATH} row ${index + 2}`;
    if (record.length !== header.length) {
      throw new Error(`${where}: ${record.length} fields, expected ${header.length}`);
    }
    // `trim` also strips the lone U+00A0 some cells of this file hold instead of being empty.
    const cell = (i: number): string => (record[i] ?? "").trim();
    const alpha2 = cell(at.alpha2);
    const alpha3 = cell(at.alpha3);
    const numericText = cell(at.numeric);
    if (
      !/^[A-Z]{2}$/.test(alpha2) ||
      !/^[A-Z]{3}$/.test(alpha3) ||
      !/^\d{1,3}$/.test(numericText)
    ) {
      throw new Error(`${where}: malformed codes ${alpha2}/${alpha3}/${numericText}`);
    }
    // Not zero-padded in the file: `4` for Afghanistan, `16` for American Samoa.
    const numeric = numericText.padStart(3, "0");
    for (const key of [alpha2, alpha3, numeric]) {
      if (seen.has(key)) throw new Error(`${where}: duplicate code ${key}`);
      seen.add(key);
    }
    if (USER_ASSIGNED_ALPHA2.some((u) => u.alpha2 === alpha2)) {
      throw new Error(`${where}: ${alpha2} is listed as user-assigned in the generator`);
    }
    const name = NAME_OVERRIDES[alpha2] ?? cell(at.name);
    if (name === "") throw new Error(`${where}: empty ${COUNTRY_CSV_COLUMNS.name}`);
    const officialName = cell(at.officialName) || cell(at.formalName) || name;
    rows.push({ alpha2, alpha3, numeric, name, officialName });
  }
  return rows.sort((a, b) => compare(a.alpha2, b.alpha2));
}

/** Renders `src/generated/countries.ts` from the rows of {@link readCountryRows}. */
export function renderCountries(rows: readonly CountryRow[]): string {
  const userAssigned = [...USER_ASSIGNED_ALPHA2].sort((a, b) => compare(a.alpha2, b.alpha2));
  const retired = [...ISO_3166_3_WITHDRAWN_ALPHA2].sort(
    (a, b) => compare(a.alpha2, b.alpha2) || a.withdrawn - b.withdrawn,
  );

  const lines = [
    "// Generated by scripts/generate-reference.ts from data/iso3166-country-codes.csv (datasets/country-codes, ODC-PDDL-1.0) — do not edit.",
    'import type { Country, RetiredCountryCode } from "../country.js";',
    "",
    "/** ISO 3166-1 officially assigned country codes, sorted by alpha-2. */",
    "export const COUNTRIES: readonly Country[] = [",
    ...rows.map(
      (c) =>
        `  { alpha2: ${str(c.alpha2)}, alpha3: ${str(c.alpha3)}, numeric: ${str(c.numeric)}, name: ${str(c.name)}, officialName: ${str(c.officialName)} },`,
    ),
    "];",
    "",
    "/**",
    " * User-assigned codes in common use (not ISO 3166-1, so not in COUNTRIES), with what they",
    " * stand for; hand-kept in the generator and used for error messages only.",
    " */",
    "export const USER_ASSIGNED_COUNTRY_CODES: readonly { readonly alpha2: string; readonly name: string }[] = [",
    ...userAssigned.map((c) => `  { alpha2: ${str(c.alpha2)}, name: ${str(c.name)} },`),
    "];",
    "",
    "/** ISO 3166-3: alpha-2 codes withdrawn from ISO 3166-1, sorted by alpha-2 then withdrawal year. */",
    "export const RETIRED_COUNTRY_CODES: readonly RetiredCountryCode[] = [",
    ...retired.map(
      (r) => `  { alpha2: ${str(r.alpha2)}, name: ${str(r.name)}, withdrawn: ${r.withdrawn} },`,
    ),
    "];",
    "",
  ];
  return lines.join("\n");
}
