/**
 * Compacted JSON-LD export.
 *
 * @module
 */
import type { StatecraftRecord } from "@statecraft/core";
import { type ContextDefinition, statecraftContext } from "./context.js";
import { StatecraftJsonLdError } from "./error.js";
import { type ActorKinds, derivedTypes, meetingExtras, stateWikidata } from "./internal/derived.js";
import { type Base, isSafeIri, jsonLdRef } from "./internal/iri.js";
import { type TaggedFields, taggedFields, taggedText } from "./internal/language-tagged.js";
import { dateFacets, dateLiteral, type TypedLiteral } from "./internal/literal.js";
import type { Field, Shape } from "./internal/model.js";
import { getModel } from "./internal/model.js";
import {
  actorKindsOf,
  type BaseOptions,
  baseOf,
  datasetIri,
  datasetMetadata,
  type ExportInput,
  recordsOf,
  shapeOf,
} from "./internal/records.js";
import { STATECRAFT_CONTEXT_URL } from "./namespaces.js";

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions extends BaseOptions {
  /**
   * How the document gets its context: `"embed"` (the default) writes the context into the
   * document, so it is self-contained and any processor reads it offline; `"url"` references
   * {@link STATECRAFT_CONTEXT_URL}, which is not served yet; `{ url }` references a copy of the
   * shipped `@statecraft/jsonld/context.jsonld` that you serve yourself.
   */
  readonly context?: "embed" | "url" | { readonly url: string };
}

/** A JSON value. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** A node object of the exported document. */
export interface JsonLdNode {
  readonly [key: string]: JsonValue;
}

/** A compacted Statecraft JSON-LD document. */
export interface JsonLdDocument {
  /** The Statecraft context (by URL or embedded), plus `@base` when record ids are relative. */
  readonly "@context": readonly (string | ContextDefinition)[];
  /** The dataset node first, then one node per record. */
  readonly "@graph": readonly JsonLdNode[];
}

/**
 * A typed value object. Its datatype is under the `type` alias of `@type`, as a JSON-LD
 * processor compacts it, so compacting the expanded document gives this document back.
 */
function literal(value: TypedLiteral): JsonLdNode {
  return { "@value": value.value, type: value.curie };
}

function fieldValue(field: Field, value: unknown, base: Base): JsonValue {
  const v = field.value;
  switch (v.type) {
    case "string":
    case "enum":
    case "entity":
      return value as string;
    case "number":
      return value as number;
    case "date":
      return literal(dateLiteral(value as string));
    case "url":
      return isSafeIri(value as string)
        ? (value as string)
        : { "@value": value as string, type: "xsd:anyURI" };
    case "ref":
      return jsonLdRef(base, value as string);
    case "node": {
      const data = value as Record<string, unknown>;
      const tagged = taggedText(v.shape, data);
      if (!tagged) return nodeObject(v.shape, data, base, { type: v.shape.name });
      // Lower case, as jsonld.js expands tags, so compacting the expanded document gives it back.
      const text = { "@value": tagged.text, "@language": tagged.language.toLowerCase() };
      if (tagged.alone) return text;
      // A name with a kind: a node whose name is the language-tagged literal.
      const fields = taggedFields(v.shape) as TaggedFields;
      return {
        ...nodeObject(v.shape, { ...tagged.rest, [fields.text]: tagged.text }, base, {
          type: v.shape.name,
        }),
        [fields.text]: text,
      };
    }
    case "union": {
      const kind = (value as Record<string, unknown>)[v.discriminator];
      const shape = v.shapes.find((s) => s.discriminator?.value === kind);
      if (!shape)
        throw new TypeError(`${field.name}: unknown ${v.discriminator} ${JSON.stringify(kind)}`);
      return nodeObject(shape, value as Record<string, unknown>, base, { type: shape.name });
    }
  }
}

function nodeObject(
  shape: Shape,
  value: Record<string, unknown>,
  base: Base,
  head: JsonLdNode | undefined,
): JsonLdNode {
  const node: Record<string, JsonValue> = head ? { ...head } : {};
  for (const field of shape.fields) {
    const fieldData = value[field.name];
    if (fieldData === undefined) continue;
    node[field.name] = field.array
      ? (fieldData as unknown[]).map((item) => fieldValue(field, item, base))
      : fieldValue(field, fieldData, base);
    if (field.value.type === "date" && !field.array) {
      // The date's bounds, precision and qualifiers (see `dateFacetTerms`); the terms are typed.
      const facets = dateFacets(fieldData as string);
      if (facets.earliest !== undefined) node[`${field.name}Earliest`] = facets.earliest;
      if (facets.latest !== undefined) node[`${field.name}Latest`] = facets.latest;
      node[`${field.name}Precision`] = facets.precision;
      if (facets.qualifiers.length > 0) node[`${field.name}Qualifier`] = facets.qualifiers;
    }
  }
  return node;
}

/**
 * The JSON-LD node of one record.
 *
 * @internal
 */
