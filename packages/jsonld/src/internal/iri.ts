/**
 * Record IRIs: a base IRI plus the record id, percent-encoded so that any id (spaces, slashes,
 * unicode, `..`) gives a valid IRI and decodes back to the same id.
 *
 * @module
 */
import { PREFIXES } from "../namespaces.js";
import { StatecraftJsonLdError } from "../error.js";

/** A checked base IRI. */
export interface Base {
  /** The base IRI as given. */
  readonly iri: string;
  /** Whether record IRIs are written relative to `@base` (the base ends with `/`) in JSON-LD. */
  readonly relative: boolean;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Characters that may not appear in an IRI (N-Quads IRIREF), besides the controls. */
const INVALID_IRI_CHARS = /[\u0000-\u0020<>"{}|^`\\]/;

/**
 * Checks a base IRI and decides how record IRIs are written.
 *
 * @param iri - An absolute IRI such as `https://example.org/data/` or `urn:example:`.
 * @returns The checked base.
 * @throws {StatecraftJsonLdError} If the base is not an absolute IRI usable as a prefix.
 */
export function checkBase(iri: string): Base {
  const scheme = SCHEME.exec(iri)?.[1];
  if (scheme === undefined) {
    throw new StatecraftJsonLdError("invalid_base", `base IRI ${JSON.stringify(iri)} is not absolute: it needs a scheme such as https:`);
  }
  if (INVALID_IRI_CHARS.test(iri)) {
    throw new StatecraftJsonLdError("invalid_base", `base IRI ${JSON.stringify(iri)} contains a space, control character or one of <>"{}|^\`\\`);
  }
  if (Object.hasOwn(PREFIXES, scheme) || scheme === "_") {
    throw new StatecraftJsonLdError("invalid_base", `base IRI ${JSON.stringify(iri)} uses the scheme "${scheme}", which the context defines as a prefix`);
  }
  const hierarchical = iri.endsWith("/") && !/[?#]/.test(iri) && !/\/\.\.?\//.test(iri.slice(scheme.length + 1));
  return { iri, relative: hierarchical };
}

/**
 * Percent-encodes a record id as one IRI path segment: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )`
 * is encoded (UTF-8), and the segments `.` and `..` become `%2E` and `%2E%2E`.
 *
 * @param id - A record id.
 * @returns The encoded segment.
 * @throws {StatecraftJsonLdError} If the id holds a lone surrogate, which no IRI can carry.
 */
export function encodeId(id: string): string {
  if (id === ".") return "%2E";
  if (id === "..") return "%2E%2E";
  try {
    return encodeURIComponent(id);
  } catch {
    throw new StatecraftJsonLdError("invalid_id", `record id ${JSON.stringify(id)} contains a lone surrogate and has no IRI`);
  }
}

/**
 * Reverses {@link encodeId}.
 *
 * @param segment - An encoded segment.
 * @returns The record id.
 * @throws {StatecraftJsonLdError} If the segment is not a valid percent-encoding.
 */
export function decodeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new StatecraftJsonLdError("invalid_document", `${JSON.stringify(segment)} is not a percent-encoded record id`);
  }
}

/** The string written for a record id in JSON-LD: relative to `@base`, or absolute. */
export function jsonLdRef(base: Base, id: string): string {
  return base.relative ? encodeId(id) : base.iri + encodeId(id);
}

/** The absolute IRI of a record. */
export function recordIri(base: Base, id: string): string {
  return base.iri + encodeId(id);
}

/**
 * Whether an absolute IRI string can be written as an IRI (N-Quads IRIREF) unchanged; URLs that
 * cannot are exported as `xsd:anyURI` literals instead.
 */
export function isSafeIri(value: string): boolean {
  return SCHEME.test(value) && !INVALID_IRI_CHARS.test(value);
}
