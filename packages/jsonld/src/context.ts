/**
 * The JSON-LD 1.1 context, derived from the zod schemas.
 *
 * @module
 */
import { DERIVED_TYPES, type DerivedTerm, derivedTermsOf } from "./internal/derived.js";
import { type Field, getModel, type Shape } from "./internal/model.js";
import { PREFIXES, WIKIDATA_ENTITY } from "./namespaces.js";

/** A JSON-LD term definition, as the context writes it: an IRI, or an expanded definition. */
export type TermDefinition =
  | string
  | number
  | boolean
  | null
  | { readonly [key: string]: string | boolean | ContextDefinition };

/** A JSON-LD context object (the value of `@context`). */
export interface ContextDefinition {
  readonly [term: string]: TermDefinition;
}

/** A term as a shape defines it: its definition without nested contexts, and the nested shape. */
interface ScopedTerm {
  /** The definition, without the `@context` of a nested shape. */
  readonly def: Record<string, string | ContextDefinition>;
  /** The shape of the nested node, whose terms form the property-scoped `@context`. */
  readonly nested?: Shape;
  /** Compares definitions: the JSON of `def` and the nested shape's name. */
  readonly signature: string;
}

function fieldTerm(field: Field): ScopedTerm {
  const def: Record<string, string | ContextDefinition> = { "@id": field.curie };
  const value = field.value;
  let nested: Shape | undefined;
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
      nested = value.shape;
      break;
    case "string":
    case "date":
    case "union":
      break;
  }
  if (field.array) def["@container"] = field.list ? "@list" : "@set";
  return scoped(def, nested);
}

function scoped(def: Record<string, string | ContextDefinition>, nested?: Shape): ScopedTerm {
  return {
    def,
    ...(nested ? { nested } : {}),
    signature: `${JSON.stringify(def)}→${nested?.name ?? ""}`,
  };
}

function derivedTerm(derived: DerivedTerm): ScopedTerm {
  const def: Record<string, string | ContextDefinition> =
    derived.kind === "reverse" ? { "@reverse": derived.curie } : { "@id": derived.curie };
  if (derived.kind === "ref" || derived.kind === "reverse") def["@type"] = "@id";
  if (derived.kind === "day") def["@type"] = "xsd:date";
  if (derived.kind === "entity") {
    def["@type"] = "@vocab";
    def["@context"] = { "@vocab": WIKIDATA_ENTITY };
  }
  if (derived.kind === "vocab") {
    def["@type"] = "@vocab";
    const named = (derived.values ?? []).filter((v) => v.value !== v.curie);
    if (named.length > 0)
      def["@context"] = Object.fromEntries(named.map((v) => [v.value, v.curie]));
  }
  if (derived.array) def["@container"] = "@set";
  return scoped(def);
}

/** Every term a shape's nodes use (fields, then derived terms). */
function shapeTerms(shape: Shape): Map<string, ScopedTerm> {
  const terms = new Map<string, ScopedTerm>();
  for (const field of shape.fields) terms.set(field.name, fieldTerm(field));
  for (const derived of derivedTermsOf(shape.name)) terms.set(derived.term, derivedTerm(derived));
  return terms;
}

/**
 * Chooses the terms defined at the top level, so that a node keeps its properties whatever its
 * type (none, `schema:Event`...): every term whose meaning is the same on all typed shapes. A
 * term that means different things on two typed shapes (`kind`, `status`, `parent`) stays in
 * their type-scoped contexts, since a type-scoped context may not redefine a protected term. A
 * nested shape may give a term another meaning (an office's `title` is `schema:roleName`): its
 * property-scoped context may override a protected term.
 */
function topLevelTerms(): Map<string, ScopedTerm> {
  const typed = new Map<string, Map<string, ScopedTerm>>();
  const nested = new Map<string, ScopedTerm>();
  for (const shape of getModel().shapes) {
    for (const [name, term] of shapeTerms(shape)) {
      if (shape.typed) {
        const bySignature = typed.get(name) ?? new Map<string, ScopedTerm>();
        bySignature.set(term.signature, term);
        typed.set(name, bySignature);
      } else if (!nested.has(name)) nested.set(name, term);
    }
  }
  const top = new Map<string, ScopedTerm>();
  for (const [name, bySignature] of typed)
    if (bySignature.size === 1) top.set(name, [...bySignature.values()][0] as ScopedTerm);
  for (const [name, term] of nested) if (!typed.has(name)) top.set(name, term);
  return top;
}

