/** The RDFS/OWL vocabulary of the `sc:` terms, rendered from the model as Turtle. */
import { DataFactory, type Quad_Object } from "n3";
import {
  ALIGNMENT_PREFIXES,
  ALIGNMENTS,
  ONTOLOGY_METADATA,
} from "../../src/internal/conventions.js";
import {
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
  type DerivedTerm,
  derivedTerms,
} from "../../src/internal/derived.js";
import { type Field, getModel, type Shape } from "../../src/internal/model.js";
import { expandCurie, STATECRAFT_VOCAB, STATECRAFT_VOCAB_VERSION } from "../../src/namespaces.js";
import { targetClasses } from "./reference-target.js";
import { iri, owl, rdf, rdfs, turtle } from "./turtle.js";

const { namedNode, literal } = DataFactory;

/** Expands a CURIE of the Statecraft prefixes or of {@link ALIGNMENT_PREFIXES}. */
function expandAlignment(curie: string): string {
  const colon = curie.indexOf(":");
  const prefix = curie.slice(0, colon);
  return Object.hasOwn(ALIGNMENT_PREFIXES, prefix)
    ? `${ALIGNMENT_PREFIXES[prefix]}${curie.slice(colon + 1)}`
    : expandCurie(curie);
}

/** What the generic date properties mean. */
const GENERIC_DATE_COMMENTS: Readonly<Record<string, string>> = {
  "sc:earliest":
    "The first day a date may denote, as an xsd:date (the calendar day as written for a date-time). Every sc:…Earliest property (sc:dateEarliest, sc:startEarliest…) is a sub-property.",
  "sc:latest":
    "The last day a date may denote, inclusive, as an xsd:date. Every sc:…Latest property is a sub-property.",
  "sc:precision": "How precisely a date is written (a sc:DatePrecision).",
  "sc:dateQualifier":
    "A qualifier of a date: uncertain, approximate, or unspecified digits (a sc:DateQualifier).",
};

/** The class of a nested shape by name. */
function shapeCurie(name: string): string {
  return getModel().shapes.find((s) => s.name === name)?.curie ?? `sc:${name}`;
}

/** `attendanceStatus` → `attendance status`. */
function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
}

/** Where a property is used, with the description it has there. */
interface PropertyUse {
  readonly shape: Shape;
  readonly field: Field;
}

/** Every property CURIE with the shapes and fields that use it, in model order. */
function sortedUses(): Map<string, PropertyUse[]> {
  const uses = new Map<string, PropertyUse[]>();
  for (const shape of getModel().shapes) {
    for (const field of shape.fields) {
      const list = uses.get(field.curie) ?? [];
      list.push({ shape, field });
      uses.set(field.curie, list);
    }
  }
  return uses;
}

function rangeOf(field: Field): string[] {
  const v = field.value;
  switch (v.type) {
    case "string":
      return ["xsd:string"];
    case "number":
      return ["xsd:double"];
    case "date":
      return ["xsd:gYear", "xsd:gYearMonth", "xsd:date", "xsd:dateTime", "edtf:EDTF"];
    case "url":
      return ["schema:URL"];
    case "ref":
      return targetClasses(v.target);
    case "enum":
      return [v.enumeration.curie];
    case "entity":
      return ["schema:Thing"];
    case "node":
      return [v.shape.curie];
    case "union":
      return v.shapes.map((s) => s.curie);
  }
}

function describeUses(uses: readonly PropertyUse[]): string {
  const distinct = [...new Set(uses.map((u) => u.field.description))];
  if (distinct.length === 1) return distinct[0] ?? "";
  return uses.map((u) => `${u.shape.name}.${u.field.name}: ${u.field.description}`).join("\n");
}

