/**
 * Reading N-Quads written by {@link toNQuads} back into a dataset.
 *
 * @module
 */
import { type Dataset, isPartialDate, type StatecraftRecord, toDataset } from "@statecraft/core";
import { StatecraftJsonLdError } from "./error.js";
import { DEFAULT_BASE } from "./export-input.js";
import { DERIVED_TYPES, derivedTerms, VOID_URI_SPACE } from "./internal/derived.js";
import { recordsById, setItems } from "./internal/graph-order.js";
import { checkBase, decodeId } from "./internal/iri.js";
import { isLanguageTagged, taggedFields, withTaggedText } from "./internal/language-tagged.js";
import { dateLiteral } from "./internal/literal.js";
import { type Field, getModel, type Shape } from "./internal/model.js";
import { EDTF_DATATYPE, expandCurie, RDF, XSD } from "./namespaces.js";

/** Options of {@link fromNQuads}. */
export interface FromNQuadsOptions {
  /**
   * The base IRI the export was made with, which turns record IRIs back into ids. Defaults to
   * the IRI of the document's `schema:Dataset` node (the writers give it the base IRI), else
   * {@link DEFAULT_BASE}.
   */
  readonly base?: string;
}

/** An RDF term, as read. */
type Term =
  | { readonly kind: "iri"; readonly value: string }
  | { readonly kind: "blank"; readonly value: string }
  | {
      readonly kind: "literal";
      readonly value: string;
      readonly datatype: string;
      readonly language: string;
    };

/** One statement about a subject. */
interface Statement {
  readonly predicate: string;
  readonly object: Term;
  readonly line: number;
}

/** What is said about one subject. */
interface Subject {
  readonly term: Term;
  readonly statements: Statement[];
}

const RDF_TYPE = `${RDF}type`;
const RDF_FIRST = `${RDF}first`;
const RDF_REST = `${RDF}rest`;
const RDF_NIL = `${RDF}nil`;
const XSD_STRING = `${XSD}string`;
const XSD_DOUBLE = `${XSD}double`;
const XSD_ANY_URI = `${XSD}anyURI`;
const SUB_EVENT = expandCurie("schema:subEvent");
const DATE_DATATYPES = new Set([
  `${XSD}gYear`,
  `${XSD}gYearMonth`,
  `${XSD}date`,
  `${XSD}dateTime`,
  EDTF_DATATYPE,
]);
const DOUBLE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function fail(line: number, message: string): never {
  throw new StatecraftJsonLdError("invalid_document", `line ${line}: ${message}`);
}

function keyOf(term: Term): string {
  return term.kind === "blank" ? `_:${term.value}` : `<${term.value}>`;
}

function show(term: Term): string {
  if (term.kind !== "literal") return keyOf(term);
  const text = JSON.stringify(term.value);
  if (term.language) return `${text}@${term.language}`;
  return term.datatype === XSD_STRING ? text : `${text}^^<${term.datatype}>`;
}

/** The shapes' fields by predicate IRI. */
const fieldsByIri = new WeakMap<Shape, Map<string, Field>>();
function fieldOf(shape: Shape, predicate: string): Field | undefined {
  let map = fieldsByIri.get(shape);
  if (map === undefined) {
    map = new Map(shape.fields.map((f) => [f.iri, f]));
    fieldsByIri.set(shape, map);
  }
  return map.get(predicate);
}

/** Derived predicates by the shape whose nodes carry them (`schema:subEvent` is handled apart). */
let derivedPredicates: Map<string, Set<string>> | undefined;
function derivedPredicatesOf(shape: string): ReadonlySet<string> | undefined {
  if (derivedPredicates === undefined) {
    derivedPredicates = new Map();
    for (const term of derivedTerms()) {
      if (term.kind === "reverse") continue;
      const set = derivedPredicates.get(term.shape) ?? new Set<string>();
      set.add(expandCurie(term.curie));
      derivedPredicates.set(term.shape, set);
    }
  }
  return derivedPredicates.get(shape);
}
const DERIVED_CLASSES = new Set(DERIVED_TYPES.map((t) => expandCurie(t.curie)));

