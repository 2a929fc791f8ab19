/** The SHACL shapes of an exported graph, rendered from the model as Turtle. */
import { DataFactory, type Quad_Object, type Writer } from "n3";
import { type DerivedTerm, derivedTermsOf } from "../../src/internal/derived.js";
import { isLanguageTagged, taggedFields } from "../../src/internal/language-tagged.js";
import { type Field, getModel, type Shape } from "../../src/internal/model.js";
import { EDTF_DATATYPE } from "../../src/namespaces.js";
import { targetClasses } from "./reference-target.js";
import { addSparqlConstraints } from "./sparql-constraints.js";
import { iri, OPEN_SHAPES, rdf, rdfs, SHAPES, sh, turtle, xsd } from "./turtle.js";

const { namedNode, literal } = DataFactory;

const DATE_DATATYPES = (): Quad_Object[] => [
  xsd("gYear"),
  xsd("gYearMonth"),
  xsd("date"),
  xsd("dateTime"),
  namedNode(EDTF_DATATYPE),
];

/**
 * The profile being rendered: `strict` checks our own export (closed shapes, one `sameAs`, blank
 * nested nodes); `open` is for consumers' graphs (extra properties allowed, any number of `sameAs`
 * values in any namespace, nested nodes blank or IRIs, plus SPARQL checks of dates and events).
 */
let open = false;

/** The namespace of the shapes of the profile being rendered. */
function namespace(): string {
  return open ? OPEN_SHAPES : SHAPES;
}

function shapeIri(shape: Shape) {
  return namedNode(`${namespace()}${shape.name}Shape`);
}

/** XPath regular expressions (SHACL's flavour) have no non-capturing groups. */
function xpathPattern(pattern: RegExp): string {
  return pattern.source.replaceAll("(?:", "(");
}

function oneOf(w: Writer, alternatives: { predicate: string; object: Quad_Object }[]): Quad_Object {
  return w.list(
    alternatives.map((a) => w.blank(sh(a.predicate), a.object)),
  ) as unknown as Quad_Object;
}

function valueConstraints(
  w: Writer,
  field: Field,
): { predicate: ReturnType<typeof namedNode>; object: Quad_Object }[] {
  const v = field.value;
  const c = (name: string, object: Quad_Object) => ({ predicate: sh(name), object });
  switch (v.type) {
    case "string":
      return [
        c("datatype", xsd("string")),
        c("minLength", literal("1", xsd("integer"))),
        ...field.patterns.map((p) => c("pattern", literal(xpathPattern(p)))),
      ];
    case "number":
      return [c("datatype", xsd("double"))];
    case "date":
      return [
        c(
          "or",
          oneOf(
            w,
            DATE_DATATYPES().map((object) => ({ predicate: "datatype", object })),
          ),
        ),
      ];
    case "url":
      return [
        c(
          "or",
          oneOf(w, [
            { predicate: "nodeKind", object: sh("IRI") },
            { predicate: "datatype", object: xsd("anyURI") },
          ]),
        ),
      ];
    case "ref": {
      const classes = targetClasses(v.target);
      return [
        c("nodeKind", sh("IRI")),
        classes.length === 1
          ? c("class", iri(classes[0] as string))
          : c(
              "or",
              oneOf(
                w,
                classes.map((k) => ({ predicate: "class", object: iri(k) })),
              ),
            ),
      ];
    }
    case "enum":
      return [
        c(
          "in",
          w.list(v.enumeration.values.map((m) => namedNode(m.iri))) as unknown as Quad_Object,
        ),
      ];
    case "entity":
      return open
        ? [c("nodeKind", sh("IRI"))]
        : [c("nodeKind", sh("IRI")), c("pattern", literal(`^${v.namespace}`))];
    case "node": {
      // Our export types its nested nodes; a consumer's graph need not.
      const node = [
        c("nodeKind", sh(open ? "BlankNodeOrIRI" : "BlankNode")),
        ...(open ? [] : [c("class", iri(v.shape.curie))]),
        c("node", shapeIri(v.shape)),
      ];
      if (!isLanguageTagged(v.shape)) return node;
      // A name with only a text and a language is the literal "习近平"@zh-Hans.
      return [
        c(
          "or",
          w.list([
            w.blank([
              { predicate: sh("datatype"), object: rdf("langString") },
              { predicate: sh("minLength"), object: literal("1", xsd("integer")) },
            ]),
            w.blank(node),
          ]) as unknown as Quad_Object,
        ),
      ];
    }
    case "union":
      return [
        c("nodeKind", sh(open ? "BlankNodeOrIRI" : "BlankNode")),
        c(
          "or",
          oneOf(
            w,
            v.shapes.map((s) => ({ predicate: "class", object: iri(s.curie) })),
          ),
        ),
      ];
  }
}

