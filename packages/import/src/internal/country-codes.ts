import { countries, getCountry } from "@statecraft/core";
import { FIPS_ISO } from "../generated/event-reference.js";
import type { ImportContext, RowRef } from "./context.js";

/** What a country code or name resolves to: an ISO 3166-1 alpha-2 code, Kosovo, a region, or nothing. */
export type CountryResolution =
  | { readonly kind: "iso"; readonly alpha2: string; readonly alias?: string }
  | { readonly kind: "kosovo" }
  | { readonly kind: "region"; readonly name: string }
  | { readonly kind: "unknown" };

const ALPHA3 = new Map(countries.map((c) => [c.alpha3, c.alpha2]));
const ALPHA2_TO_3 = new Map(countries.map((c) => [c.alpha2, c.alpha3]));

/**
 * Three-letter codes that event data uses for a state but that are not its current ISO 3166-1
 * alpha-3 code, with the alpha-2 code meant and why.
 */
const CAMEO_COUNTRY_ALIASES: Readonly<Record<string, readonly [alpha2: string, why: string]>> = {
  ROM: ["RO", "Romania's ISO 3166-1 alpha-3 code until 2002"],
  TMP: ["TL", "East Timor's ISO 3166-1 alpha-3 code until 2002"],
  ZAR: ["CD", "Zaire's ISO 3166-1 alpha-3 code until 1997"],
  JAP: ["JP", "a legacy (KEDS) dictionary code for Japan"],
  ITL: ["IT", "a legacy (KEDS) dictionary code for Italy"],
  VTN: ["VN", "a legacy (KEDS) dictionary code for Vietnam"],
};

/** CAMEO's codes for regions, which are not states. */
const CAMEO_REGIONS: Readonly<Record<string, string>> = {
  AFR: "Africa",
  ASA: "Asia",
  BLK: "the Balkans",
  CAS: "Central Asia",
  CAU: "the Caucasus",
  CRB: "the Caribbean",
  EAF: "East Africa",
  EEU: "Eastern Europe",
  EUR: "Europe",
  LAM: "Latin America",
  MDT: "the Mediterranean",
  MEA: "the Middle East",
  NAF: "North Africa",
  NMR: "North America",
  PGS: "the Persian Gulf",
  SAM: "South America",
  SAS: "South Asia",
  SCN: "Scandinavia",
  SEA: "Southeast Asia",
  WAF: "West Africa",
  WST: "the West",
};

/** Kosovo's codes in event data (CAMEO `KOS`, the common `XKX`); Kosovo has no ISO 3166-1 code. */
const KOSOVO_CODES = new Set(["KOS", "XKX"]);

/**
 * Resolves a CAMEO / ISO 3166-1 alpha-3 country code (`USA`, `CHN`, the legacy `JAP`) to an
 * ISO alpha-2 code. Regions (`AFR`, `WST`) and unknown codes say so.
 */
export function resolveAlpha3(code: string): CountryResolution {
  const upper = code.trim().toUpperCase();
  const iso = ALPHA3.get(upper);
  if (iso) return { kind: "iso", alpha2: iso };
  const alias = CAMEO_COUNTRY_ALIASES[upper];
  if (alias) return { kind: "iso", alpha2: alias[0], alias: alias[1] };
  if (KOSOVO_CODES.has(upper)) return { kind: "kosovo" };
  const region = CAMEO_REGIONS[upper];
  if (region) return { kind: "region", name: region };
  return { kind: "unknown" };
}

/** The ISO 3166-1 alpha-3 code of an alpha-2 code (`CN` → `CHN`). */
export function alpha3Of(alpha2: string): string | undefined {
  return ALPHA2_TO_3.get(alpha2.toUpperCase());
}

const FIPS = new Map(FIPS_ISO);

/**
 * Resolves a FIPS 10-4 country code (GDELT's geographic columns: `CH` is China, `SZ` Switzerland,
 * `WA` Namibia) to ISO 3166-1 alpha-2.
 */