/** The minimal view of n3's term and quad objects this module reads. */
interface N3Term {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}
interface N3Quad {
  readonly subject: N3Term;
  readonly predicate: N3Term;
  readonly object: N3Term;
  readonly graph: N3Term;
}
interface N3Parser {
  parse(input: string): N3Quad[];
}
type N3Module = { Parser: new (options: { format: string; blankNodePrefix: string }) => N3Parser };

async function loadParser(): Promise<N3Parser> {
  // n3 is CommonJS: Node gives its exports as named exports, but a bundle that splits chunks
  // (esbuild) gives them only as `default`.
  const loaded = (await import("n3")) as unknown as Partial<N3Module> & { default?: N3Module };
  const Parser = loaded.Parser ?? loaded.default?.Parser;
  if (Parser === undefined) throw new Error("n3 has no Parser export");
  // "_:" keeps blank node labels as written, so a label means the same node on every line.
  return new Parser({ format: "N-Quads", blankNodePrefix: "_:" });
}

function termOf(term: N3Term, line: number, position: string): Term {
  switch (term.termType) {
    case "NamedNode":
      return { kind: "iri", value: term.value };
    case "BlankNode":
      return { kind: "blank", value: term.value };
    case "Literal":
      return {
        kind: "literal",
        value: term.value,
        datatype: term.datatype?.value ?? XSD_STRING,
        language: term.language ?? "",
      };
    default:
      return fail(line, `unexpected ${term.termType} as ${position}`);
  }
}

/** The statements of a document, by subject; identical statements count once. */
class Graph {
  readonly subjects = new Map<string, Subject>();
  /** Blank nodes used as objects: the line of the statement that links to each. */
  readonly parents = new Map<string, number>();
  private readonly seen = new Set<string>();

  add(quad: N3Quad, line: number): void {
    if (quad.graph.termType !== "DefaultGraph")
      fail(
        line,
        `the statement is in the named graph <${quad.graph.value}>; expected the default graph`,
      );
    const subject = termOf(quad.subject, line, "subject");
    const predicate = termOf(quad.predicate, line, "predicate");
    const object = termOf(quad.object, line, "object");
    if (subject.kind === "literal" || predicate.kind !== "iri")
      fail(line, "not an N-Quads statement");
    const subjectKey = keyOf(subject);
    const objectKey = object.kind === "literal" ? show(object) : keyOf(object);
    const statementKey = `${subjectKey} <${predicate.value}> ${objectKey}`;
    if (this.seen.has(statementKey)) return;
    this.seen.add(statementKey);
    if (object.kind === "blank") {
      if (this.parents.has(objectKey))
        fail(
          line,
          `the blank node ${objectKey} is already the object of the statement on line ${this.parents.get(objectKey)}; a nested structure belongs to one statement`,
        );
      this.parents.set(objectKey, line);
    }
    let entry = this.subjects.get(subjectKey);
    if (entry === undefined) {
      entry = { term: subject, statements: [] };
      this.subjects.set(subjectKey, entry);
    }
    entry.statements.push({ predicate: predicate.value, object, line });
  }
}

/** Lines of the input, split on any N-Quads end of line (`\n`, `\r` or `\r\n`). */
async function* linesOf(input: string | AsyncIterable<string>): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield* input.split(/\r\n|\n|\r/);
    return;
  }
  let buffer = "";
  for await (const chunk of input) {
    buffer += chunk;
    const parts = buffer.split(/\r\n|\n|\r(?!$)/);
    buffer = parts.pop() ?? "";
    yield* parts;
  }
  if (buffer.endsWith("\r")) buffer = buffer.slice(0, -1);
  yield buffer;
}

async function readGraph(input: string | AsyncIterable<string>): Promise<Graph> {
  const parser = await loadParser();
  const graph = new Graph();
  let line = 0;
  for await (const text of linesOf(input)) {
    line++;
    let quads: N3Quad[];
    try {
      quads = parser.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new StatecraftJsonLdError(
        "invalid_document",
        `line ${line}: not N-Quads: ${message.replace(/ on line \d+\.$/, "")}`,
        { cause: error },
      );
    }
    if (quads.length > 1) fail(line, "more than one statement on the line");
    const quad = quads[0];
    if (quad !== undefined) graph.add(quad, line);
  }
  return graph;
}

