/**
 * The export model: every record shape, nested shape, field and enumeration of the zod schemas,
 * with the RDF term each maps to. Derived once from `@statecraft/core`'s schemas (read through
 * core's schema walker, `schema-walk.ts`, like its `record-references.ts`), the explicit overrides in
 * `conventions.ts` and core's `referenceRegistry`; the context, vocabulary, shapes and both
 * writers all read it.
 *
 * @module
 */
import {
  arrayElement,
  DatasetSchema,
  derivesFrom,
  discriminatorOf,
  IssueSchema,
  MeetingSchema,
  OrganizationSchema,
  objectShape,
  PartialDateSchema,
  PersonSchema,
  type RecordType,
  type ReferenceTarget,
  referenceRegistry,
  SourceSchema,
  StateSchema,
  schemaChecks,
  schemaDef,
  TariffSchema,
  unionOptions,
  unwrap,
} from "@statecraft/core";
import * as z from "zod";
import { expandCurie, WIKIDATA_ENTITY } from "../namespaces.js";
import {
  CLASS_OVERRIDES,
  ENUMERATION_NAMES,
  LIST_FIELDS,
  NOT_EXPORTED,
  PROPERTY_OVERRIDES,
  WIKIDATA_FIELDS,
} from "./conventions.js";

/** An enumeration: a class whose individuals are the allowed values. */
export interface Enumeration {
  readonly name: string;
  readonly curie: string;
  readonly description: string;
  readonly values: readonly EnumerationValue[];
}

/** One enumeration value and its IRI. */
export interface EnumerationValue {
  readonly value: string;
  readonly curie: string;
  readonly iri: string;
}

/** What a field holds, and so how it is written. */
export type ValueType =
  | { readonly type: "string" }
  | { readonly type: "number" }
  | { readonly type: "date" }
  | { readonly type: "url" }
  | { readonly type: "ref"; readonly target: ReferenceTarget }
  | { readonly type: "enum"; readonly enumeration: Enumeration }
  | { readonly type: "entity"; readonly namespace: string }
  | { readonly type: "node"; readonly shape: Shape }
  | { readonly type: "union"; readonly discriminator: string; readonly shapes: readonly Shape[] };

/** A field of a shape and the property it maps to. */
export interface Field {
  /** The field name, which is also the JSON-LD term. */
  readonly name: string;
  /** The property as a compact IRI (`schema:name`). */
  readonly curie: string;
  /** The property IRI. */
  readonly iri: string;
  readonly value: ValueType;
  readonly array: boolean;
  /** Exported as an `rdf:List` (order kept in RDF). */
  readonly list: boolean;
  readonly optional: boolean;
  /** The least number of items of an array field (`.min(n)`). */
  readonly minItems: number;
  /** The regular expressions a string field must match (`.regex()`). */
  readonly patterns: readonly RegExp[];
  readonly description: string;
}

/** An object schema: a record shape, a duty variant, or a nested structure (blank node). */
export interface Shape {
  /** The schema id (`Meeting`, `Participant`), also the JSON-LD class term for typed shapes. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The class as a compact IRI. */
  readonly curie: string;
  /** The class IRI. */
  readonly iri: string;
  /** Whether nodes of this shape carry `@type` (records, the dataset and duty variants). */
  readonly typed: boolean;
  /** For records: the record type, and the actor kind for actors. */
  readonly record?: { readonly type: RecordType; readonly kind?: string };
  /** The discriminating field and its value (`kind: "ad_valorem"`), encoded as `@type`. */
  readonly discriminator?: { readonly field: string; readonly value: string };
  /** Exported fields, in schema order (without `id`, `type` and the discriminator). */
  readonly fields: readonly Field[];
  /** Every field name of the schema, exported or not. */
  readonly allFields: readonly string[];
}

type AnySchema = z.core.$ZodType;

function metaOf(schema: AnySchema): { id?: string; title?: string; description?: string } {
  return (z.globalRegistry.get(schema) ?? {}) as {
    id?: string;
    title?: string;
    description?: string;
  };
}

function descriptionOf(chain: readonly AnySchema[]): string {
  for (const s of chain) {
    const d = metaOf(s).description;
    if (d) return d;
  }
  return "";
}

