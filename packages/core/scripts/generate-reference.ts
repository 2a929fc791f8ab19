/**
 * Generates the reference-data modules in `src/generated/` from their inputs:
 *
 * - `src/generated/countries.ts` from `data/iso3166-country-codes.csv` plus the hand-kept
 *   user-assigned and ISO 3166-3 lists below;
 * - `src/generated/hs-2022.ts` and `src/generated/hs-2022-descriptions.ts` from `data/hs-2022.csv`.
 *
 * Usage (in `packages/core`):
 *
 * ```sh
 * pnpm exec tsx scripts/generate-reference.ts          # write the files
 * pnpm exec tsx scripts/generate-reference.ts --check  # exit 1 if a committed file differs
 * ```
 *
 * The output is deterministic (fixed order, no timestamps), so `--check` and
 * `test/reference-drift.test.ts` can compare it byte for byte.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The `packages/core` directory (the script lives in `packages/core/scripts`). */
export const PACKAGE_ROOT: string = fileURLToPath(new URL("..", import.meta.url));

/** The vendored HS 2022 code list, relative to {@link PACKAGE_ROOT}. */
export const HS_CSV_PATH = "data/hs-2022.csv";

/** The header the HS code list must have, exactly. */
export const HS_CSV_HEADER = ["section", "hscode", "description", "parent", "level"] as const;

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

/**
 * Codes that are not ISO 3166-1 but are in common use as if they were, with the name of what
 * they stand for; the generated module uses them for error messages only.
 *
 * Hand-kept because `data/iso3166-country-codes.csv` lists officially assigned codes only.
 * `XK` is a user-assigned code (ISO 3166-1 reserves `XA`–`XZ` for users) adopted for Kosovo by
 * the European Commission and others; Kosovo has no ISO 3166-1 code.
 */
export const USER_ASSIGNED_ALPHA2: ReadonlyArray<{
  readonly alpha2: string;
  readonly name: string;
}> = [{ alpha2: "XK", name: "Kosovo" }];

/**
 * ISO 3166-3 ("Code for formerly used names of countries"): every alpha-2 code withdrawn from
 * ISO 3166-1, with an English short name and the year it was withdrawn.
 *
 * Source: ISO 3166-3 (31 entries); withdrawal dates as recorded in the Debian `iso-codes`
 * package (`data/iso_3166-3.json`, 4.20.x). Ordered by alpha-2, then withdrawal year.
 * Left out on purpose: `BYAA` (Byelorussian SSR, 1992), whose alpha-2 `BY` was never withdrawn
 * (only its alpha-3 changed, BYS → BLR). `CS` appears twice (Czechoslovakia, then Serbia and
 * Montenegro). `AI`, `BQ`, `GE` and `SK` were later reassigned and are current ISO 3166-1 codes
 * again (Anguilla, Bonaire/Sint Eustatius/Saba, Georgia, Slovakia).
 */
