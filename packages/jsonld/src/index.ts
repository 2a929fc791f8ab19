/**
 * Linked-data export for Statecraft datasets: a JSON-LD 1.1 context and RDF vocabulary derived
 * from the `@statecraft/core` schemas, compacted JSON-LD ({@link toJsonLd}), streaming N-Quads
 * ({@link toNQuads}) with optional RDFC-1.0 canonical output, and readers of both
 * ({@link fromJsonLd}, {@link fromNQuads}). This entry point imports no `node:` module; file writing lives in
 * `@statecraft/jsonld/node`.
 *
 * @packageDocumentation
 */

export { type ContextDefinition, statecraftContext, type TermDefinition } from "./context.js";
export { JSONLD_ERROR_CODES, type JsonLdErrorCode, StatecraftJsonLdError } from "./error.js";
export { type BaseOptions, DEFAULT_BASE, type ExportInput } from "./export-input.js";
export { type FromJsonLdOptions, fromJsonLd } from "./from-json-ld.js";
export { type FromNQuadsOptions, fromNQuads } from "./from-n-quads.js";
export {
  type JsonLdDocument,
  type JsonLdNode,
  type JsonLdOptions,
  type JsonValue,
  toJsonLd,
  toJsonLdText,
} from "./json-ld.js";
export { type NQuadsOptions, toNQuads, toNQuadsString } from "./n-quads.js";
export {
  EDTF_DATATYPE,
  expandCurie,
  PREFIXES,
  RDF,
  SCHEMA_ORG,
  STATECRAFT_CONTEXT_URL,
  STATECRAFT_VOCAB,
  WIKIDATA_ENTITY,
  XSD,
} from "./namespaces.js";
