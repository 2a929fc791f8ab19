/**
 * SPARQL-based constraints of the open SHACL profile: what SHACL Core cannot say about dates and
 * events. Queries use full IRIs, so they need no `sh:prefixes`.
 */
import { DataFactory, type Quad_Object, type Writer } from "n3";
import { derivedTerms } from "../../src/internal/derived.js";
import type { Model } from "../../src/internal/model.js";
import { EDTF_DATATYPE, expandCurie, XSD } from "../../src/namespaces.js";
import { OPEN_SHAPES, rdf, rdfs, sh } from "./turtle.js";

const { namedNode, literal } = DataFactory;

/** One EDTF date (levels 0 and 1, as Statecraft writes them): year, month, day, time, qualifier. */
const EDTF_POINT =
  "(\\d{4}|\\d{3}X|\\d{2}XX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12]\\d|3[01]|XX)(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?[?~%]?";

/** An EDTF date or interval (either side may be open `..` or unknown, not both). */
export const EDTF_PATTERN = `^(${EDTF_POINT}|(${EDTF_POINT}|\\.\\.)?/(${EDTF_POINT}|\\.\\.)|(${EDTF_POINT}|\\.\\.)/)$`;

const SCHEMA = "https://schema.org/";
const SC = expandCurie("sc:");

interface Check {
  readonly name: string;
  readonly message: string;
  /** Properties whose subjects are the focus nodes. */
  readonly targets: readonly string[];
  readonly select: string;
}

function values(iris: readonly string[]): string {
  return iris.map((i) => `<${i}>`).join(" ");
}

/** The checks, for the date properties of the model. */
function checks(model: Model): Check[] {
  const dateProperties = new Set<string>();
  for (const shape of model.shapes)
    for (const field of shape.fields)
      if (field.value.type === "date") dateProperties.add(field.iri);
  for (const term of derivedTerms())
    if (term.kind === "date") dateProperties.add(expandCurie(term.curie));
  const dayProperties = [
    ...new Set(
      derivedTerms()
        .filter((t) => t.kind === "day")
        .map((t) => expandCurie(t.curie)),
    ),
  ];
  const bounds = derivedTerms()
    .filter((t) => t.kind === "day" && t.term.endsWith("Earliest"))
    .map(
      (t) => [expandCurie(t.curie), expandCurie(t.curie).replace(/Earliest$/, "Latest")] as const,
    );
  const dates = [...dateProperties];
  const parents = [
    `${SCHEMA}superEvent`,
    `${SCHEMA}subEvent`,
    `${SCHEMA}parentOrganization`,
    `${SC}parent`,
  ];
  return [
    {
      name: "EdtfSyntax",
      message: "An EDTF date literal that is not an EDTF date or interval (levels 0 and 1).",
      targets: dates,
      select: `SELECT $this ?path ?value WHERE {
  VALUES ?path { ${values(dates)} }
  $this ?path ?value .
  FILTER (isLiteral(?value) && datatype(?value) = <${EDTF_DATATYPE}> && !regex(str(?value), "${EDTF_PATTERN.replaceAll("\\", "\\\\")}"))
}`,
    },
    {
      name: "CalendarDate",
      message: "An xsd:date that is no day of the calendar (such as 2024-04-31 or 2023-02-29).",
      targets: [...dates, ...dayProperties],
      select: `SELECT $this ?path ?value WHERE {
  VALUES ?path { ${values([...dates, ...dayProperties])} }
  $this ?path ?value .
  # sameTerm with STRDT, not datatype(): an engine may refuse datatype() of an ill-formed date.
  FILTER (isLiteral(?value) && sameTerm(?value, STRDT(str(?value), <${XSD}date>)))
  BIND (str(?value) AS ?text)
  BIND (IF(regex(?text, "^\\\\d{4}-\\\\d{2}-\\\\d{2}$"), <${XSD}integer>(SUBSTR(?text, 1, 4)), -1) AS ?y)
  BIND (IF(?y >= 0, <${XSD}integer>(SUBSTR(?text, 6, 2)), -1) AS ?m)
  BIND (IF(?y >= 0, <${XSD}integer>(SUBSTR(?text, 9, 2)), -1) AS ?d)
  BIND ((?y - FLOOR(?y / 4) * 4 = 0 && ?y - FLOOR(?y / 100) * 100 != 0) || ?y - FLOOR(?y / 400) * 400 = 0 AS ?leap)
  BIND (IF(?m = 2, IF(?leap, 29, 28), IF(?m IN (4, 6, 9, 11), 30, 31)) AS ?last)
  FILTER (?y < 0 || ?m < 1 || ?m > 12 || ?d < 1 || ?d > ?last)
}`,
    },
    {
      name: "IntervalOrder",
      message: "An EDTF interval whose end is before its start.",
      targets: dates,
      select: `SELECT $this ?path ?value WHERE {
  VALUES ?path { ${values(dates)} }
  $this ?path ?value .
  FILTER (isLiteral(?value) && datatype(?value) = <${EDTF_DATATYPE}> && CONTAINS(str(?value), "/"))
  BIND (REPLACE(STRBEFORE(str(?value), "/"), "[?~%]", "") AS ?start)
  BIND (REPLACE(STRAFTER(str(?value), "/"), "[?~%]", "") AS ?end)
  FILTER (?start != "" && ?end != "" && ?start != ".." && ?end != "..")
  FILTER (!CONTAINS(?start, "X") && !CONTAINS(?end, "X"))
  FILTER (?end < SUBSTR(?start, 1, STRLEN(?end)))
}`,
    },
    {
      name: "StartBeforeEnd",
      message: "An end date (schema:endDate, or a date's latest day) before the start date.",
      targets: [`${SCHEMA}startDate`, ...bounds.map(([earliest]) => earliest)],
      select: `SELECT $this ?path ?value WHERE {
  VALUES (?start ?path) { (<${SCHEMA}startDate> <${SCHEMA}endDate>) ${bounds.map(([e, l]) => `(<${e}> <${l}>)`).join(" ")} }
  $this ?start ?from ; ?path ?value .
  FILTER (isLiteral(?from) && isLiteral(?value))
  FILTER (str(?value) < SUBSTR(str(?from), 1, STRLEN(str(?value))))
}`,
    },
    {
      name: "NotItsOwnParent",
      message: "A meeting, organisation or issue that is its own parent or sub-event.",
      targets: parents,
      select: `SELECT $this ?path ?value WHERE {
  VALUES ?path { ${values(parents)} }
  $this ?path $this .
  BIND ($this AS ?value)
}`,
    },
  ];
}

/** Adds the SPARQL-constraint shapes of the open profile. */
export function addSparqlConstraints(w: Writer, model: Model): void {
  for (const check of checks(model)) {
    const subject = namedNode(`${OPEN_SHAPES}${check.name}Shape`);
    w.addQuad(subject, rdf("type"), sh("NodeShape"));
    w.addQuad(subject, rdfs("label"), literal(check.message, "en"));
    for (const target of check.targets)
      w.addQuad(subject, sh("targetSubjectsOf"), namedNode(target));
    w.addQuad(
      subject,
      sh("sparql"),
      w.blank([
        { predicate: rdf("type"), object: sh("SPARQLConstraint") },
        { predicate: sh("message"), object: literal(check.message, "en") },
        { predicate: sh("select"), object: literal(check.select) },
      ]) as unknown as Quad_Object,
    );
  }
}