export const ISO_3166_3_WITHDRAWN_ALPHA2: ReadonlyArray<{
  readonly alpha2: string;
  readonly iso3166_3: string;
  readonly name: string;
  readonly withdrawn: number;
}> = [
  { alpha2: "AI", iso3166_3: "AIDJ", name: "French Afars and Issas", withdrawn: 1977 },
  { alpha2: "AN", iso3166_3: "ANHH", name: "Netherlands Antilles", withdrawn: 2010 },
  { alpha2: "BQ", iso3166_3: "BQAQ", name: "British Antarctic Territory", withdrawn: 1979 },
  { alpha2: "BU", iso3166_3: "BUMM", name: "Burma", withdrawn: 1989 },
  { alpha2: "CS", iso3166_3: "CSHH", name: "Czechoslovakia", withdrawn: 1993 },
  { alpha2: "CS", iso3166_3: "CSXX", name: "Serbia and Montenegro", withdrawn: 2006 },
  { alpha2: "CT", iso3166_3: "CTKI", name: "Canton and Enderbury Islands", withdrawn: 1984 },
  { alpha2: "DD", iso3166_3: "DDDE", name: "German Democratic Republic", withdrawn: 1990 },
  { alpha2: "DY", iso3166_3: "DYBJ", name: "Dahomey", withdrawn: 1977 },
  {
    alpha2: "FQ",
    iso3166_3: "FQHH",
    name: "French Southern and Antarctic Territories",
    withdrawn: 1979,
  },
  { alpha2: "FX", iso3166_3: "FXFR", name: "France, Metropolitan", withdrawn: 1997 },
  { alpha2: "GE", iso3166_3: "GEHH", name: "Gilbert and Ellice Islands", withdrawn: 1979 },
  { alpha2: "HV", iso3166_3: "HVBF", name: "Upper Volta", withdrawn: 1984 },
  { alpha2: "JT", iso3166_3: "JTUM", name: "Johnston Island", withdrawn: 1986 },
  { alpha2: "MI", iso3166_3: "MIUM", name: "Midway Islands", withdrawn: 1986 },
  { alpha2: "NH", iso3166_3: "NHVU", name: "New Hebrides", withdrawn: 1980 },
  { alpha2: "NQ", iso3166_3: "NQAQ", name: "Dronning Maud Land", withdrawn: 1983 },
  { alpha2: "NT", iso3166_3: "NTHH", name: "Neutral Zone", withdrawn: 1993 },
  { alpha2: "PC", iso3166_3: "PCHH", name: "Pacific Islands (Trust Territory)", withdrawn: 1986 },
  {
    alpha2: "PU",
    iso3166_3: "PUUM",
    name: "United States Miscellaneous Pacific Islands",
    withdrawn: 1986,
  },
  { alpha2: "PZ", iso3166_3: "PZPA", name: "Panama Canal Zone", withdrawn: 1980 },
  { alpha2: "RH", iso3166_3: "RHZW", name: "Southern Rhodesia", withdrawn: 1980 },
  { alpha2: "SK", iso3166_3: "SKIN", name: "Sikkim", withdrawn: 1975 },
  { alpha2: "SU", iso3166_3: "SUHH", name: "USSR", withdrawn: 1992 },
  { alpha2: "TP", iso3166_3: "TPTL", name: "East Timor", withdrawn: 2002 },
  { alpha2: "VD", iso3166_3: "VDVN", name: "Democratic Republic of Viet-Nam", withdrawn: 1977 },
  { alpha2: "WK", iso3166_3: "WKUM", name: "Wake Island", withdrawn: 1986 },
  { alpha2: "YD", iso3166_3: "YDYE", name: "Democratic Yemen", withdrawn: 1990 },
  { alpha2: "YU", iso3166_3: "YUCS", name: "Yugoslavia", withdrawn: 2003 },
  { alpha2: "ZR", iso3166_3: "ZRCD", name: "Zaire", withdrawn: 1997 },
];

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const str = (value: string): string => JSON.stringify(value);

/** One generated module: its path relative to {@link PACKAGE_ROOT} and its full text. */
export type ReferenceFiles = Record<string, string>;

/**
 * Parses RFC 4180 CSV text (quoted fields, `""` escapes, LF or CRLF line ends) into rows.
 *
 * @throws Error on an unterminated quoted field or a stray quote inside an unquoted field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = "";
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (fieldStarted) throw new Error(`CSV: stray quote at offset ${i}`);
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      endField();
      rows.push(row);
      row = [];
      i += ch === "\r" ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error("CSV: unterminated quoted field");
  if (fieldStarted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** One row of the HS code list, as the generator keeps it. */
export interface HsRow {
  /** `01`, `0101` or `010121`. */
  readonly code: string;
  /** The description, trailing spaces trimmed. */
  readonly description: string;
  /** 2, 4 or 6. */
  readonly level: 2 | 4 | 6;
}

/**
 * Reads and validates the vendored HS 2022 CSV, returning its chapters, headings and
 * subheadings in ascending code order. Drops the synthetic `TOTAL` row and chapter 99.
 *
 * @throws Error when the header, a code's shape, its level or its parent is not as expected.
 */
