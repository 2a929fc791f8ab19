/**
 * jsonld.js (the reference JSON-LD processor) set up for tests: the Statecraft context is served
 * by a document loader, since nothing may be fetched from the network.
 *
 * @module
 */
import jsonld from "jsonld";
import { canonize } from "rdf-canonize";
import { statecraftContext } from "../context.js";
import { STATECRAFT_CONTEXT_URL } from "../namespaces.js";

/** A document loader that serves only the Statecraft context and refuses everything else. */
export async function documentLoader(url: string): Promise<{ documentUrl: string; document: object }> {
  if (url === STATECRAFT_CONTEXT_URL) return { documentUrl: url, document: statecraftContext() };
  throw new Error(`no network in tests: refused to load ${url}`);
}

/** `jsonld.expand` in safe mode: it throws if any key or value would be dropped. */
export function expand(doc: object): Promise<object[]> {
  return jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand) as Promise<object[]>;
}

/** `jsonld.toRDF` in safe mode, as N-Quads text. */
export async function toRdf(doc: object): Promise<string> {
  return (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    documentLoader,
    format: "application/n-quads",
    safe: true,
  } as jsonld.Options.ToRdf)) as unknown as string;
}

/** Canonical N-Quads (RDFC-1.0) of N-Quads text, for isomorphism checks. */
export function canonical(nquads: string): Promise<string> {
  return canonize(nquads, { algorithm: "RDFC-1.0", inputFormat: "application/n-quads", format: "application/n-quads", maxWorkFactor: 3 });
}
