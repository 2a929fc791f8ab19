/**
 * Writing Turtle with n3: the namespaces the generated vocabulary and shapes use beside the
 * Statecraft prefixes, and a term builder for each.
 */
import { DataFactory, Writer } from "n3";
import { ALIGNMENT_PREFIXES } from "../../src/internal/conventions.js";
import { expandCurie, PREFIXES, RDF, XSD } from "../../src/namespaces.js";

const { namedNode } = DataFactory;

/** RDF Schema. */
export const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
/** OWL. */
export const OWL = "http://www.w3.org/2002/07/owl#";
/** SHACL. */
export const SH = "http://www.w3.org/ns/shacl#";
/** The namespace of the Statecraft SHACL shapes (the strict profile). */
export const SHAPES = "https://w3id.org/statecraft/shapes#";
/** The namespace of the open SHACL profile, for consumers' graphs. */
export const OPEN_SHAPES = "https://w3id.org/statecraft/shapes/open#";
const TURTLE_PREFIXES = {
  ...PREFIXES,
  ...ALIGNMENT_PREFIXES,
  rdf: RDF,
  rdfs: RDFS,
  owl: OWL,
  sh: SH,
  scsh: SHAPES,
  scopen: OPEN_SHAPES,
};

/** The IRI of a CURIE with a Statecraft prefix (`sc:`, `schema:`…). */
export const iri = (curie: string) => namedNode(expandCurie(curie));
/** A term of RDF. */
export const rdf = (name: string) => namedNode(`${RDF}${name}`);
/** A term of RDF Schema. */
export const rdfs = (name: string) => namedNode(`${RDFS}${name}`);
/** A term of OWL. */
export const owl = (name: string) => namedNode(`${OWL}${name}`);
/** A term of SHACL. */
export const sh = (name: string) => namedNode(`${SH}${name}`);
/** An XML Schema datatype. */
export const xsd = (name: string) => namedNode(`${XSD}${name}`);

/** Writes the quads `build` adds as Turtle, with the prefixes above. */
export function turtle(build: (writer: Writer) => void): Promise<string> {
  const writer = new Writer({ prefixes: TURTLE_PREFIXES });
  build(writer);
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}
