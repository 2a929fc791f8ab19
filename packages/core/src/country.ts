import * as z from "zod";
import {
  COUNTRIES,
  RETIRED_COUNTRY_CODES,
  USER_ASSIGNED_COUNTRY_CODES,
} from "./generated/countries.js";

/**
 * A country or territory with an officially assigned ISO 3166-1 code.
 *
 * Generated from the `datasets/country-codes` list (ODC-PDDL-1.0, vendored as
 * `data/iso3166-country-codes.csv`): codes from its ISO 3166-1 columns, `name` from its CLDR
 * display name and `officialName` from the UN Statistics Division's English name.
 */
export interface Country {
  /** The ISO 3166-1 alpha-2 code, upper case, e.g. `CN`. */
  readonly alpha2: string;
  /** The ISO 3166-1 alpha-3 code, upper case, e.g. `CHN`. */
  readonly alpha3: string;
  /** The ISO 3166-1 numeric code as a zero-padded three-digit string, e.g. `"156"`, `"004"`. */
  readonly numeric: string;
  /**
   * The customary English short name (CLDR), e.g. `China`, `Taiwan`, `Hong Kong`, `US`, `UK`.
   */
  readonly name: string;
  /**
   * The official English short name used by the UN Statistics Division, e.g.
   * `United Kingdom of Great Britain and Northern Ireland`, `Iran (Islamic Republic of)`,
   * `China, Hong Kong Special Administrative Region`. Not the long formal name: `China`, not
   * `People's Republic of China`.
   */
  readonly officialName: string;
}

/**
 * An alpha-2 code withdrawn from ISO 3166-1, as listed in ISO 3166-3.
 */
export interface RetiredCountryCode {
  /** The withdrawn alpha-2 code, e.g. `YU`. */
  readonly alpha2: string;
  /** The English name of what the code stood for, e.g. `Yugoslavia`. */
  readonly name: string;
  /** The year the code was withdrawn from ISO 3166-1, e.g. `2003`. */
  readonly withdrawn: number;
}

/**
 * Every country and territory with an officially assigned ISO 3166-1 code, sorted by alpha-2.
 *
 * The user-assigned code `XK` (Kosovo), often used alongside them, is not ISO 3166-1 and is
 * left out: {@link getCountry} returns `undefined` for it and {@link CountryCodeSchema} rejects it.
 *
 * @example
 * ```ts
 * countries.length; // 249
 * countries.find((c) => c.alpha3 === "DEU")?.alpha2; // "DE"
 * ```
 */
export const countries: readonly Country[] = COUNTRIES;

/**
 * Every alpha-2 code withdrawn from ISO 3166-1 (ISO 3166-3), sorted by code then withdrawal year.
 *
 * A code can appear twice (`CS`: Czechoslovakia until 1993, Serbia and Montenegro until 2006),
 * and four were later reassigned and are valid again today: `AI`, `BQ`, `GE`, `SK`.
 *
 * Not exported from `@statecraft/core`: look a code up with {@link getRetiredCountryCode}.
 */
export const retiredCountryCodes: readonly RetiredCountryCode[] = RETIRED_COUNTRY_CODES;

let byAlpha2: ReadonlyMap<string, Country> | undefined;
let retiredByAlpha2: ReadonlyMap<string, RetiredCountryCode> | undefined;

/**
 * Looks up a country by its ISO 3166-1 alpha-2 code (exact, upper case) in constant time.
 *
 * @returns The country, or `undefined` when the code is not officially assigned (including
 * lower-case input such as `"cn"`).
 * @example
 * ```ts
 * getCountry("CN")?.name; // "China"
 * getCountry("cn"); // undefined
 * ```
 */
export function getCountry(alpha2: string): Country | undefined {
  byAlpha2 ??= new Map(countries.map((c) => [c.alpha2, c]));
  return byAlpha2.get(alpha2);
}

/**
 * Tells whether a string is an officially assigned ISO 3166-1 alpha-2 code (exact, upper case).
 *
 * @example
 * ```ts
 * isCountryCode("FR"); // true
 * isCountryCode("fr"); // false
 * isCountryCode("YU"); // false (withdrawn in 2003)
 * isCountryCode("XK"); // false (user-assigned, not ISO 3166-1)
 * ```
 */
export function isCountryCode(code: string): boolean {
  return getCountry(code) !== undefined;
}

/**
 * Looks up an alpha-2 code in ISO 3166-3, the list of codes withdrawn from ISO 3166-1.
 *
 * When a code was withdrawn twice (`CS`), the most recent withdrawal is returned. The answer
 * does not say the code is invalid today: `AI`, `BQ`, `GE` and `SK` were reassigned, so check
 * {@link isCountryCode} first when reading current data.
 *
 * @returns The withdrawal record, or `undefined` when the code was never withdrawn.
 * @example
 * ```ts
 * getRetiredCountryCode("YU"); // { alpha2: "YU", name: "Yugoslavia", withdrawn: 2003 }
 * getRetiredCountryCode("CS")?.name; // "Serbia and Montenegro"
 * getRetiredCountryCode("FR"); // undefined
 * ```
 */
export function getRetiredCountryCode(code: string): RetiredCountryCode | undefined {
  // The list is sorted by code then year, so the last entry per code wins.
  retiredByAlpha2 ??= new Map(retiredCountryCodes.map((r) => [r.alpha2, r]));
  return retiredByAlpha2.get(code);
}

/** Explains why a well-formed code is not accepted, naming what it used to stand for. */
function notAssignedMessage(code: string): string {
  const base = `"${code}" is not an ISO 3166-1 alpha-2 code`;
  const userAssigned = USER_ASSIGNED_COUNTRY_CODES.find((u) => u.alpha2 === code);
  if (userAssigned) return `${base} (user-assigned, used for ${userAssigned.name})`;
  const retired = getRetiredCountryCode(code);
  if (retired) return `${base} (${retired.name}, withdrawn ${retired.withdrawn})`;
  return base;
}

/**
 * An officially assigned ISO 3166-1 alpha-2 country code: two upper-case letters that are in
 * {@link countries}.
 *
 * Withdrawn codes (`YU`, `SU`, …) and the user-assigned `XK` (Kosovo) are rejected; for data that
 * needs `XK`, use `CountryCodeSchema.or(z.literal("XK"))`.
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse("CN"); // "CN"
 * CountryCodeSchema.safeParse("YU").error?.issues[0]?.message;
 * // '"YU" is not an ISO 3166-1 alpha-2 code (Yugoslavia, withdrawn 2003)'
 * ```
 */
export const CountryCodeSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[A-Z]{2}$/, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not an ISO 3166-1 alpha-2 code (expected two upper-case letters)`,
    abort: true,
  })
  .check((ctx) => {
    if (isCountryCode(ctx.value)) return;
    // The domain code rides in the issue's params, for validators to report it by name.
    const code = getRetiredCountryCode(ctx.value) ? "retired_country_code" : "unknown_country_code";
    ctx.issues.push({
      code: "custom",
      message: notAssignedMessage(ctx.value),
      input: ctx.value,
      params: { code },
    });
  })
  .meta({
    id: "CountryCode",
    description:
      "An officially assigned ISO 3166-1 alpha-2 country code, in upper case, e.g. `CN` (JSON Schema checks the pattern only).",
    examples: ["CN", "US", "DE"],
  });