export function recordNode(record: StatecraftRecord, base: Base, kinds?: ActorKinds): JsonLdNode {
  const shape = shapeOf(record);
  const extraTypes = derivedTypes(record);
  const head: JsonLdNode = {
    id: jsonLdRef(base, record.id),
    type: extraTypes.length === 0 ? shape.name : [shape.name, ...extraTypes],
  };
  const node = nodeObject(
    shape,
    record as unknown as Record<string, unknown>,
    base,
    head,
  ) as Record<string, JsonValue>;
  const item = stateWikidata(record);
  if (item !== undefined) node.sameAs = item;
  if (record.type === "meeting") {
    const extras = meetingExtras(record, kinds);
    node.eventStatus = extras.eventStatus;
    if (extras.startDate) node.startDate = literal(extras.startDate);
    if (extras.endDate) node.endDate = literal(extras.endDate);
    if (extras.attendee.length > 0)
      node.attendee = extras.attendee.map((id) => jsonLdRef(base, id));
    if (extras.organizer.length > 0)
      node.organizer = extras.organizer.map((id) => jsonLdRef(base, id));
    if (extras.about.length > 0) node.about = extras.about.map((id) => jsonLdRef(base, id));
    if (extras.subEventOf !== undefined) node.subEventOf = jsonLdRef(base, extras.subEventOf);
  }
  return node;
}

/** Checks a context URL given by the user: an absolute IRI. */
function contextUrl(url: string): string {
  if (!isSafeIri(url))
    throw new StatecraftJsonLdError(
      "invalid_option",
      `context URL ${JSON.stringify(url)} is not an absolute IRI (such as https://example.org/statecraft/context.jsonld)`,
    );
  return url;
}

/**
 * The document's `@context` and the dataset node.
 *
 * @internal
 */
export function documentHead(
  input: ExportInput,
  base: Base,
  options: JsonLdOptions | undefined,
): { context: (string | ContextDefinition)[]; dataset: JsonLdNode } {
  const option = options?.context ?? "embed";
  const context: (string | ContextDefinition)[] = [
    option === "embed"
      ? statecraftContext()["@context"]
      : option === "url"
        ? STATECRAFT_CONTEXT_URL
        : contextUrl(option.url),
  ];
  if (base.relative) context.push({ "@base": base.iri });
  const dataset = nodeObject(getModel().dataset, datasetMetadata(input), base, {
    id: base.relative ? "./" : datasetIri(base, input),
    type: "Dataset",
  });
  return { context, dataset: { ...dataset, uriSpace: base.iri } };
}

/**
 * Exports a dataset as a compacted JSON-LD 1.1 document.
 *
 * The document reads like the data files: every field keeps its name, and the Statecraft context
 * maps it to schema.org or to the Statecraft vocabulary. Record ids become IRIs (the base plus the
 * percent-encoded id), `type`/`kind` become a class (`Person`, `State`, `Meeting`...), dates become
 * typed literals (`xsd:gYear`, `xsd:gYearMonth`, `xsd:date`, `xsd:dateTime`, or the EDTF text for
 * intervals and qualified dates), and meetings also get schema.org's `eventStatus`, `startDate`,
 * `attendee`, `organizer` and `about`. {@link fromJsonLd} reads it back exactly.
 *
 * @param input - A dataset, or records in any iterable (as from `datasetRecords`).
 * @param options - Base IRI, canonical order and how to reference the context.
 * @returns The document, ready for `JSON.stringify`.
 * @throws {StatecraftJsonLdError} If the base IRI is not usable or an id cannot become an IRI.
 * @example
 * ```ts
 * const doc = toJsonLd(dataset, { base: "https://data.example.org/blinken/" });
 * doc["@graph"][1]; // { id: "antony-blinken", type: "Person", name: "Antony Blinken", ... }
 * ```
 * @see https://github.com/statecraft-data/statecraft/blob/main/docs/linked-data.md
 */
export function toJsonLd(input: ExportInput, options?: JsonLdOptions): JsonLdDocument {
  const base = baseOf(options);
  const { context, dataset } = documentHead(input, base, options);
  const kinds = actorKindsOf(input);
  const graph: JsonLdNode[] = [dataset];
  for (const record of recordsOf(input, options?.canonical ?? false))
    graph.push(recordNode(record, base, kinds));
  return { "@context": context, "@graph": graph };
}

/**
 * The JSON text of {@link toJsonLd}'s document in chunks, one record at a time, so a large
 * export can be written without holding the whole text. The chunks join to exactly
 * `JSON.stringify(toJsonLd(input, options), null, 2) + "\n"`.
 *
 * @param input - A dataset, or records in any iterable.
 * @param options - As for {@link toJsonLd}.
 * @returns Text chunks.
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 *
 * const out = createWriteStream("out/data.jsonld");
 * for (const chunk of toJsonLdText(dataset, { base: "https://data.example.org/" })) out.write(chunk);
 * out.end();
 * ```
 */
export function* toJsonLdText(
  input: ExportInput,
  options?: JsonLdOptions,
): Generator<string, void, undefined> {
  const base = baseOf(options);
  const { context, dataset } = documentHead(input, base, options);
  const kinds = actorKindsOf(input);
  const indent = (text: string): string => text.replaceAll("\n", "\n    ");
  yield `{\n  "@context": ${JSON.stringify(context, null, 2).replaceAll("\n", "\n  ")},\n  "@graph": [\n    ${indent(JSON.stringify(dataset, null, 2))}`;
  for (const record of recordsOf(input, options?.canonical ?? false)) {
    yield `,\n    ${indent(JSON.stringify(recordNode(record, base, kinds), null, 2))}`;
  }
  yield "\n  ]\n}\n";
}