function propertyShape(w: Writer, field: Field, shape: Shape): Quad_Object {
  const items: { predicate: ReturnType<typeof namedNode>; object: Quad_Object }[] = [
    { predicate: sh("name"), object: literal(field.name) },
    { predicate: sh("description"), object: literal(field.description, "en") },
  ];
  if (field.list) {
    items.push({
      predicate: sh("path"),
      object: w.list([
        iri(field.curie),
        w.blank(sh("zeroOrMorePath"), rdf("rest")),
        rdf("first"),
      ]) as unknown as Quad_Object,
    });
  } else {
    items.push({ predicate: sh("path"), object: iri(field.curie) });
    const min = field.array ? field.minItems : field.optional ? 0 : 1;
    if (min > 0)
      items.push({ predicate: sh("minCount"), object: literal(String(min), xsd("integer")) });
    if (!field.array && !(open && field.value.type === "entity"))
      items.push({ predicate: sh("maxCount"), object: literal("1", xsd("integer")) });
  }
  const constraints = valueConstraints(w, field);
  if (taggedFields(shape)?.text === field.name) {
    // A name written with its language tag (`"习近平"@zh-Hans`) is an rdf:langString.
    const [datatype, ...others] = constraints;
    items.push(
      {
        predicate: sh("or"),
        object: w.list([
          w.blank([datatype as (typeof constraints)[number]]),
          w.blank(sh("datatype"), rdf("langString")),
        ]) as unknown as Quad_Object,
      },
      ...others,
    );
  } else items.push(...constraints);
  return w.blank(items) as unknown as Quad_Object;
}

function derivedShape(w: Writer, term: DerivedTerm): Quad_Object {
  const items: { predicate: ReturnType<typeof namedNode>; object: Quad_Object }[] = [
    { predicate: sh("name"), object: literal(term.term) },
    { predicate: sh("description"), object: literal(term.description, "en") },
    // A reverse term's statement has the parent as subject, so the parent's shape allows it.
    { predicate: sh("path"), object: iri(term.curie) },
  ];
  if (!term.array && term.kind !== "reverse" && !(open && term.kind === "entity"))
    items.push({ predicate: sh("maxCount"), object: literal("1", xsd("integer")) });
  if (term.kind === "vocab") {
    items.push({
      predicate: sh("in"),
      object: w.list((term.values ?? []).map((v) => iri(v.curie))) as unknown as Quad_Object,
    });
  } else if (term.kind === "string") {
    items.push({ predicate: sh("datatype"), object: xsd("string") });
  } else if (term.kind === "day") {
    items.push({ predicate: sh("datatype"), object: xsd("date") });
  } else if (term.kind === "date") {
    items.push({
      predicate: sh("or"),
      object: oneOf(
        w,
        ["gYear", "gYearMonth", "date", "dateTime"].map((t) => ({
          predicate: "datatype",
          object: xsd(t),
        })),
      ),
    });
  } else {
    items.push({ predicate: sh("nodeKind"), object: sh("IRI") });
  }
  return w.blank(items) as unknown as Quad_Object;
}

/** Renders the SHACL shapes of an exported graph as Turtle: the strict profile. */
export function renderShapes(): Promise<string> {
  return renderProfile(false);
}

/**
 * Renders the open SHACL profile for consumers: the same property constraints, not closed, several
 * `sameAs` values allowed, and SPARQL-based constraints (`vocab/sparql-constraints.ts`) for date
 * syntax, calendar validity, interval order, start before end and self-parented meetings.
 */
export function renderOpenShapes(): Promise<string> {
  return renderProfile(true);
}

function renderProfile(openProfile: boolean): Promise<string> {
  open = openProfile;
  const model = getModel();
  return turtle((w) => {
    for (const shape of model.shapes) {
      const subject = shapeIri(shape);
      w.addQuad(subject, rdf("type"), sh("NodeShape"));
      w.addQuad(subject, rdfs("label"), literal(shape.title, "en"));
      // Every shape's class is a target, nested ones included (the export types nested nodes).
      // The open profile targets only Statecraft's own classes: a consumer's schema:Event or
      // schema:Person need not be a Statecraft meeting or person.
      if (!open || shape.curie.startsWith("sc:"))
        w.addQuad(subject, sh("targetClass"), iri(shape.curie));
      for (const field of shape.fields)
        w.addQuad(subject, sh("property"), propertyShape(w, field, shape));
      for (const term of derivedTermsOf(shape.name))
        w.addQuad(subject, sh("property"), derivedShape(w, term));
      if (open) continue;
      w.addQuad(subject, sh("closed"), literal("true", xsd("boolean")));
      w.addQuad(subject, sh("ignoredProperties"), w.list([rdf("type")]) as unknown as Quad_Object);
    }
    if (open) addSparqlConstraints(w, model);
  }).finally(() => {
    open = false;
  });
}
