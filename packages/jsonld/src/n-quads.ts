/**
 * Streaming N-Quads export.
 *
 * @module
 */
import type { StatecraftRecord } from "@statecraft/core";
import { canonicalTreeNQuads } from "./internal/canonical-labels.js";
import {
  type ActorKinds,
  derivedTypes,
  meetingExtras,
  OWL_SAME_AS,
  stateWikidata,
  VOID_URI_SPACE,
} from "./internal/derived.js";
import { type Base, isSafeIri, recordIri } from "./internal/iri.js";
import {
  type TaggedFields,
  type TaggedText,
  taggedFields,
  taggedText,
} from "./internal/language-tagged.js";
import { dateFacets, dateLiteral, numberNQuad } from "./internal/literal.js";
import { type Enumeration, type Field, getModel, type Shape } from "./internal/model.js";
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
import { expandCurie, RDF, WIKIDATA_ENTITY, XSD } from "./namespaces.js";

/** Options of {@link toNQuads}. */
export type NQuadsOptions = BaseOptions;

const RDF_TYPE = `<${RDF}type>`;
const RDF_FIRST = `<${RDF}first>`;
const RDF_REST = `<${RDF}rest>`;
const RDF_NIL = `<${RDF}nil>`;
const XSD_ANY_URI = `<${XSD}anyURI>`;
const XSD_DATE = `<${XSD}date>`;
const OWL_SAME_AS_TERM = `<${OWL_SAME_AS}>`;

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\",
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it must escape.
const STRING_ESCAPE = /[\u0000-\u001F\u007F"\\]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it must escape.
const NEEDS_ESCAPE = /[\u0000-\u001F\u007F"\\]/;

/** Writes a string literal's lexical form as N-Quads does canonically (RDFC-1.0 escapes). */
function quote(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return `"${text.replace(STRING_ESCAPE, (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)}"`;
}

/** Precomputed `<iri>` terms of the model, so the hot loop only concatenates strings. */
const terms = new Map<string, string>();
function term(curie: string): string {
  let t = terms.get(curie);
  if (t === undefined) {
    t = `<${expandCurie(curie)}>`;
    terms.set(curie, t);
  }
  return t;
}

const enumTerms = new WeakMap<Enumeration, Map<string, string>>();
function enumTerm(enumeration: Enumeration, value: string): string | undefined {
  let map = enumTerms.get(enumeration);
  if (map === undefined) {
    map = new Map(enumeration.values.map((m) => [m.value, `<${m.iri}>`]));
    enumTerms.set(enumeration, map);
  }
  return map.get(value);
}

/**
 * A language-tagged literal. Its tag is lower case, as jsonld.js writes tags (RDF compares them
 * case-insensitively), so both writers give the same quads.
 */
function taggedLiteral(tagged: TaggedText): string {
  return `${quote(tagged.text)}@${tagged.language.toLowerCase()}`;
}

/** Writes quads for one export; blank node labels are unique within it. */
class QuadWriter {
  private blank = 0;
  lines: string[] = [];

  constructor(
    private readonly base: Base,
    private readonly kinds?: ActorKinds,
  ) {}

  private newBlank(): string {
    return `_:b${this.blank++}`;
  }

  private iri(id: string): string {
    return `<${recordIri(this.base, id)}>`;
  }

  private emit(s: string, p: string, o: string): void {
    this.lines.push(`${s} ${p} ${o} .\n`);
  }

  /** The object term of a field value, emitting the quads of nested nodes. */
  private object(field: Field, value: unknown): string {
    const v = field.value;
    switch (v.type) {
      case "string":
        return quote(value as string);
      case "number":
        return numberNQuad(value as number);
      case "date": {
        const literal = dateLiteral(value as string);
        return `${quote(literal.value)}^^<${literal.iri}>`;
      }
      case "url":
        return isSafeIri(value as string)
          ? `<${value as string}>`
          : `${quote(value as string)}^^${XSD_ANY_URI}`;
      case "ref":
        return this.iri(value as string);
      case "enum": {
        const member = enumTerm(v.enumeration, value as string);
        if (member === undefined)
          throw new TypeError(
            `${field.name}: ${JSON.stringify(value)} is not one of ${v.enumeration.name}`,
          );
        return member;
      }
      case "entity":
        return `<${v.namespace}${value as string}>`;
      case "node":
      case "union": {
        const tagged =
          v.type === "node" ? taggedText(v.shape, value as Record<string, unknown>) : undefined;
        if (tagged?.alone) return taggedLiteral(tagged);
        // Written after the statement that links to it (see `statement`), so output reads top-down.
        const node = this.newBlank();
        this.pending.push({ node, field, value: value as Record<string, unknown>, tagged });
        return node;
      }
    }
  }

  private pending: {
    node: string;
    field: Field;
    value: Record<string, unknown>;
    tagged: TaggedText | undefined;
  }[] = [];

  /** Emits `subject predicate object` for one value, then the nested node it links to, if any. */
  private statement(subject: string, predicate: string, object: string): void {
    this.emit(subject, predicate, object);
    const nested = this.pending.pop();
    if (nested === undefined) return;
    const v = nested.field.value;
    if (v.type === "node") {
      this.emit(nested.node, RDF_TYPE, `<${v.shape.iri}>`);
      const tagged = nested.tagged;
      if (tagged === undefined) {
        this.fields(nested.node, v.shape, nested.value);
      } else {
        // A name with a kind: its name is the language-tagged literal (no `schema:inLanguage`).
        const text = (taggedFields(v.shape) as TaggedFields).text;
        const field = v.shape.fields.find((f) => f.name === text) as Field;
        this.emit(nested.node, term(field.curie), taggedLiteral(tagged));
        this.fields(nested.node, v.shape, tagged.rest);
      }
    } else if (v.type === "union") {
      const kind = nested.value[v.discriminator];
      const shape = v.shapes.find((s) => s.discriminator?.value === kind);
      if (!shape)
        throw new TypeError(
          `${nested.field.name}: unknown ${v.discriminator} ${JSON.stringify(kind)}`,
        );
      this.emit(nested.node, RDF_TYPE, `<${shape.iri}>`);
      this.fields(nested.node, shape, nested.value);
    }
  }

  fields(subject: string, shape: Shape, value: Record<string, unknown>): void {
    for (const field of shape.fields) {
      const data = value[field.name];
      if (data === undefined) continue;
      const predicate = term(field.curie);
      if (!field.array) {
        this.statement(subject, predicate, this.object(field, data));
        if (field.value.type === "date") this.dateFacets(subject, field, data as string);
        continue;
      }
      const items = data as unknown[];
      if (field.list) {
        if (items.length === 0) {
          this.emit(subject, predicate, RDF_NIL);
          continue;
        }
        const cells = items.map(() => this.newBlank());
        this.emit(subject, predicate, cells[0] as string);
        for (let i = 0; i < items.length; i++) {
          this.statement(cells[i] as string, RDF_FIRST, this.object(field, items[i]));
          this.emit(cells[i] as string, RDF_REST, cells[i + 1] ?? RDF_NIL);
        }
        continue;
      }
      let seen: Set<string> | undefined;
      for (const item of items) {
        const object = this.object(field, item);
        // A graph is a set: repeated IRIs or literals in a list are one statement.
        if (items.length > 1 && !object.startsWith("_:")) {
          seen ??= new Set();
          if (seen.has(object)) continue;
          seen.add(object);
        }
        this.statement(subject, predicate, object);
      }
    }
  }

  /** A date's bounds, precision and qualifiers (see `dateFacetTerms`). */
  private dateFacets(subject: string, field: Field, text: string): void {
    const facets = dateFacets(text);
    const name = field.name;
    if (facets.earliest !== undefined)
      this.emit(subject, term(`sc:${name}Earliest`), `"${facets.earliest}"^^${XSD_DATE}`);
    if (facets.latest !== undefined)
      this.emit(subject, term(`sc:${name}Latest`), `"${facets.latest}"^^${XSD_DATE}`);
    this.emit(subject, term(`sc:${name}Precision`), term(`sc:DatePrecision-${facets.precision}`));
    for (const qualifier of facets.qualifiers)
      this.emit(subject, term(`sc:${name}Qualifier`), term(`sc:DateQualifier-${qualifier}`));
  }

  record(record: StatecraftRecord): void {
    const shape = shapeOf(record);
    const subject = this.iri(record.id);
    this.emit(subject, RDF_TYPE, `<${shape.iri}>`);
    for (const extra of derivedTypes(record)) this.emit(subject, RDF_TYPE, term(`schema:${extra}`));
    this.fields(subject, shape, record as unknown as Record<string, unknown>);
    const item = stateWikidata(record);
    if (item !== undefined) this.emit(subject, OWL_SAME_AS_TERM, `<${WIKIDATA_ENTITY}${item}>`);
    if (record.type === "meeting") {
      const extras = meetingExtras(record, this.kinds);
      this.emit(subject, term("schema:eventStatus"), term(extras.eventStatus));
      if (extras.startDate)
        this.emit(
          subject,
          term("schema:startDate"),
          `${quote(extras.startDate.value)}^^<${extras.startDate.iri}>`,
        );
      if (extras.endDate)
        this.emit(
          subject,
          term("schema:endDate"),
          `${quote(extras.endDate.value)}^^<${extras.endDate.iri}>`,
        );
      for (const id of extras.attendee) this.emit(subject, term("schema:attendee"), this.iri(id));
      for (const id of extras.organizer) this.emit(subject, term("schema:organizer"), this.iri(id));
      for (const id of extras.about) this.emit(subject, term("schema:about"), this.iri(id));
      if (extras.subEventOf !== undefined)
        this.emit(this.iri(extras.subEventOf), term("schema:subEvent"), subject);
    }
  }

  dataset(metadata: Record<string, unknown>, iri: string): void {
    const shape = getModel().dataset;
    const subject = `<${iri}>`;
    this.emit(subject, RDF_TYPE, `<${shape.iri}>`);
    this.fields(subject, shape, metadata);
    this.emit(subject, term(VOID_URI_SPACE), quote(this.base.iri));
  }

  take(): string[] {
    const lines = this.lines;
    this.lines = [];
    return lines;
  }
}

/** Streams the N-Quads lines of an export (not canonical). */
function* plainLines(
  input: ExportInput,
  options: NQuadsOptions | undefined,
): Generator<string, void, undefined> {
  const base = baseOf(options);
  const writer = new QuadWriter(base, actorKindsOf(input));
  writer.dataset(datasetMetadata(input), datasetIri(base, input));
  yield* writer.take();
  for (const record of recordsOf(input, false)) {
    writer.record(record);
    yield* writer.take();
  }
}

/** RDFC-1.0 canonical N-Quads of any N-Quads text, with `rdf-canonize`. */
async function rdfCanonize(text: string): Promise<string[]> {
  // rdf-canonize is CommonJS: Node gives its exports as named exports, but a bundle that splits
  // chunks (esbuild, as in the `statecraft` CLI) gives them only as `default`.
  type RdfCanonize = typeof import("rdf-canonize");
  const loaded: Partial<RdfCanonize> & { default?: RdfCanonize } = await import("rdf-canonize");
  const canonize = loaded.canonize ?? loaded.default!.canonize;
  const canonical: string = await canonize(text, {
    algorithm: "RDFC-1.0",
    inputFormat: "application/n-quads",
    format: "application/n-quads",
    maxWorkFactor: 3,
  });
  return canonical.split(/(?<=\n)/);
}

/**
 * The canonical (RDFC-1.0) N-Quads of lines, sorted: computed directly when the blank nodes form
 * trees (as the writer makes them), else by `rdf-canonize`. Both give the same bytes.
 *
 * @internal
 */
export async function canonicalNQuadsLines(lines: readonly string[]): Promise<string[]> {
  return canonicalTreeNQuads(lines) ?? (await rdfCanonize(lines.join("")));
}

/** The canonical (RDFC-1.0) N-Quads of an export, sorted, as lines. */
async function canonicalLines(
  input: ExportInput,
  options: NQuadsOptions | undefined,
): Promise<string[]> {
  return canonicalNQuadsLines([...plainLines(input, options)]);
}

async function* canonicalStream(
  input: ExportInput,
  options: NQuadsOptions | undefined,
): AsyncGenerator<string, void, undefined> {
  yield* await canonicalLines(input, options);
}

/**
 * Exports a dataset as N-Quads (the default graph), one line per statement, streaming: records
 * are written one at a time and no graph is built, so memory stays flat however large the input
 * (pass a lazy iterable of records to stream from disk).
 *
 * The statements are exactly those a JSON-LD processor produces from {@link toJsonLd}'s document
 * (`jsonld.toRDF`), up to blank node labels. With `canonical: true` the output is canonicalised
 * with RDFC-1.0 (blank node labels `_:c14nN`, lines sorted), which needs the whole graph and
 * returns an async iterable.
 *
 * @param input - A dataset, or records in any iterable.
 * @param options - Base IRI and canonical output.
 * @returns Lines, each ending in `\n`: an iterable (sync and async) when not canonical, an async iterable when canonical.
 * @throws {StatecraftJsonLdError} If the base IRI is not usable or an id cannot become an IRI.
 * @example
 * ```ts
 * for (const line of toNQuads(dataset, { base: "https://data.example.org/" })) process.stdout.write(line);
 * // <https://data.example.org/antony-blinken> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
 * ```
 * @see https://github.com/statecraft-data/statecraft/blob/main/docs/linked-data.md
 */
export function toNQuads(
  input: ExportInput,
  options?: NQuadsOptions & { readonly canonical?: false },
): Iterable<string> & AsyncIterable<string>;
export function toNQuads(
  input: ExportInput,
  options: NQuadsOptions & { readonly canonical: true },
): AsyncIterable<string>;
export function toNQuads(
  input: ExportInput,
  options?: NQuadsOptions,
): Iterable<string> | AsyncIterable<string>;
export function toNQuads(
  input: ExportInput,
  options?: NQuadsOptions,
): Iterable<string> | AsyncIterable<string> {
  baseOf(options);
  if (options?.canonical) return { [Symbol.asyncIterator]: () => canonicalStream(input, options) };
  return {
    [Symbol.iterator]: () => plainLines(input, options),
    async *[Symbol.asyncIterator]() {
      yield* plainLines(input, options);
    },
  };
}

/**
 * The whole N-Quads text of an export; see {@link toNQuads}.
 *
 * @param input - A dataset, or records in any iterable.
 * @param options - Base IRI and canonical output.
 * @returns The N-Quads document.
 * @example
 * ```ts
 * const nquads = await toNQuadsString(dataset, { canonical: true });
 * ```
 */
export async function toNQuadsString(input: ExportInput, options?: NQuadsOptions): Promise<string> {
  if (options?.canonical) return (await canonicalLines(input, options)).join("");
  let text = "";
  for (const line of plainLines(input, options)) text += line;
  return text;
}
