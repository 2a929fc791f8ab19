/**
 * Country codes outside ISO 3166-1, hand-kept here because the vendored country list holds the
 * officially assigned codes only: user-assigned codes in common use, and the codes ISO 3166-3
 * records as withdrawn.
 */

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