/** Renders the RDFS/OWL vocabulary of the `sc:` terms as Turtle. */
export function renderVocabulary(): Promise<string> {
  const model = getModel();
  return turtle((w) => {
    const ontology = namedNode(STATECRAFT_VOCAB);
    const align = (curie: string) => namedNode(expandAlignment(curie));
    w.addQuad(ontology, rdf("type"), owl("Ontology"));
    w.addQuad(
      ontology,
      owl("versionIRI"),
      namedNode(`https://w3id.org/statecraft/vocab/${STATECRAFT_VOCAB_VERSION}`),
    );
    w.addQuad(ontology, owl("versionInfo"), literal(STATECRAFT_VOCAB_VERSION));
    w.addQuad(ontology, align("dcterms:license"), namedNode(ONTOLOGY_METADATA.license));
    w.addQuad(ontology, align("dcterms:creator"), literal(ONTOLOGY_METADATA.creator));
    w.addQuad(ontology, iri("schema:url"), namedNode(ONTOLOGY_METADATA.homepage));
    w.addQuad(
      ontology,
      align("vann:preferredNamespacePrefix"),
      literal(ONTOLOGY_METADATA.preferredPrefix),
    );
    w.addQuad(ontology, align("vann:preferredNamespaceUri"), literal(STATECRAFT_VOCAB));
    w.addQuad(ontology, rdfs("label"), literal("Statecraft vocabulary", "en"));
    w.addQuad(
      ontology,
      rdfs("comment"),
      literal(
        "Terms for diplomatic-engagement data that schema.org lacks: attendance, capacity, positions and stances, tariffs, duties, phases, legal basis, nomenclature. Generated from the @statecraft/core zod schemas; labels and comments are the schemas' descriptions.",
        "en",
      ),
    );
    for (const shape of model.shapes) {
      if (!shape.curie.startsWith("sc:")) continue;
      const subject = iri(shape.curie);
      w.addQuad(subject, rdf("type"), owl("Class"));
      w.addQuad(subject, rdfs("label"), literal(shape.title, "en"));
      if (shape.description) w.addQuad(subject, rdfs("comment"), literal(shape.description, "en"));
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
    }
    for (const [curie, uses] of sortedUses()) {
      if (!curie.startsWith("sc:")) continue;
      const first = uses[0];
      if (!first) continue;
      const subject = iri(curie);
      const objectValued = ["ref", "enum", "node", "union", "entity", "url"].includes(
        first.field.value.type,
      );
      w.addQuad(subject, rdf("type"), owl(objectValued ? "ObjectProperty" : "DatatypeProperty"));
      w.addQuad(subject, rdfs("label"), literal(humanize(curie.slice(3)), "en"));
      w.addQuad(subject, rdfs("comment"), literal(describeUses(uses), "en"));
      const domains = new Set(uses.map((u) => u.shape.curie));
      const ranges = new Set(uses.flatMap((u) => rangeOf(u.field)));
      for (const shape of domains) w.addQuad(subject, iri("schema:domainIncludes"), iri(shape));
      for (const range of ranges) w.addQuad(subject, iri("schema:rangeIncludes"), iri(range));
      // rdfs:domain and rdfs:range only when there is one: several would mean their intersection.
      const [domain] = domains;
      if (domains.size === 1 && domain) w.addQuad(subject, rdfs("domain"), iri(domain));
      const [range] = ranges;
      if (ranges.size === 1 && range) w.addQuad(subject, rdfs("range"), iri(range));
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
    }
    // Derived date facets: one property per date field, each under a generic one.
    const generic = new Map<string, DerivedTerm>();
    for (const term of derivedTerms()) {
      if (!term.curie.startsWith("sc:") || term.superProperty === undefined) continue;
      if (!generic.has(term.superProperty)) generic.set(term.superProperty, term);
    }
    for (const [curie, example] of generic) {
      const subject = iri(curie);
      w.addQuad(
        subject,
        rdf("type"),
        owl(example.kind === "day" ? "DatatypeProperty" : "ObjectProperty"),
      );
      w.addQuad(subject, rdfs("label"), literal(humanize(curie.slice(3)), "en"));
      w.addQuad(subject, rdfs("comment"), literal(GENERIC_DATE_COMMENTS[curie] ?? "", "en"));
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
    }
    const declared = new Set<string>();
    for (const term of derivedTerms()) {
      if (!term.curie.startsWith("sc:") || term.dateField === undefined) continue;
      const subject = iri(term.curie);
      if (!declared.has(term.curie)) {
        declared.add(term.curie);
        w.addQuad(
          subject,
          rdf("type"),
          owl(term.kind === "day" ? "DatatypeProperty" : "ObjectProperty"),
        );
        w.addQuad(subject, rdfs("label"), literal(humanize(term.curie.slice(3)), "en"));
        if (term.superProperty) w.addQuad(subject, rdfs("subPropertyOf"), iri(term.superProperty));
        w.addQuad(subject, rdfs("isDefinedBy"), ontology);
      }
      w.addQuad(
        subject,
        iri("schema:domainIncludes"),
        iri(model.byName.get(term.shape)?.curie ?? shapeCurie(term.shape)),
      );
    }
    for (const [name, values] of [
      ["DatePrecision", DATE_PRECISIONS],
      ["DateQualifier", DATE_QUALIFIERS],
    ] as const) {
      const subject = iri(`sc:${name}`);
      w.addQuad(subject, rdf("type"), owl("Class"));
      w.addQuad(subject, rdf("type"), align("skos:ConceptScheme"));
      w.addQuad(subject, rdfs("label"), literal(humanize(name), "en"));
      w.addQuad(
        subject,
        owl("oneOf"),
        w.list(values.map((v) => iri(`sc:${name}-${v}`))) as unknown as Quad_Object,
      );
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
      for (const value of values) {
        const member = iri(`sc:${name}-${value}`);
        w.addQuad(member, rdf("type"), subject);
        w.addQuad(member, rdf("type"), align("skos:Concept"));
        w.addQuad(member, align("skos:inScheme"), subject);
        w.addQuad(member, align("skos:topConceptOf"), subject);
        w.addQuad(member, align("skos:prefLabel"), literal(humanize(value), "en"));
        w.addQuad(member, align("skos:notation"), literal(value));
        w.addQuad(member, rdfs("label"), literal(humanize(value), "en"));
        w.addQuad(member, iri("schema:identifier"), literal(value));
        w.addQuad(member, rdfs("isDefinedBy"), ontology);
      }
    }
    for (const [subject, predicate, object] of ALIGNMENTS)
      w.addQuad(align(subject), align(predicate), align(object));
    for (const enumeration of model.enumerations) {
      const subject = iri(enumeration.curie);
      w.addQuad(subject, rdf("type"), owl("Class"));
      // Punned: the class of the values is also the SKOS concept scheme they belong to.
      w.addQuad(subject, rdf("type"), align("skos:ConceptScheme"));
      w.addQuad(subject, rdfs("label"), literal(humanize(enumeration.name), "en"));
      w.addQuad(subject, rdfs("comment"), literal(`Values of: ${enumeration.description}`, "en"));
      w.addQuad(
        subject,
        owl("oneOf"),
        w.list(enumeration.values.map((v) => namedNode(v.iri))) as unknown as Quad_Object,
      );
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
      for (const value of enumeration.values) {
        const member = namedNode(value.iri);
        w.addQuad(member, rdf("type"), subject);
        w.addQuad(member, rdf("type"), align("skos:Concept"));
        w.addQuad(member, align("skos:inScheme"), subject);
        w.addQuad(member, align("skos:topConceptOf"), subject);
        w.addQuad(member, align("skos:prefLabel"), literal(humanize(value.value), "en"));
        w.addQuad(member, align("skos:notation"), literal(value.value));
        w.addQuad(member, rdfs("label"), literal(humanize(value.value), "en"));
        w.addQuad(member, iri("schema:identifier"), literal(value.value));
        w.addQuad(member, rdfs("isDefinedBy"), ontology);
      }
    }
  });
}