export function readHsRows(root: string = PACKAGE_ROOT): HsRow[] {
  const [header, ...records] = parseCsv(readFileSync(join(root, HS_CSV_PATH), "utf8"));
  if (header?.join(",") !== HS_CSV_HEADER.join(",")) {
    throw new Error(
      `${HS_CSV_PATH}: expected header ${HS_CSV_HEADER.join(",")}, got ${header?.join(",")}`,
    );
  }
  const rows: HsRow[] = [];
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const where = `${HS_CSV_PATH} row ${index + 2}`;
    if (record.length !== HS_CSV_HEADER.length)
      throw new Error(`${where}: ${record.length} fields`);
    const [section = "", code = "", description = "", parent = "", levelText = ""] = record;
    if (code === "TOTAL" && levelText === "5") continue; // synthetic root row
    // UN Comtrade's "Commodities not specified according to kind": not WCO HS (chapter 99 is
    // reserved for national use).
    if (code.startsWith("99")) continue;
    const level = Number(levelText);
    if (level !== 2 && level !== 4 && level !== 6) throw new Error(`${where}: level ${levelText}`);
    if (!new RegExp(`^\\d{${level}}$`).test(code))
      throw new Error(`${where}: code ${code} for level ${level}`);
    const expectedParent = level === 2 ? "TOTAL" : code.slice(0, level - 2);
    if (parent !== expectedParent)
      throw new Error(`${where}: parent ${parent}, expected ${expectedParent}`);
    if (level > 2 && !seen.has(expectedParent))
      throw new Error(`${where}: parent ${parent} not listed before it`);
    if (!/^(?:[IVX]+)$/.test(section)) throw new Error(`${where}: section ${section}`);
    if (seen.has(code)) throw new Error(`${where}: duplicate code ${code}`);
    const trimmed = description.trim();
    if (trimmed === "") throw new Error(`${where}: empty description`);
    seen.add(code);
    rows.push({ code, description: trimmed, level });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

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

/** Splits `codes` into one concatenated string literal per chapter, joined with `+`. */
function concatenatedByChapter(codes: readonly string[]): string {
  const byChapter = new Map<string, string>();
  for (const code of codes) {
    const chapter = code.slice(0, 2);
    byChapter.set(chapter, (byChapter.get(chapter) ?? "") + code);
  }
  return [...byChapter.values()].map((chunk) => `  ${str(chunk)}`).join(" +\n");
}

const HS_HEADER =
  "// Generated by scripts/generate-reference.ts from data/hs-2022.csv (datasets/harmonized-system, HS 2022, ODC-PDDL-1.0) — do not edit.";

/** Renders `src/generated/hs-2022.ts`: the code set as three fixed-width concatenated strings. */
export function renderHsCodes(rows: readonly HsRow[]): string {
  const codesAt = (level: 2 | 4 | 6): string[] =>
    rows.filter((r) => r.level === level).map((r) => r.code);
  const chapters = codesAt(2);
  const headings = codesAt(4);
  const subheadings = codesAt(6);
  return [
    HS_HEADER,
    "",
    `/** The ${chapters.length} HS 2022 chapters (2-digit codes), concatenated in ascending order. */`,
    `export const HS_2022_CHAPTERS: string = ${str(chapters.join(""))};`,
    "",
    `/** The ${headings.length} HS 2022 headings (4-digit codes), concatenated in ascending order; one literal per chapter. */`,
    "export const HS_2022_HEADINGS: string =",
    `${concatenatedByChapter(headings)};`,
    "",
    `/** The ${subheadings.length} HS 2022 subheadings (6-digit codes), concatenated in ascending order; one literal per chapter. */`,
    "export const HS_2022_SUBHEADINGS: string =",
    `${concatenatedByChapter(subheadings)};`,
    "",
  ].join("\n");
}

/** Renders `src/generated/hs-2022-descriptions.ts`: code → description, one entry per line. */
export function renderHsDescriptions(rows: readonly HsRow[]): string {
  return [
    HS_HEADER,
    "",
    `/** English descriptions of the ${rows.length} HS 2022 codes (chapters, headings, subheadings), keyed by code. */`,
    "export const HS_2022_DESCRIPTIONS: Readonly<Record<string, string>> = {",
    ...rows.map((r) => `  ${str(r.code)}: ${str(r.description)},`),
    "};",
    "",
  ].join("\n");
}

/**
 * Renders every generated module from the inputs, without writing anything.
 *
 * @returns File text keyed by path relative to `packages/core`, in a fixed order.
 */
export function renderReferenceFiles(root: string = PACKAGE_ROOT): ReferenceFiles {
  const hs = readHsRows(root);
  return {
    "src/generated/countries.ts": renderCountries(readCountryRows(root)),
    "src/generated/hs-2022.ts": renderHsCodes(hs),
    "src/generated/hs-2022-descriptions.ts": renderHsDescriptions(hs),
  };
}

/** Returns the paths whose committed text differs from `files` (or that are missing). */
export function findDrift(files: ReferenceFiles, root: string = PACKAGE_ROOT): string[] {
  const stale: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    let committed: string | undefined;
    try {
      committed = readFileSync(join(root, path), "utf8");
    } catch {
      committed = undefined;
    }
    if (committed !== text) stale.push(path);
  }
  return stale;
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`generate-reference: unknown argument(s) ${unknown.join(" ")}; usage: [--check]`);
    return 2;
  }
  const files = renderReferenceFiles();
  if (argv.includes("--check")) {
    const stale = findDrift(files);
    if (stale.length > 0) {
      console.error(
        `generate-reference --check: ${stale.length} generated file(s) differ from their inputs:\n${stale
          .map((p) => `  packages/core/${p}`)
          .join(
            "\n",
          )}\nRun \`pnpm exec tsx scripts/generate-reference.ts\` in packages/core and commit the result.`,
      );
      return 1;
    }
    console.log(
      `generate-reference --check: ${Object.keys(files).length} generated files are up to date.`,
    );
    return 0;
  }
  for (const [path, text] of Object.entries(files)) {
    writeFileSync(join(PACKAGE_ROOT, path), text);
    console.log(`wrote packages/core/${path} (${Buffer.byteLength(text)} bytes)`);
  }
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = main(process.argv.slice(2));
}