/** Renders a term, with the property-scoped context of its nested shape when it needs one. */
function render(term: ScopedTerm, top: ReadonlyMap<string, ScopedTerm>): TermDefinition {
  if (!term.nested) return term.def;
  const local = localTerms(term.nested, top);
  return Object.keys(local).length === 0 ? term.def : { ...term.def, "@context": local };
}

/** The property a term stands for (`rev:` before it for a reverse property). */
function propertyOf(term: ScopedTerm): string {
  const reverse = term.def["@reverse"];
  return typeof reverse === "string" ? `rev:${reverse}` : String(term.def["@id"]);
}

/**
 * A shape's terms that the top level does not already define the same way. A top-level term for
 * the same property under another name (`name` where a meeting says `title`, `start` where it
 * says `startDate`) is undefined (`null`) here, so that compacting picks the shape's own name;
 * `unprotect` collects those a type-scoped context undefines, which must not be protected.
 */
function localTerms(
  shape: Shape,
  top: ReadonlyMap<string, ScopedTerm>,
  unprotect?: Set<string>,
): ContextDefinition {
  const terms: Record<string, TermDefinition> = {};
  const own = shapeTerms(shape);
  const properties = new Set([...own.values()].map(propertyOf));
  for (const [name, term] of top) {
    if (own.has(name) || !properties.has(propertyOf(term))) continue;
    terms[name] = null;
    unprotect?.add(name);
  }
  for (const [name, term] of own) {
    if (top.get(name)?.signature === term.signature) continue;
    terms[name] = render(term, top);
  }
  return terms;
}

let context: { readonly "@context": ContextDefinition } | undefined;

/**
 * Builds the Statecraft JSON-LD context from the schemas: `id` and `type` alias `@id` and
 * `@type`; every field keeps its name from the data files. A field name that means the same on
 * every record class is a top-level term, so a node keeps its properties whatever its type (none,
 * `schema:Event`...); the few that differ between classes (`kind`, `status`, `parent`) are in
 * the type-scoped context of each class (`Person`, `State`, `Organization`, `Meeting`, `Issue`,
 * `Tariff`, `Source`, `Dataset`, the duty classes), and nested structures (participants, offices,
 * citations...) redefine what they need in property-scoped contexts. Every term is `@protected`.
 *
 * The result equals the shipped `@statecraft/jsonld/context.jsonld`, which is the document served
 * at {@link STATECRAFT_CONTEXT_URL}.
 *
 * @returns The context document, `{ "@context": { ... } }`.
 * @example
 * ```ts
 * const context = statecraftContext();
 * context["@context"].Meeting; // { "@id": "schema:Event", "@context": { "@protected": true, kind: ..., status: ..., parent: ... } }
context["@context"].participants; // { "@id": "sc:participant", "@container": "@set", "@context": { role: ... } }
 * ```
 */
export function statecraftContext(): { readonly "@context": ContextDefinition } {
  if (context) return context;
  const model = getModel();
  const top = topLevelTerms();
  const terms: Record<string, TermDefinition> = {
    "@version": 1.1,
    "@protected": true,
    ...PREFIXES,
    id: "@id",
    type: "@type",
  };
  const unprotect = new Set<string>();
  for (const shape of model.shapes) {
    if (!shape.typed) {
      // Nested nodes are typed too; their terms are in their property's scoped context.
      terms[shape.name] = { "@id": shape.curie };
      continue;
    }
    const local = localTerms(shape, top, unprotect);
    terms[shape.name] =
      Object.keys(local).length === 0
        ? { "@id": shape.curie }
        : { "@id": shape.curie, "@context": { "@protected": true, ...local } };
  }
  for (const extra of DERIVED_TYPES) terms[extra.term] = { "@id": extra.curie };
  for (const [name, term] of top) {
    const def = render(term, top);
    terms[name] =
      unprotect.has(name) && typeof def === "object" && def !== null
        ? { ...def, "@protected": false }
        : def;
  }
  context = { "@context": terms };
  return context;
}
