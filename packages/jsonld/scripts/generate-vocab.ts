/**
 * Writes the files shipped in `vocab/` (the JSON-LD context, the RDFS/OWL vocabulary and the
 * SHACL shapes) and the mapping table of `docs/linked-data.md`, all from the zod schemas.
 *
 * ```sh
 * pnpm exec tsx scripts/generate-vocab.ts          # write them
 * pnpm exec tsx scripts/generate-vocab.ts --check  # exit 1 if a committed file differs
 * ```
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DataFactory, type Quad_Object, Writer } from "n3";
import { statecraftContext } from "../src/context.js";
import { NOT_EXPORTED } from "../src/internal/conventions.js";
import { DERIVED_TERMS, DERIVED_TYPES } from "../src/internal/derived.js";
import { type Field, getModel, type Shape } from "../src/internal/model.js";
import { EDTF_DATATYPE, expandCurie, PREFIXES, RDF, STATECRAFT_CONTEXT_URL, STATECRAFT_VOCAB, XSD } from "../src/namespaces.js";

/** The `packages/jsonld` directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The guide whose mapping table is generated, relative to `packages/jsonld`. */
export const GUIDE_PATH = "../../docs/linked-data.md";

const { namedNode, literal, quad } = DataFactory;
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const OWL = "http://www.w3.org/2002/07/owl#";
const SH = "http://www.w3.org/ns/shacl#";
const SHAPES = "https://w3id.org/statecraft/shapes#";
const TURTLE_PREFIXES = { ...PREFIXES, rdf: RDF, rdfs: RDFS, owl: OWL, sh: SH, scsh: SHAPES };

const iri = (curie: string) => namedNode(expandCurie(curie));
const rdf = (name: string) => namedNode(`${RDF}${name}`);
const rdfs = (name: string) => namedNode(`${RDFS}${name}`);
const owl = (name: string) => namedNode(`${OWL}${name}`);
const sh = (name: string) => namedNode(`${SH}${name}`);
const xsd = (name: string) => namedNode(`${XSD}${name}`);

/** `attendanceStatus` → `attendance status`. */
function humanize(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
}

function turtle(build: (writer: Writer) => void): Promise<string> {
  const writer = new Writer({ prefixes: TURTLE_PREFIXES });
  build(writer);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

/** Where a property is used, with the description it has there. */
interface PropertyUse {
  readonly shape: Shape;
  readonly field: Field;
}

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

function targetClasses(target: { readonly type: string; readonly kinds?: readonly string[] }): string[] {
  const model = getModel();
  const shapes = target.type === "actor" ? (target.kinds ?? ["person", "state", "organization"]).map((k) => model.recordShape.get(k)) : [model.recordShape.get(target.type)];
  return shapes.flatMap((s) => (s ? [s.curie] : []));
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
    w.addQuad(ontology, rdf("type"), owl("Ontology"));
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
      const objectValued = ["ref", "enum", "node", "union", "entity", "url"].includes(first.field.value.type);
      w.addQuad(subject, rdf("type"), owl(objectValued ? "ObjectProperty" : "DatatypeProperty"));
      w.addQuad(subject, rdfs("label"), literal(humanize(curie.slice(3)), "en"));
      w.addQuad(subject, rdfs("comment"), literal(describeUses(uses), "en"));
      for (const shape of new Set(uses.map((u) => u.shape.curie))) w.addQuad(subject, iri("schema:domainIncludes"), iri(shape));
      for (const range of new Set(uses.flatMap((u) => rangeOf(u.field)))) w.addQuad(subject, iri("schema:rangeIncludes"), iri(range));
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
    }
    for (const enumeration of model.enumerations) {
      const subject = iri(enumeration.curie);
      w.addQuad(subject, rdf("type"), owl("Class"));
      w.addQuad(subject, rdfs("label"), literal(humanize(enumeration.name), "en"));
      w.addQuad(subject, rdfs("comment"), literal(`Values of: ${enumeration.description}`, "en"));
      w.addQuad(subject, owl("oneOf"), w.list(enumeration.values.map((v) => namedNode(v.iri))) as unknown as Quad_Object);
      w.addQuad(subject, rdfs("isDefinedBy"), ontology);
      for (const value of enumeration.values) {
        const member = namedNode(value.iri);
        w.addQuad(member, rdf("type"), subject);
        w.addQuad(member, rdfs("label"), literal(humanize(value.value), "en"));
        w.addQuad(member, iri("schema:identifier"), literal(value.value));
        w.addQuad(member, rdfs("isDefinedBy"), ontology);
      }
    }
  });
}