/** Rebuilds records from a graph. */
class RecordReader {
  /** Blank nodes read so far. */
  private readonly visited = new Set<string>();

  constructor(
    private readonly graph: Graph,
    private readonly base: string,
  ) {}

  id(term: Term, line: number): string {
    if (term.kind !== "iri") fail(line, `expected a record IRI, got ${show(term)}`);
    if (!term.value.startsWith(this.base))
      fail(line, `${show(term)} is not under the base IRI <${this.base}>`);
    try {
      return decodeId(term.value.slice(this.base.length));
    } catch (error) {
      if (error instanceof StatecraftJsonLdError) fail(line, error.message);
      throw error;
    }
  }

  private literal(term: Term, datatype: string, line: number, what: string): string {
    if (term.kind !== "literal" || term.language !== "" || term.datatype !== datatype)
      fail(line, `expected ${what}, got ${show(term)}`);
    return term.value;
  }

  private value(field: Field, statement: Statement, on: string): unknown {
    const { object, line } = statement;
    const v = field.value;
    const where = `\`${field.name}\` of ${on}`;
    switch (v.type) {
      case "string":
        return this.literal(object, XSD_STRING, line, `a string literal for ${where}`);
      case "number": {
        const text = this.literal(object, XSD_DOUBLE, line, `an xsd:double literal for ${where}`);
        const number = Number(text);
        if (!DOUBLE.test(text) || !Number.isFinite(number))
          fail(line, `${show(object)} is not a finite xsd:double (${where})`);
        return number;
      }
      case "date": {
        if (object.kind !== "literal" || !DATE_DATATYPES.has(object.datatype))
          fail(
            line,
            `expected a date literal (xsd:gYear, xsd:gYearMonth, xsd:date, xsd:dateTime or edtf:EDTF) for ${where}, got ${show(object)}`,
          );
        if (!isPartialDate(object.value))
          fail(line, `${show(object)} is not a partial date (${where})`);
        const expected = dateLiteral(object.value).iri;
        if (object.datatype !== EDTF_DATATYPE && object.datatype !== expected)
          fail(
            line,
            `${show(object)} has the wrong datatype: ${JSON.stringify(object.value)} is <${expected}> (${where})`,
          );
        return object.value;
      }
      case "url":
        if (object.kind === "iri") return object.value;
        return this.literal(object, XSD_ANY_URI, line, `an IRI or xsd:anyURI literal for ${where}`);
      case "ref":
        return this.id(object, line);
      case "enum": {
        const member =
          object.kind === "iri"
            ? v.enumeration.values.find((m) => m.iri === object.value)
            : undefined;
        if (member === undefined)
          fail(
            line,
            `expected one of ${v.enumeration.curie} (${v.enumeration.values.map((m) => m.value).join(", ")}) for ${where}, got ${show(object)}`,
          );
        return member.value;
      }
      case "entity":
        if (
          object.kind !== "iri" ||
          !object.value.startsWith(v.namespace) ||
          object.value.length === v.namespace.length
        )
          fail(line, `expected an IRI under <${v.namespace}> for ${where}, got ${show(object)}`);
        return object.value.slice(v.namespace.length);
      case "node":
        if (object.kind === "literal" && object.language !== "" && isLanguageTagged(v.shape))
          return withTaggedText(v.shape, {}, object.value, object.language);
        return this.node(v.shape, this.blank(object, line, where), line, {});
      case "union": {
        const key = this.blank(object, line, where);
        const types = this.statementsOf(key).filter((s) => s.predicate === RDF_TYPE);
        const shape = v.shapes.find((s) => types.some((t) => t.object.value === s.iri));
        if (shape?.discriminator === undefined || types.length !== 1)
          fail(
            types[0]?.line ?? line,
            `the ${field.name} node ${key} needs exactly one type among ${v.shapes.map((s) => s.curie).join(", ")}`,
          );
        return this.node(shape, key, line, { [v.discriminator]: shape.discriminator.value });
      }
    }
  }