export function resolveFips(code: string): CountryResolution {
  const upper = code.trim().toUpperCase();
  if (upper === "KV") return { kind: "kosovo" };
  const iso = FIPS.get(upper);
  return iso ? { kind: "iso", alpha2: iso } : { kind: "unknown" };
}

/** Lower case, no diacritics, `&` as `and`, no leading `the`, letters and digits only. */
function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/^\s*the\s+/, "")
    .replace(/[^a-z0-9]+/g, "");
}

/** Names event data and legislatures' data use that are neither CLDR nor UN names, with their ISO code. */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  "Democratic Republic of Congo": "CD",
  "Czech Republic": "CZ",
  "Occupied Palestinian Territory": "PS",
  "Palestinian Territories": "PS",
  "the former Yugoslav Republic of Macedonia": "MK",
  Macedonia: "MK",
  Turkey: "TR",
  Swaziland: "SZ",
  Burma: "MM",
  "East Timor": "TL",
  Macau: "MO",
  Britain: "GB",
  "Great Britain": "GB",
  "United States of America": "US",
};

let byName: ReadonlyMap<string, string> | undefined;

function nameIndex(): ReadonlyMap<string, string> {
  if (byName) return byName;
  const index = new Map<string, string>();
  for (const c of countries) {
    index.set(nameKey(c.name), c.alpha2);
    index.set(nameKey(c.officialName), c.alpha2);
  }
  for (const [name, alpha2] of Object.entries(NAME_ALIASES)) index.set(nameKey(name), alpha2);
  byName = index;
  return index;
}

/**
 * Resolves a country name (`China`, `Russian Federation`, `Moldova, Republic of`,
 * `Palestinian Territory, Occupied`, `Côte d'Ivoire`) to ISO 3166-1 alpha-2. Inverted names
 * (`X, Republic of`) are read both ways.
 */
export function resolveCountryName(name: string): CountryResolution {
  const trimmed = name.trim();
  if (!trimmed) return { kind: "unknown" };
  if (nameKey(trimmed) === "kosovo") return { kind: "kosovo" };
  const index = nameIndex();
  const direct = index.get(nameKey(trimmed));
  if (direct) return { kind: "iso", alpha2: direct };
  const inverted = /^(.+?),\s*(.+)$/.exec(trimmed);
  if (inverted) {
    const found = index.get(nameKey(`${inverted[2]} ${inverted[1]}`));
    if (found) return { kind: "iso", alpha2: found };
  }
  return { kind: "unknown" };
}

/** Whether an ISO code is assigned (for codes read from data, such as PLOVER's `country code`). */
export function isAssignedAlpha2(code: string): boolean {
  return getCountry(code.trim().toUpperCase()) !== undefined;
}

/**
 * Queues the state record a resolution names and returns its id: `state-<alpha-2>`, or
 * `state-xk` for Kosovo (partially recognised, user-assigned code, not ISO 3166-1).
 */
export function stateOf(
  resolution: CountryResolution,
  context: ImportContext,
  locator: string,
): string | undefined {
  if (resolution.kind === "iso") return context.isoState(resolution.alpha2, locator);
  if (resolution.kind === "kosovo") {
    return context.state(
      {
        id: "state-xk",
        name: "Kosovo",
        statehood: "partially_recognized",
        note: "Kosovo has no ISO 3166-1 code; XK is a user-assigned code.",
      },
      locator,
    );
  }
  return undefined;
}

/** Reports a code resolved through an alias (once per code). */
export function reportAlias(
  context: ImportContext,
  code: string,
  resolution: CountryResolution,
  where: RowRef,
): void {
  if (resolution.kind === "iso" && resolution.alias) {
    context.warn(
      "legacy_country_code",
      "info",
      `country code "${code}" is ${resolution.alias}; read as ${resolution.alpha2}`,
      where,
      code,
    );
  }
}