const DATE_DATATYPES = (): Quad_Object[] => [xsd("gYear"), xsd("gYearMonth"), xsd("date"), xsd("dateTime"), namedNode(EDTF_DATATYPE)];

function shapeIri(shape: Shape) {
  return namedNode(`${SHAPES}${shape.name}Shape`);
}

/** XPath regular expressions (SHACL's flavour) have no non-capturing groups. */
function xpathPattern(pattern: RegExp): string {
  return pattern.source.replaceAll("(?:", "(");
}

function oneOf(w: Writer, alternatives: { predicate: string; object: Quad_Object }[]): Quad_Object {
  return w.list(alternatives.map((a) => w.blank(sh(a.predicate), a.object))) as unknown as Quad_Object;
}

function valueConstraints(w: Writer, field: Field): { predicate: ReturnType<typeof namedNode>; object: Quad_Object }[] {
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
      return [c("or", oneOf(w, DATE_DATATYPES().map((object) => ({ predicate: "datatype", object }))))];
    case "url":
      return [c("or", oneOf(w, [{ predicate: "nodeKind", object: sh("IRI") }, { predicate: "datatype", object: xsd("anyURI") }]))];
    case "ref": {
      const classes = targetClasses(v.target);
      return [
        c("nodeKind", sh("IRI")),
        classes.length === 1
          ? c("class", iri(classes[0] as string))
          : c("or", oneOf(w, classes.map((k) => ({ predicate: "class", object: iri(k) })))),
      ];
    }
    case "enum":
      return [c("in", w.list(v.enumeration.values.map((m) => namedNode(m.iri))) as unknown as Quad_Object)];
    case "entity":
      return [c("nodeKind", sh("IRI")), c("pattern", literal(`^${v.namespace}`))];
    case "node":
      return [c("nodeKind", sh("BlankNode")), c("node", shapeIri(v.shape))];
    case "union":
      return [c("nodeKind", sh("BlankNode")), c("or", oneOf(w, v.shapes.map((s) => ({ predicate: "class", object: iri(s.curie) }))))];
  }
}

function propertyShape(w: Writer, field: Field): Quad_Object {
  const items: { predicate: ReturnType<typeof namedNode>; object: Quad_Object }[] = [
    { predicate: sh("name"), object: literal(field.name) },
    { predicate: sh("description"), object: literal(field.description, "en") },
  ];
  if (field.list) {
    items.push({
      predicate: sh("path"),
      object: w.list([iri(field.curie), w.blank(sh("zeroOrMorePath"), rdf("rest")), rdf("first")]) as unknown as Quad_Object,
    });
  } else {
    items.push({ predicate: sh("path"), object: iri(field.curie) });
    const min = field.array ? field.minItems : field.optional ? 0 : 1;
    if (min > 0) items.push({ predicate: sh("minCount"), object: literal(String(min), xsd("integer")) });
    if (!field.array) items.push({ predicate: sh("maxCount"), object: literal("1", xsd("integer")) });
  }
  items.push(...valueConstraints(w, field));
  return w.blank(items) as unknown as Quad_Object;
}

function derivedShape(w: Writer, term: (typeof DERIVED_TERMS)[number]): Quad_Object {
  const items: { predicate: ReturnType<typeof namedNode>; object: Quad_Object }[] = [
    { predicate: sh("name"), object: literal(term.term) },
    { predicate: sh("description"), object: literal(term.description, "en") },
    // A reverse term's statement has the parent as subject, so the parent's shape allows it.
    { predicate: sh("path"), object: iri(term.curie) },
  ];
  if (!term.array && term.kind !== "reverse") items.push({ predicate: sh("maxCount"), object: literal("1", xsd("integer")) });
  if (term.kind === "vocab") {
    items.push({ predicate: sh("in"), object: w.list(["EventScheduled", "EventPostponed", "EventCancelled"].map((s) => iri(`schema:${s}`))) as unknown as Quad_Object });
  } else if (term.kind === "date") {
    items.push({ predicate: sh("or"), object: oneOf(w, ["gYear", "gYearMonth", "date", "dateTime"].map((t) => ({ predicate: "datatype", object: xsd(t) }))) });
  } else {
    items.push({ predicate: sh("nodeKind"), object: sh("IRI") });
  }
  return w.blank(items) as unknown as Quad_Object;
}