  /** The key of a blank node object, marked as read. */
  private blank(object: Term, line: number, where: string): string {
    if (object.kind !== "blank")
      fail(line, `expected a blank node for ${where}, got ${show(object)}`);
    const key = keyOf(object);
    this.visited.add(key);
    return key;
  }

  private statementsOf(key: string): readonly Statement[] {
    return this.graph.subjects.get(key)?.statements ?? [];
  }

  /** Reads a nested node; `line` is the statement that links to it. */
  private node(shape: Shape, key: string, line: number, out: Record<string, unknown>): unknown {
    const all = this.statementsOf(key);
    if (shape.discriminator === undefined) {
      // A nested node's type, when given, is its shape's class (a union's is checked by `value`).
      const types = all.filter((s) => s.predicate === RDF_TYPE);
      const wrong = types.find((t) => t.object.kind !== "iri" || t.object.value !== shape.iri);
      if (wrong !== undefined || types.length > 1)
        fail(
          (wrong ?? (types[1] as Statement)).line,
          `the ${shape.name} node ${key} (linked on line ${line}) has type ${(wrong ?? (types[1] as Statement)).object.value}; expected only <${shape.iri}>`,
        );
    }
    let statements = all.filter((s) => s.predicate !== RDF_TYPE);
    const fields = taggedFields(shape);
    const textIri = fields && shape.fields.find((f) => f.name === fields.text)?.iri;
    const tagged = statements.find(
      (s) => s.predicate === textIri && s.object.kind === "literal" && s.object.language !== "",
    );
    if (fields !== undefined && tagged !== undefined) {
      // A name with a kind: the node's name is a language-tagged literal.
      const language = tagged.object.kind === "literal" ? tagged.object.language : "";
      statements = statements.map((s) =>
        s === tagged && s.object.kind === "literal"
          ? { ...s, object: { ...s.object, language: "", datatype: XSD_STRING } }
          : s,
      );
      const rest = this.fields(
        shape,
        statements,
        `a ${shape.name} (${key}, linked on line ${line})`,
        line,
        out,
        derivedPredicatesOf(shape.name),
      );
      if (rest[fields.language] !== undefined)
        fail(tagged.line, `both a language-tagged ${fields.text} and ${fields.language} on ${key}`);
      return withTaggedText(shape, rest, tagged.object.value, language);
    }
    return this.fields(
      shape,
      statements,
      `a ${shape.name} (${key}, linked on line ${line})`,
      line,
      out,
      derivedPredicatesOf(shape.name),
    );
  }

  /** Reads the fields of a node from its statements (without the `rdf:type` ones). */
  fields(
    shape: Shape,
    statements: readonly Statement[],
    on: string,
    line: number,
    out: Record<string, unknown>,
    ignore: ReadonlySet<string> = new Set(),
  ): Record<string, unknown> {
    const byField = new Map<Field, Statement[]>();
    for (const statement of statements) {
      if (ignore.has(statement.predicate)) continue;
      const field = fieldOf(shape, statement.predicate);
      if (field === undefined)
        fail(statement.line, `<${statement.predicate}> is not a property of ${on}`);
      const list = byField.get(field);
      if (list) list.push(statement);
      else byField.set(field, [statement]);
    }
    for (const field of shape.fields) {
      const values = byField.get(field) ?? [];
      if (!field.array) {
        if (values.length > 1)
          fail(
            (values[1] as Statement).line,
            `a second value for \`${field.name}\` (<${field.iri}>) of ${on}, which has one`,
          );
        const only = values[0];
        if (only === undefined) {
          if (!field.optional) fail(line, `${on} has no \`${field.name}\` (<${field.iri}>)`);
          continue;
        }
        out[field.name] = this.value(field, only, on);
      } else if (field.list) {
        if (values.length > 1)
          fail((values[1] as Statement).line, `a second list for \`${field.name}\` of ${on}`);
        const only = values[0];
        if (only !== undefined) out[field.name] = this.list(field, only, on);
      } else {
        const items = setItems(
          field,
          values.map((s) => this.value(field, s, on)),
        );
        if (items.length < field.minItems)
          fail(line, `${on} needs at least ${field.minItems} \`${field.name}\` (<${field.iri}>)`);
        if (items.length > 0 || !field.optional) out[field.name] = items;
      }
    }
    return out;
  }

