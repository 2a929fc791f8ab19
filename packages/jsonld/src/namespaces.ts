/**
 * The namespaces the export uses.
 *
 * @module
 */

/**
 * The Statecraft vocabulary namespace: every class, property and enumeration value that
 * schema.org has no term for is this namespace plus a name, e.g. `sc:attendanceStatus`.
 *
 * @see https://github.com/statecraft-data/statecraft/blob/main/docs/linked-data.md
 */
export const STATECRAFT_VOCAB = "https://w3id.org/statecraft/vocab#";

/**
 * The version of the vocabulary and context: it changes when a term changes meaning or is
 * removed, so a document that references a context URL keeps the meaning it was written with.
 */
export const STATECRAFT_VOCAB_VERSION = "1.0";

/**
 * Where the JSON-LD context of this version is to be published (versioned: `…/context/1.0.jsonld`).
 * It is not served yet, so exports embed the context unless asked to reference a URL.
 */
export const STATECRAFT_CONTEXT_URL = `https://w3id.org/statecraft/context/${STATECRAFT_VOCAB_VERSION}.jsonld`;

/** The schema.org namespace (https form). */
export const SCHEMA_ORG = "https://schema.org/";

/** XML Schema datatypes. */
export const XSD = "http://www.w3.org/2001/XMLSchema#";

/** The Library of Congress EDTF datatype, used for dates that no XML Schema type can hold exactly. */
export const EDTF_DATATYPE = "http://id.loc.gov/datatypes/edtf/EDTF";

/** Wikidata entities, the target of `wikidata` fields (as `schema:sameAs`). */
export const WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

/** RDF syntax namespace. */
export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

/** The prefixes the context, vocabulary and shapes declare, by prefix. */
export const PREFIXES = {
  sc: STATECRAFT_VOCAB,
  schema: SCHEMA_ORG,
  xsd: XSD,
  edtf: "http://id.loc.gov/datatypes/edtf/",
  wd: WIKIDATA_ENTITY,
} as const;

/**
 * Expands a compact IRI such as `schema:name` with {@link PREFIXES}; other strings pass through.
 *
 * @param curie - A compact or absolute IRI.
 * @returns The absolute IRI.
 * @example
 * ```ts
 * expandCurie("sc:stance"); // "https://w3id.org/statecraft/vocab#stance"
 * ```
 */
export function expandCurie(curie: string): string {
  const colon = curie.indexOf(":");
  if (colon > 0) {
    const prefix = curie.slice(0, colon);
    if (Object.hasOwn(PREFIXES, prefix))
      return PREFIXES[prefix as keyof typeof PREFIXES] + curie.slice(colon + 1);
  }
  return curie;
}
