import type { OrganizationKind } from "@statecraft/core";
import type { ImportContext, RowRef } from "./context.js";
import {
  alpha3Of,
  type CountryResolution,
  reportAlias,
  resolveAlpha3,
  stateOf,
} from "./country-codes.js";
import { slug } from "./text.js";

/** A country name as it reads after "of": `the United States`, `the Philippines`, `China`. */
export function withArticle(name: string): string {
  return /^(?:United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Seychelles$|Comoros$|Central African|Dominican Republic|Czech Republic|.+ Islands$)/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** An actor of an event, resolved to a Statecraft actor record (already queued). */
export interface EventActor {
  /** The actor record id. */
  readonly id: string;
  /** The name titles use. */
  readonly name: string;
  /** The state a person acts for (a participant's `representing`). */
  readonly representing?: string | undefined;
  /** The actor as the source writes it, when the record does not carry that text (kept as a citation quote). */
  readonly text?: string | undefined;
}

/** CAMEO actor types: what they are called and the organisation kind they are. */
const CAMEO_TYPES: Readonly<Record<string, readonly [label: string, kind: OrganizationKind]>> = {
  GOV: ["government", "government"],
  MIL: ["military", "military"],
  LEG: ["legislature", "legislature"],
  JUD: ["judiciary", "government_body"],
  COP: ["police", "government_body"],
  SPY: ["intelligence services", "government_body"],
  MED: ["media", "media"],
  BUS: ["business", "company"],
  MNC: ["multinational corporations", "company"],
  EDU: ["education", "other"],
  HLH: ["health sector", "other"],
  CVL: ["civilians", "other"],
  REL: ["religious groups", "other"],
  LAB: ["labour", "other"],
  REF: ["refugees", "other"],
  OPP: ["opposition", "other"],
  ELI: ["elites", "other"],
  CRM: ["criminals", "other"],
  REB: ["rebels", "armed_group"],
  INS: ["insurgents", "armed_group"],
  SEP: ["separatists", "armed_group"],
  UAF: ["unaligned armed forces", "armed_group"],
  RAD: ["radicals", "other"],
  AGR: ["agriculture", "other"],
  ENV: ["environmental groups", "other"],
  HRI: ["human rights groups", "ngo"],
  PTY: ["political parties", "political_party"],
  IGO: ["intergovernmental organisations", "intergovernmental"],
  NGO: ["non-governmental organisations", "ngo"],
  IMG: ["international militarized groups", "armed_group"],
};

/** The state a country resolution names, as an event actor; `undefined` for regions and unknown codes. */
export function stateActor(
  resolution: CountryResolution,
  context: ImportContext,
  locator: string,
): EventActor | undefined {
  const id = stateOf(resolution, context, locator);
  return id ? { id, name: context.stateName(id) ?? id } : undefined;
}

/**
 * A state's sector as coded in CAMEO (`USA` + `GOV`): an organisation `cameo-usa-gov` named
 * "United States government", of the kind the type stands for, with the state as jurisdiction.
 */
export function sectorActor(
  country: string,
  state: string,
  type: string,
  context: ImportContext,
  sourceId: string,
  locator: string,
): EventActor {
  const upper = type.toUpperCase();
  const [label, kind] = CAMEO_TYPES[upper] ?? [`${upper} actors`, "other"];
  const stateName = context.stateName(state) ?? country;
  const name = `${label.charAt(0).toUpperCase()}${label.slice(1)} of ${withArticle(stateName)}`;
  const id = `cameo-${country.toLowerCase()}-${upper.toLowerCase()}`;
  if (!context.has(id)) {
    context.share({
      id,
      type: "actor",
      kind: "organization",
      name,
      organizationKind: kind,
      jurisdiction: state,
      note: `An event-data actor: CAMEO actor code ${country.toUpperCase()}${upper} (${label} of ${withArticle(stateName)}).`,
      sources: [{ source: sourceId, locator }],
    });
  }
  return { id, name };
}

/** Whether a CAMEO type code is known. */
export function isCameoType(type: string): boolean {
  return Object.hasOwn(CAMEO_TYPES, type.toUpperCase());
}

/** An organisation known by name only (an IGO or NGO in PLOVER, a named group in GDELT). */
export function namedOrganization(
  idPrefix: string,
  name: string,
  kind: OrganizationKind,
  context: ImportContext,
  sourceId: string,
  locator: string,
  extra: { jurisdiction?: string | undefined; note?: string | undefined } = {},
): EventActor {
  const id = `${idPrefix}-${slug(name) || "actor"}`;
  if (!context.has(id)) {
    context.share({
      id,
      type: "actor",
      kind: "organization",
      name,
      organizationKind: kind,
      ...(extra.jurisdiction ? { jurisdiction: extra.jurisdiction } : {}),
      ...(extra.note ? { note: extra.note } : {}),
      sources: [{ source: sourceId, locator }],
    });
  }
  return { id, name };
}

/** The organisation kind a CAMEO type stands for. */
export function kindOfCameoType(type: string | undefined): OrganizationKind {
  return (type && CAMEO_TYPES[type.toUpperCase()]?.[1]) || "other";
}

/**
 * Resolves a CAMEO country code to a state actor, reporting legacy codes, regions and unknown
 * codes; `undefined` when it is not a state.
 */
export function cameoCountryActor(
  code: string,
  context: ImportContext,
  where: RowRef,
  locator: string,
): { actor: EventActor; alpha3: string } | undefined {
  const resolution = resolveAlpha3(code);
  reportAlias(context, code, resolution, where);
  if (resolution.kind === "region") {
    context.warn(
      "region_actor",
      "info",
      `actor country code "${code}" stands for ${resolution.name}, a region, not a state; the actor is left out`,
      where,
      code,
    );
    return undefined;
  }
  if (resolution.kind === "unknown") {
    context.warn(
      "unknown_country_code",
      "warning",
      `actor country code "${code}" is neither an ISO 3166-1 alpha-3 code nor a known CAMEO code; the actor is left out`,
      where,
      code,
    );
    return undefined;
  }
  const actor = stateActor(resolution, context, locator);
  const alpha3 = resolution.kind === "iso" ? alpha3Of(resolution.alpha2) : "KOS";
  return actor && alpha3 ? { actor, alpha3 } : undefined;
}