  /** Reads an `rdf:List`. */
  private list(field: Field, head: Statement, on: string): unknown[] {
    const items: unknown[] = [];
    let cell = head.object;
    let line = head.line;
    const where = `the list \`${field.name}\` of ${on}`;
    while (!(cell.kind === "iri" && cell.value === RDF_NIL)) {
      const key = this.blank(cell, line, where);
      const statements = this.statementsOf(key);
      const first = statements.filter((s) => s.predicate === RDF_FIRST);
      const rest = statements.filter((s) => s.predicate === RDF_REST);
      const other = statements.find((s) => s.predicate !== RDF_FIRST && s.predicate !== RDF_REST);
      if (other) fail(other.line, `a list cell of ${where} with <${other.predicate}>`);
      if (first.length !== 1 || rest.length !== 1)
        fail(line, `the list cell ${key} of ${where} needs one rdf:first and one rdf:rest`);
      items.push(this.value(field, first[0] as Statement, on));
      cell = (rest[0] as Statement).object;
      line = (rest[0] as Statement).line;
    }
    return items;
  }

  /** Fails on a blank node no record reaches. */
  checkAllRead(): void {
    for (const [key, subject] of this.graph.subjects) {
      if (subject.term.kind === "blank" && !this.visited.has(key))
        fail(
          subject.statements[0]?.line ?? 0,
          `the blank node ${key} is not reached from any record`,
        );
    }
  }
}

function describeTypes(types: readonly Statement[]): string {
  return types.map((t) => show(t.object)).join(", ");
}

/**
 * Reads N-Quads written by {@link toNQuads} (plain or canonical) back into a dataset: every
 * record, field, partial date, enumeration value, nested structure (blank node), citation and
 * the dataset's name, description and licence. Derived schema.org statements (`eventStatus`,
 * `attendee`, `schema:subEvent`...) are checked or skipped; they are recomputed on export.
 *
 * A graph has no order, so the dataset comes back in a canonical order: records sorted by id
 * within each list, and the items of every array field sorted by content, except `authors`,
 * which is an `rdf:List` and keeps its order. A repeated IRI or literal in an array is one
 * statement and reads back once; an empty optional array reads back as absent; numbers are the
 * canonical `xsd:double` the writer wrote (16 significant digits). Plain and canonical exports of
 * a dataset read back to the same dataset, and to what {@link fromJsonLd} reads from its JSON-LD
 * put in that order.
 *
 * It reads the statements `toNQuads` writes, not arbitrary RDF: a statement that does not fit
 * the Statecraft model (an unknown property, a literal of the wrong datatype, a second value for
 * a single field, a named graph) is an error. The `n3` parser is loaded on first use.
 *
 * @param input - The N-Quads text, or its chunks (any split, such as `toNQuads(...)` or a file stream decoded as UTF-8).
 * @param options - The base IRI the export was made with.
 * @returns The dataset, with metadata from the `schema:Dataset` node.
 * @throws {StatecraftJsonLdError} With code `invalid_document`, naming the line and what is wrong, for malformed N-Quads or statements that do not fit the model.
 * @example
 * ```ts
 * const text = await toNQuadsString(dataset, { base: "https://data.example.org/" });
 * const back = await fromNQuads(text, { base: "https://data.example.org/" });
 * back.meetings?.[0]?.participants; // the same participants, in canonical order
 * ```
 * @see https://github.com/statecraft-data/statecraft/blob/main/docs/linked-data.md
 */
