import { HS_2022_CHAPTERS, HS_2022_CODES } from "./generated/hs-2022.js";
import { decodeHsCodes, type HsCodeLists } from "./hs-code-table.js";
import { StatecraftCoreError } from "./statecraft-error.js";

/**
 * The level of a Harmonized System code: its number of digits.
 *
 * `2` is a chapter (`72`), `4` a heading (`7208`), `6` a subheading (`720810`).
 */
export type HsLevel = 2 | 4 | 6;

/**
 * The Harmonized System editions whose code sets this package ships.
 *
 * @example
 * ```ts
 * HS_NOMENCLATURE_VERSIONS.includes("2022"); // true
 * ```
 */
export const HS_NOMENCLATURE_VERSIONS = ["2022"] as const;

/** One of {@link HS_NOMENCLATURE_VERSIONS}. */
export type HsNomenclatureVersion = (typeof HS_NOMENCLATURE_VERSIONS)[number];

const CANONICAL = /^\d{2}(?:\d{2}(?:\d{2})?)?$/;

/** The digits of the `index`-th code of a string of `width`-digit codes, as a number. */
function codeAt(codes: string, index: number, width: number): number {
  let value = 0;
  for (let i = index * width, end = i + width; i < end; i++)
    value = value * 10 + codes.charCodeAt(i) - 48;
  return value;
}

/**
 * Whether a code is in a string of codes of its width concatenated in ascending order: a binary
 * search, so that checking a code neither builds a set of the 6,800 codes first nor allocates.
 */
function inSortedCodes(codes: string, code: string): boolean {
  const width = code.length;
  const target = Number(code);
  let low = 0;
  let high = codes.length / width - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = codeAt(codes, middle, width);
    if (value === target) return true;
    if (value < target) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

let hs2022: HsCodeLists | undefined;

/**
 * The HS 2022 codes of one level, concatenated in ascending order; the headings and subheadings
 * are decoded from their compact form on first use (once; 2-11 ms on a loaded 2-core machine).
 *
 * @internal
 */
export function hs2022Codes(level: HsLevel): string {
  if (level === 2) return HS_2022_CHAPTERS;
  hs2022 ??= decodeHsCodes(HS_2022_CODES);
  return level === 4 ? hs2022.headings : hs2022.subheadings;
}

/**
 * Tells whether a string is a chapter, heading or subheading of the given HS edition.
 *
 * Only the canonical form is accepted: 2, 4 or 6 digits, no dots or spaces (the form
 * `ProductCode.code` stores). Pass other spellings such as `"7208.10"` through
 * {@link normalizeHsCode} first. Chapter 77 (reserved) and chapters 98–99 (national use) are
 * not HS codes; neither are codes dropped from the edition (e.g. `851712` in HS 2022).
 *
 * @param version - The HS edition; `"2022"` (the only one shipped) by default.
 * @throws {StatecraftCoreError} `unsupported_nomenclature` when `version` is not in {@link HS_NOMENCLATURE_VERSIONS} (JavaScript callers).
 * @example
 * ```ts
 * isHsCode("72"); // true
 * isHsCode("7208"); // true
 * isHsCode("720810"); // true
 * isHsCode("7208.10"); // false — normalize first
 * isHsCode("851712"); // false — not in HS 2022
 * ```
 */
export function isHsCode(code: string, version: HsNomenclatureVersion = "2022"): boolean {
  if (version !== "2022") {
    throw new StatecraftCoreError(
      "unsupported_nomenclature",
      `Unsupported HS version ${JSON.stringify(version)}; supported: ${HS_NOMENCLATURE_VERSIONS.join(", ")}`,
    );
  }
  const level = hsCodeLevel(code);
  return level !== undefined && inSortedCodes(hs2022Codes(level), code);
}

/**
 * Returns the level of a canonical HS code from its shape (2, 4 or 6 digits).
 *
 * It does not check that the code exists; combine it with {@link isHsCode} for that.
 *
 * @returns The level, or `undefined` when the string is not 2, 4 or 6 digits.
 * @example
 * ```ts
 * hsCodeLevel("7208"); // 4
 * hsCodeLevel("72081000"); // undefined — 8-digit national tariff lines are not HS codes
 * ```
 */
export function hsCodeLevel(code: string): HsLevel | undefined {
  return CANONICAL.test(code) ? (code.length as HsLevel) : undefined;
}

/**
 * Returns the parent of a canonical HS code: a subheading's heading, a heading's chapter.
 *
 * Works on the shape only (it drops the last two digits); it does not check that either code
 * exists.
 *
 * @returns The parent code, or `undefined` for a chapter or a malformed code.
 * @example
 * ```ts
 * hsParent("720810"); // "7208"
 * hsParent("7208"); // "72"
 * hsParent("72"); // undefined
 * ```
 */
export function hsParent(code: string): string | undefined {
  const level = hsCodeLevel(code);
  return level === undefined || level === 2 ? undefined : code.slice(0, level - 2);
}

/**
 * Turns a written HS code into its canonical digits-only form, or `undefined` if it is not one.
 *
 * Accepts surrounding whitespace and the WCO's dotted spellings: `"72"`, `"72.08"` or
 * `"7208"`, `"7208.10"`, `"7208 10"` or `"720810"`. It does not pad missing leading zeros
 * (`"101"` is rejected, not read as `"0101"`), does not truncate 8- or 10-digit national codes,
 * and does not check that the code exists (see {@link isHsCode}).
 *
 * @example
 * ```ts
 * normalizeHsCode(" 7208.10 "); // "720810"
 * normalizeHsCode("72.08"); // "7208"
 * normalizeHsCode("7208.10.00"); // undefined
 * ```
 */
export function normalizeHsCode(code: string): string | undefined {
  const match = /^(\d{2})(?:\.?(\d{2})|(\d{2})[. ]?(\d{2}))?$/.exec(code.trim());
  if (!match) return undefined;
  const [, chapter, heading, headingOfSubheading, subheading] = match;
  return `${chapter}${heading ?? ""}${headingOfSubheading ?? ""}${subheading ?? ""}`;
}