/** Renders the SHACL shapes of an exported graph as Turtle. */
export function renderShapes(): Promise<string> {
  const model = getModel();
  return turtle((w) => {
    for (const shape of model.shapes) {
      const subject = shapeIri(shape);
      w.addQuad(subject, rdf("type"), sh("NodeShape"));
      w.addQuad(subject, rdfs("label"), literal(shape.title, "en"));
      if (shape.typed) w.addQuad(subject, sh("targetClass"), iri(shape.curie));
      for (const field of shape.fields) w.addQuad(subject, sh("property"), propertyShape(w, field));
      for (const term of DERIVED_TERMS) if (term.shape === shape.name) w.addQuad(subject, sh("property"), derivedShape(w, term));
      w.addQuad(subject, sh("closed"), literal("true", xsd("boolean")));
      w.addQuad(subject, sh("ignoredProperties"), w.list([rdf("type")]) as unknown as Quad_Object);
    }
  });
}

/** Renders the mapping table of the guide: every field, its term and what it holds. */
export function renderMappingTable(): string {
  const model = getModel();
  const rows = ["| JSON-LD class / field | RDF term | value |", "| --- | --- | --- |"];
  const valueText = (field: Field): string => {
    const v = field.value;
    const many = field.list ? "ordered list of " : field.array ? "set of " : "";
    switch (v.type) {
      case "ref":
        return `${many}IRI of ${targetClasses(v.target).map((c) => `\`${c}\``).join(" / ")}`;
      case "enum":
        return `${many}\`${v.enumeration.curie}-…\` (${v.enumeration.values.map((m) => m.value).join(", ")})`;
      case "node":
        return `${many}blank node (${v.shape.name})`;
      case "union":
        return `${many}blank node typed ${v.shapes.map((s) => `\`${s.curie}\``).join(" / ")}`;
      case "date":
        return `${many}date literal (xsd:gYear / gYearMonth / date / dateTime, or EDTF)`;
      case "entity":
        return `${many}Wikidata entity IRI`;
      case "url":
        return `${many}IRI (or \`xsd:anyURI\` literal)`;
      case "number":
        return `${many}\`xsd:double\``;
      case "string":
        return `${many}string`;
    }
  };
  for (const shape of model.shapes) {
    rows.push(`| **${shape.name}**${shape.typed ? "" : " (nested)"} | \`${shape.curie}\` | ${shape.typed ? "class" : "blank node reached through its field"} |`);
    for (const field of shape.fields) rows.push(`| ${shape.name}.\`${field.name}\` | \`${field.curie}\` | ${valueText(field)} |`);
    for (const term of DERIVED_TERMS) {
      if (term.shape === shape.name) rows.push(`| ${shape.name}.\`${term.term}\` (derived) | \`${term.curie}\`${term.kind === "reverse" ? " (reverse)" : ""} | ${term.description} |`);
    }
  }
  for (const extra of DERIVED_TYPES) rows.push(`| \`${extra.term}\` (derived type) | \`${extra.curie}\` | ${extra.description} |`);
  rows.push("", "Not exported:", "");
  for (const [field, reason] of Object.entries(NOT_EXPORTED)) rows.push(`- \`${field}\`: ${reason}`);
  return rows.join("\n");
}

const TABLE_START = "<!-- mapping:start (generated by packages/jsonld/scripts/generate-vocab.ts) -->";
const TABLE_END = "<!-- mapping:end -->";

/** Replaces the generated table between its markers in the guide's text. */
export function withMappingTable(guide: string): string {
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start === -1 || end === -1) return guide;
  return `${guide.slice(0, start + TABLE_START.length)}\n${renderMappingTable()}\n${guide.slice(end)}`;
}

/** Renders every generated file, keyed by its path relative to `packages/jsonld`. */
export async function renderVocabFiles(): Promise<Record<string, string>> {
  const header = `# Generated by packages/jsonld/scripts/generate-vocab.ts from the @statecraft/core schemas — do not edit.\n# Context: ${STATECRAFT_CONTEXT_URL}\n\n`;
  return {
    "vocab/context.jsonld": `${JSON.stringify(statecraftContext(), null, 2)}\n`,
    "vocab/vocab.ttl": header + (await renderVocabulary()),
    "vocab/shapes.ttl": header + (await renderShapes()),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes("--check");
  const files = await renderVocabFiles();
  const guidePath = join(PACKAGE_ROOT, GUIDE_PATH);
  let guide = "";
  try {
    guide = readFileSync(guidePath, "utf8");
  } catch {}
  if (guide) files[GUIDE_PATH] = withMappingTable(guide);
  let stale = 0;
  for (const [path, content] of Object.entries(files)) {
    const file = join(PACKAGE_ROOT, path);
    if (check) {
      let committed = "";
      try {
        committed = readFileSync(file, "utf8");
      } catch {}
      if (committed !== content) {
        stale++;
        console.error(`${path} is out of date: run \`pnpm --filter @statecraft/jsonld generate\``);
      }
    } else {
      writeFileSync(file, content);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