function referenceTarget(chain: readonly AnySchema[]): ReferenceTarget | undefined {
  for (const s of chain) {
    const target = referenceRegistry.get(s as z.ZodType);
    if (target) return target;
  }
  return undefined;
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function singular(name: string): string {
  return name.endsWith("s") && !name.endsWith("ss") ? name.slice(0, -1) : name;
}

function override(
  table: Readonly<Record<string, string>>,
  shape: string,
  field: string,
): string | undefined {
  const exact = `${shape}.${field}`;
  if (Object.hasOwn(table, exact)) return table[exact];
  const any = `*.${field}`;
  return Object.hasOwn(table, any) ? table[any] : undefined;
}

function inSet(set: ReadonlySet<string>, shape: string, field: string): boolean {
  return set.has(`${shape}.${field}`) || set.has(`*.${field}`);
}

/** Builds the model; one instance per process (see {@link getModel}). */
class ModelBuilder {
  readonly shapes = new Map<AnySchema, Shape>();
  readonly enumerations = new Map<string, Enumeration>();

  shape(
    schema: AnySchema,
    typed: boolean,
    extra: Pick<Shape, "record" | "discriminator"> = {},
  ): Shape {
    const cached = this.shapes.get(schema);
    if (cached) return cached;
    const fieldSchemas = objectShape(schema);
    if (!fieldSchemas) throw new Error(`expected an object schema, got ${schemaDef(schema).type}`);
    const meta = metaOf(schema);
    if (!meta.id) throw new Error("every exported object schema needs a meta id");
    const name = meta.id;
    const curie = CLASS_OVERRIDES[name] ?? `sc:${name}`;
    const fields: Field[] = [];
    const shape: Shape = {
      name,
      title: meta.title ?? name,
      description: meta.description ?? "",
      curie,
      iri: expandCurie(curie),
      typed,
      ...extra,
      fields,
      allFields: Object.keys(fieldSchemas),
    };
    this.shapes.set(schema, shape);
    for (const [fieldName, fieldSchema] of Object.entries(fieldSchemas)) {
      if (extra.record && (fieldName === "id" || fieldName === "type")) continue;
      if (extra.discriminator?.field === fieldName) continue;
      if (Object.hasOwn(NOT_EXPORTED, `${name}.${fieldName}`)) continue;
      fields.push(this.field(name, fieldName, fieldSchema));
    }
    return shape;
  }

  field(shapeName: string, name: string, schema: AnySchema): Field {
    const outer = unwrap(schema);
    let chain = outer.chain;
    let inner = outer.schema;
    let array = false;
    let minItems = 0;
    const elementSchema = arrayElement(inner);
    if (elementSchema) {
      array = true;
      minItems = Math.max(
        0,
        ...schemaChecks(inner).map((c) => (c.check === "min_length" ? Number(c.minimum) : 0)),
      );
      const element = unwrap(elementSchema);
      chain = [...chain, ...element.chain];
      inner = element.schema;
    }
    const value = this.valueType(shapeName, name, inner, chain);
    const explicit = override(PROPERTY_OVERRIDES, shapeName, name);
    const curie =
      explicit ??
      (value.type === "enum"
        ? `sc:${lowerFirst(value.enumeration.name)}`
        : `sc:${array ? singular(name) : name}`);
    return {
      name,
      curie,
      iri: expandCurie(curie),
      value,
      array,
      list: array && inSet(LIST_FIELDS, shapeName, name),
      optional: outer.optional,
      minItems,
      patterns: chain.flatMap((c) =>
        schemaChecks(c).flatMap((check) =>
          check.pattern instanceof RegExp ? [check.pattern] : [],
        ),
      ),
      description: descriptionOf(chain),
    };
  }

  valueType(
    shapeName: string,
    name: string,
    inner: AnySchema,
    chain: readonly AnySchema[],
  ): ValueType {
    const def = schemaDef(inner) as {
      type: string;
      entries?: Record<string, string>;
      format?: string;
    };
    switch (def.type) {
      case "string": {
        const target = referenceTarget(chain);
        if (target) return { type: "ref", target };
        if (chain.some((s) => derivesFrom(s, PartialDateSchema))) return { type: "date" };
        if (def.format === "url") return { type: "url" };
        if (inSet(WIKIDATA_FIELDS, shapeName, name))
          return { type: "entity", namespace: WIKIDATA_ENTITY };
        return { type: "string" };
      }
      case "number":
        return { type: "number" };
      case "enum":
        return {
          type: "enum",
          enumeration: this.enumeration(shapeName, name, Object.values(def.entries ?? {}), chain),
        };
      case "object":
        return { type: "node", shape: this.shape(inner, false) };
      case "union": {
        const discriminator = discriminatorOf(inner);
        if (!discriminator)
          throw new Error(`${shapeName}.${name}: only discriminated unions can be exported`);
        const shapes = (unionOptions(inner) ?? []).map((option) => {
          const literal = schemaDef(objectShape(option)?.[discriminator] as AnySchema) as {
            values?: unknown[];
          };
          return this.shape(option, true, {
            discriminator: { field: discriminator, value: String(literal.values?.[0]) },
          });
        });
        return { type: "union", discriminator, shapes };
      }
      default:
        throw new Error(`${shapeName}.${name}: no export convention for zod type "${def.type}"`);
    }
  }

  enumeration(
    shapeName: string,
    field: string,
    values: readonly string[],
    chain: readonly AnySchema[],
  ): Enumeration {
    const name =
      ENUMERATION_NAMES[`${shapeName}.${field}`] ??
      (field.toLowerCase().startsWith(shapeName.toLowerCase())
        ? pascal(field)
        : `${shapeName}${pascal(field)}`);
    const existing = this.enumerations.get(name);
    if (existing) return existing;
    const enumeration: Enumeration = {
      name,
      curie: `sc:${name}`,
      description: descriptionOf(chain),
      values: values.map((value) => ({
        value,
        curie: `sc:${name}-${value}`,
        iri: expandCurie(`sc:${name}-${value}`),
      })),
    };
    this.enumerations.set(name, enumeration);
    return enumeration;
  }
}

/** The whole export model. */
export interface Model {
  /** Record shapes, in dataset order: person, state, organization, meeting, issue, tariff, source. */
  readonly records: readonly Shape[];
  /** The dataset metadata shape. */
  readonly dataset: Shape;
  /** Every shape (records, dataset, nested, duty variants), in discovery order. */
  readonly shapes: readonly Shape[];
  readonly enumerations: readonly Enumeration[];
  /** The record shape for a record: by actor kind for actors, by type otherwise. */
  readonly recordShape: ReadonlyMap<string, Shape>;
  /** Typed shapes by class term (`Person`, `AdValoremDuty`, `Dataset`). */
  readonly byName: ReadonlyMap<string, Shape>;
}

let model: Model | undefined;

/**
 * The export model, derived from the schemas on first use.
 *
 * @returns The shared model.
 */
export function getModel(): Model {
  if (model) return model;
  const builder = new ModelBuilder();
  const actor = (schema: AnySchema, kind: string): Shape =>
    builder.shape(schema, true, {
      record: { type: "actor", kind },
      discriminator: { field: "kind", value: kind },
    });
  const records = [
    actor(PersonSchema, "person"),
    actor(StateSchema, "state"),
    actor(OrganizationSchema, "organization"),
    builder.shape(MeetingSchema, true, { record: { type: "meeting" } }),
    builder.shape(IssueSchema, true, { record: { type: "issue" } }),
    builder.shape(TariffSchema, true, { record: { type: "tariff" } }),
    builder.shape(SourceSchema, true, { record: { type: "source" } }),
  ];
  const dataset = builder.shape(DatasetSchema, true);
  const shapes = [...builder.shapes.values()];
  model = {
    records,
    dataset,
    shapes,
    enumerations: [...builder.enumerations.values()],
    recordShape: new Map(records.map((s) => [s.record?.kind ?? s.record?.type ?? s.name, s])),
    byName: new Map(shapes.filter((s) => s.typed).map((s) => [s.name, s])),
  };
  return model;
}
