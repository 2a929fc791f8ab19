import { getCountry, isCountryCode } from "@statecraft/core";
import { HSG_COUNTRIES } from "../generated/hsg-reference.js";
import type { ImportContext, RowRef } from "./context.js";

const CROSSWALK = new Map(
  HSG_COUNTRIES.map(([slug, iso2, label]) => [slug, { iso2: iso2.toUpperCase(), label }]),
);

/** Slugs the HSG files use that the HSG crosswalk lacks (all documented in the data READMEs), with their ISO code. */
const MISSING_SLUGS: Readonly<Record<string, string>> = {
  antarctica: "AQ",
  "congo-kinshasa": "CD",
  czechia: "CZ",
  eswatini: "SZ",
  "french-polynesia": "PF",
  "new-caledonia": "NC",
  niue: "NU",
  "north-macedonia": "MK",
  turkiye: "TR",
  "west-bank": "PS",
};

/** Misspelt slugs and the slug meant. */
const SLUG_TYPOS: Readonly<Record<string, string>> = { somoa: "samoa" };

/** Crosswalk entries whose `iso2` is not the entity's ISO 3166-1 code, with the right code. */
const CODE_CORRECTIONS: Readonly<Record<string, string>> = {
  estonia: "EE", // HSG has "ew"
  "cook-islands": "CK", // HSG has "cw" (Curaçao's code)
  macau: "MO", // HSG has "xj"
  burma: "MM", // HSG has "bu", withdrawn in 1989 when Burma became Myanmar
};

/** Entities without an ISO code of their own that still have a statehood we can state. */
const PARTIALLY_RECOGNIZED = new Set(["kosovo"]);

/**
 * Resolves an HSG country slug (and its display label) to a state record id, queueing the state
 * record. Every mapping that is not a plain crosswalk lookup is reported.
 */
export function resolveHsgCountry(
  slug: string,
  label: string,
  where: RowRef,
  context: ImportContext,
): string {
  const locator = `country ${slug}`;
  if (
    slug === "china" &&
    /republic of china|china, republic of/i.test(label) &&
    !/people/i.test(label)
  ) {
    context.warn(
      "ambiguous_country_slug",
      "warning",
      `slug "china" is used for both the People's Republic of China and the Republic of China; "${label}" is mapped to Taiwan (TW)`,
      where,
      label,
    );
    return context.isoState("TW", `${locator} (${label})`)!;
  }
  const typo = SLUG_TYPOS[slug];
  if (typo !== undefined) {
    context.warn(
      "country_slug_typo",
      "warning",
      `country slug "${slug}" is a typo for "${typo}"; mapped to ${typo}`,
      where,
      slug,
    );
    return resolveHsgCountry(typo, label, where, context);
  }
  const missing = MISSING_SLUGS[slug];
  if (missing !== undefined) {
    context.warn(
      "country_slug_not_in_crosswalk",
      "info",
      `country slug "${slug}" is not in the HSG country crosswalk; mapped to ISO ${missing}`,
      where,
      slug,
    );
    return context.isoState(missing, locator)!;
  }
  const entry = CROSSWALK.get(slug);
  if (entry === undefined) {
    context.warn(
      "unknown_country_slug",
      "warning",
      `country slug "${slug}" ("${label}") is unknown; kept as a state without ISO code`,
      where,
      slug,
    );
    return context.state(
      { id: `state-hsg-${slug}`, name: label || slug, hsgCountry: slug },
      locator,
    );
  }
  const corrected = CODE_CORRECTIONS[slug];
  if (corrected !== undefined) {
    context.warn(
      "crosswalk_code_corrected",
      "info",
      `the HSG crosswalk gives "${slug}" the code "${entry.iso2.toLowerCase()}", which is not its ISO 3166-1 code; mapped to ${corrected}`,
      where,
      slug,
    );
    return context.isoState(corrected, locator)!;
  }
  if (isCountryCode(entry.iso2) && getCountry(entry.iso2))
    return context.isoState(entry.iso2, locator)!;
  // Historical entities (Yugoslavia, Texas, the Two Sicilies...) carry HSG-private or withdrawn codes.
  const partial = PARTIALLY_RECOGNIZED.has(slug);
  context.warn(
    "historical_country",
    "info",
    `"${slug}" (${entry.label}) has no current ISO 3166-1 code (HSG code "${entry.iso2.toLowerCase()}"); imported as a state without one`,
    where,
    slug,
  );
  return context.state(
    {
      id: `state-hsg-${slug}`,
      name: entry.label,
      statehood: partial ? "partially_recognized" : "former",
      hsgCountry: slug,
      note: `Office of the Historian country "${slug}", code "${entry.iso2.toLowerCase()}" (not an ISO 3166-1 code).`,
    },
    locator,
  );
}
