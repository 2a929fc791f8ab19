/**
 * The JSON-LD 1.1 context, derived from the zod schemas.
 *
 * @module
 */
import { DERIVED_TYPES, derivedTermsOf } from "./internal/derived.js";
import { type Field, getModel, type Shape } from "./internal/model.js";
import { PREFIXES } from "./namespaces.js";

/** A JSON-LD term definition, as the context writes it: an IRI, or an expanded definition. */
export type TermDefinition =
  | string
  | number
  | { readonly [key: string]: string | ContextDefinition };

/** A JSON-LD context object (the value of `@context`). */
export interface ContextDefinition {
  readonly [term: string]: TermDefinition;
}

function fieldTerm(field: Field): TermDefinition {
  const def: Record<string, string | ContextDefinition> = { "@id": field.curie };
  const value = field.value;
  switch (value.type) {
    case "ref":
    case "url":
      def["@type"] = "@id";
      break;
    case "number":
      def["@type"] = "xsd:double";
      break;
    case "enum":
      def["@type"] = "@vocab";
      def["@context"] = Object.fromEntries(value.enumeration.values.map((v) => [v.value, v.curie]));
      break;
    case "entity":
      def["@type"] = "@vocab";
      def["@context"] = { "@vocab": value.namespace };
      break;
    case "node":
      def["@context"] = shapeTerms(value.shape);
      break;
    case "string":
    case "date":
    case "union":
      break;
  }
  if (field.array) def["@container"] = field.list ? "@list" : "@set";
  return def;
}

function shapeTerms(shape: Shape): ContextDefinition {
  const terms: Record<string, TermDefinition> = {};
  for (const field of shape.fields) terms[field.name] = fieldTerm(field);
  for (const derived of derivedTermsOf(shape.name)) {
    const def: Record<string, string | ContextDefinition> =
      derived.kind === "reverse" ? { "@reverse": derived.curie } : { "@id": derived.curie };
    if (derived.kind === "ref" || derived.kind === "reverse") def["@type"] = "@id";
    if (derived.kind === "day") def["@type"] = "xsd:date";
    if (derived.kind === "vocab") {
      def["@type"] = "@vocab";
      const named = (derived.values ?? []).filter((v) => v.value !== v.curie);
      if (named.length > 0)
        def["@context"] = Object.fromEntries(named.map((v) => [v.value, v.curie]));
    }
    if (derived.array) def["@container"] = "@set";
    terms[derived.term] = def;
  }
  return terms;
}

let context: { readonly "@context": ContextDefinition } | undefined;

/**
 * Builds the Statecraft JSON-LD context from the schemas: `id` and `type` alias `@id` and
 * `@type`; each record class (`Person`, `State`, `Organization`, `Meeting`, `Issue`, `Tariff`,
 * `Source`), the `Dataset` and each duty class is a term with a type-scoped context holding its
 * fields; nested structures (participants, offices, citations...) get property-scoped contexts,
 * so every field keeps its name from the data files.
 *
 * The result equals the shipped `@statecraft/jsonld/context.jsonld`, which is the document served
 * at {@link STATECRAFT_CONTEXT_URL}.
 *
 * @returns The context document, `{ "@context": { ... } }`.
 * @example
 * ```ts
 * const context = statecraftContext();
 * context["@context"].Meeting; // { "@id": "schema:Event", "@context": { kind: ..., status: ..., ... } }
 * ```
 */
export function statecraftContext(): { readonly "@context": ContextDefinition } {
  if (context) return context;
  const model = getModel();
  const terms: Record<string, TermDefinition> = {
    "@version": 1.1,
    ...PREFIXES,
    id: "@id",
    type: "@type",
  };
  for (const shape of model.shapes) {
    if (shape.typed) terms[shape.name] = { "@id": shape.curie, "@context": shapeTerms(shape) };
  }
  for (const extra of DERIVED_TYPES) terms[extra.term] = { "@id": extra.curie };
  context = { "@context": terms };
  return context;
}