export async function fromNQuads(
  input: string | AsyncIterable<string>,
  options?: FromNQuadsOptions,
): Promise<Dataset> {
  if (options?.base !== undefined) checkBase(options.base);
  const graph = await readGraph(input);
  const model = getModel();
  const datasetClass = model.dataset.iri;
  const recordClasses = new Map(model.records.map((shape) => [shape.iri, shape]));

  const typesOf = (subject: Subject): Statement[] =>
    subject.statements.filter((s) => s.predicate === RDF_TYPE);
  const datasetNodes = [...graph.subjects.values()].filter(
    (s) => s.term.kind === "iri" && typesOf(s).some((t) => t.object.value === datasetClass),
  );
  if (datasetNodes.length > 1)
    fail(typesOf(datasetNodes[1] as Subject)[0]?.line ?? 0, "a second schema:Dataset node");
  const datasetNode = datasetNodes[0];
  const uriSpace = datasetNode?.statements.find((s) => s.predicate === VOID_URI_SPACE)?.object;
  const base =
    options?.base ??
    (uriSpace?.kind === "literal" ? uriSpace.value : undefined) ??
    datasetNode?.term.value ??
    DEFAULT_BASE;
  const reader = new RecordReader(graph, base);

  const records: StatecraftRecord[] = [];
  const subEvents: { parent: Term; child: Term; line: number }[] = [];
  let metadata: Pick<Dataset, "name" | "description" | "license"> = {};
  for (const subject of graph.subjects.values()) {
    if (subject.term.kind !== "iri") continue;
    const first = subject.statements[0]?.line ?? 0;
    const others: Statement[] = [];
    for (const s of subject.statements) {
      if (s.predicate === SUB_EVENT)
        subEvents.push({ parent: subject.term, child: s.object, line: s.line });
      else others.push(s);
    }
    const types = typesOf(subject);
    if (subject === datasetNode) {
      const extra = types.find((t) => t.object.value !== datasetClass);
      if (extra) fail(extra.line, `the dataset node has a second type ${show(extra.object)}`);
      metadata = reader.fields(
        model.dataset,
        others.filter((s) => s.predicate !== RDF_TYPE),
        "the dataset node",
        first,
        {},
        derivedPredicatesOf(model.dataset.name),
      ) as typeof metadata;
      continue;
    }
    if (others.length === 0) continue; // only `schema:subEvent`: a parent meeting outside the data
    const classes = types.filter((t) => recordClasses.has(t.object.value));
    const unknown = types.find(
      (t) => !recordClasses.has(t.object.value) && !DERIVED_CLASSES.has(t.object.value),
    );
    if (unknown)
      fail(
        unknown.line,
        `${show(subject.term)} has the type ${show(unknown.object)}, which is no Statecraft record class`,
      );
    if (classes.length !== 1)
      fail(
        classes[1]?.line ?? first,
        classes.length === 0
          ? `${show(subject.term)} has no record class (rdf:type)`
          : `${show(subject.term)} has more than one record class: ${describeTypes(classes)}`,
      );
    const shape = recordClasses.get((classes[0] as Statement).object.value) as Shape;
    const record: Record<string, unknown> = {
      id: reader.id(subject.term, first),
      type: shape.record?.type,
    };
    if (shape.record?.kind !== undefined) record.kind = shape.record.kind;
    records.push(
      reader.fields(
        shape,
        others.filter((s) => s.predicate !== RDF_TYPE),
        `the ${shape.name} ${show(subject.term)}`,
        (types[0] as Statement).line,
        record,
        derivedPredicatesOf(shape.name),
      ) as unknown as StatecraftRecord,
    );
  }
  reader.checkAllRead();

  const byId = new Map(records.map((r) => [r.id, r]));
  for (const { parent, child, line } of subEvents) {
    const childRecord = child.kind === "iri" ? byId.get(reader.id(child, line)) : undefined;
    const parentId = reader.id(parent, line);
    if (childRecord?.type !== "meeting" || childRecord.parent !== parentId)
      fail(
        line,
        `${show(parent)} schema:subEvent ${show(child)}, but ${show(child)} is not a meeting whose parent is ${JSON.stringify(parentId)}`,
      );
  }
  return toDataset(recordsById(records), metadata);
}
