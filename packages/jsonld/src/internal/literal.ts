/**
 * Typed literals for dates and numbers, shared by the JSON-LD and N-Quads writers so that both
 * give the same RDF.
 *
 * @module
 */
import { type DatePoint, isDateInterval, parsePartialDate } from "@statecraft/core";
import { EDTF_DATATYPE, XSD } from "../namespaces.js";

/** A literal's lexical form and datatype (compact and absolute). */
export interface TypedLiteral {
  readonly value: string;
  /** The datatype as written in JSON-LD, e.g. `xsd:gYear`. */
  readonly curie: string;
  /** The datatype IRI. */
  readonly iri: string;
}

const XSD_TYPES = {
  year: ["xsd:gYear", `${XSD}gYear`],
  month: ["xsd:gYearMonth", `${XSD}gYearMonth`],
  day: ["xsd:date", `${XSD}date`],
  datetime: ["xsd:dateTime", `${XSD}dateTime`],
} as const;

/** A date-time with seconds, the only form `xsd:dateTime` accepts. */
const WITH_SECONDS = /T\d\d:\d\d:\d\d/;

/** The XML Schema literal of a plain date (no qualifier, no X digits), or `undefined`. */
function pointLiteral(point: DatePoint): TypedLiteral | undefined {
  if (point.uncertain || point.approximate || point.unspecified) return undefined;
  if (point.precision === "datetime" && !WITH_SECONDS.test(point.text)) return undefined;
  const [curie, iri] = XSD_TYPES[point.precision];
  return { value: point.text, curie, iri };
}

const cache = new Map<string, TypedLiteral>();

/**
 * The literal of a partial date: `xsd:gYear`, `xsd:gYearMonth`, `xsd:date` or `xsd:dateTime` for
 * a plain date written to that precision, else the text unchanged as an EDTF literal
 * (`http://id.loc.gov/datatypes/edtf/EDTF`): intervals, qualified (`?`, `~`, `%`) and unspecified
 * (`X`) dates, and date-times without seconds.
 *
 * @param text - A valid partial date.
 * @returns The literal; its value is always `text` itself, so the round trip is exact.
 */
export function dateLiteral(text: string): TypedLiteral {
  let literal = cache.get(text);
  if (literal === undefined) {
    const date = parsePartialDate(text);
    literal = (isDateInterval(date) ? undefined : pointLiteral(date)) ?? {
      value: text,
      curie: "edtf:EDTF",
      iri: EDTF_DATATYPE,
    };
    if (cache.size > 10_000) cache.clear();
    cache.set(text, literal);
  }
  return literal;
}

/**
 * The plain-date literals a meeting's `schema:startDate` and `schema:endDate` get from its date:
 * the date itself when plain, or the plain sides of an interval.
 *
 * @param text - A valid partial date.
 * @returns The start and end literals, where they exist.
 */
export function dateRange(text: string): { start?: TypedLiteral; end?: TypedLiteral } {
  const date = parsePartialDate(text);
  if (!isDateInterval(date)) {
    const start = pointLiteral(date);
    return start ? { start } : {};
  }
  const start = typeof date.start === "string" ? undefined : pointLiteral(date.start);
  const end = typeof date.end === "string" ? undefined : pointLiteral(date.end);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * A number as JSON-LD 1.1 writes a JSON number whose term is typed `xsd:double` (all numeric
 * fields are): the canonical double form, e.g. `2.5E1` for 25 and `7.5E0` for 7.5.
 *
 * @param value - A finite number.
 * @returns The N-Quads literal, with its datatype.
 */
export function numberNQuad(value: number): string {
  return `"${value.toExponential(15).replace(/(\d)0*e\+?/, "$1E")}"^^<${XSD}double>`;
}

/** What a date's bounds, precision and qualifiers export as (see `dateFacetTerms`). */
export interface DateFacets {
  /** The first day it may denote, as an `xsd:date` lexical form; absent for an open or unknown start. */
  readonly earliest?: string;
  /** The last day it may denote (inclusive); absent for an open or unknown end. */
  readonly latest?: string;
  readonly precision: "year" | "month" | "day" | "datetime" | "interval";
  /** In the order uncertain, approximate, unspecified. */
  readonly qualifiers: readonly ("uncertain" | "approximate" | "unspecified")[];
}

/** An `xsd:date` lexical form of the UTC day of an instant (years padded to 4 digits, `-` before BCE). */
function utcDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const y = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  return `${y}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/**
 * The first or last day of a date point: its calendar day as written for a date-time (the time
 * of day and offset stay in the EDTF literal), else the UTC day of its first or last instant.
 */
function pointDay(point: DatePoint, side: "earliest" | "latest"): string {
  if (point.precision === "datetime") return point.text.slice(0, point.text.indexOf("T"));
  return utcDay(point[side]);
}

const facetCache = new Map<string, DateFacets>();

/**
 * A date's bounds as `xsd:date` days, its precision and qualifiers: what a SPARQL user needs to
 * find every date that overlaps a range, however partial or uncertain it is.
 *
 * @param text - A valid partial date.
 * @returns The facets.
 */
export function dateFacets(text: string): DateFacets {
  let facets = facetCache.get(text);
  if (facets !== undefined) return facets;
  const date = parsePartialDate(text);
  const points = isDateInterval(date)
    ? [date.start, date.end].filter((p): p is DatePoint => typeof p !== "string")
    : [date];
  const start = isDateInterval(date) ? date.start : date;
  const end = isDateInterval(date) ? date.end : date;
  const qualifiers: ("uncertain" | "approximate" | "unspecified")[] = [];
  if (points.some((p) => p.uncertain)) qualifiers.push("uncertain");
  if (points.some((p) => p.approximate)) qualifiers.push("approximate");
  if (points.some((p) => p.unspecified)) qualifiers.push("unspecified");
  facets = {
    ...(typeof start === "string" ? {} : { earliest: pointDay(start, "earliest") }),
    ...(typeof end === "string" ? {} : { latest: pointDay(end, "latest") }),
    precision: isDateInterval(date) ? "interval" : date.precision,
    qualifiers,
  };
  if (facetCache.size > 10_000) facetCache.clear();
  facetCache.set(text, facets);
  return facets;
}
