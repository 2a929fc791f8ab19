/**
 * SHACL validation with shacl-engine, with its SPARQL plugin (SPARQL-based constraints), against
 * either shipped profile.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { DataFactory, Parser, Store } from "n3";
import { targetResolvers, validations } from "shacl-engine/sparql.js";
import Validator from "shacl-engine/Validator.js";
import type { Violation } from "./shacl.js";

/** A shipped profile (`shapes.ttl` or `shapes-open.ttl`), parsed. */
export function loadProfile(file: "shapes.ttl" | "shapes-open.ttl"): Store {
  const text = readFileSync(new URL(`../../vocab/${file}`, import.meta.url), "utf8");
  return new Store(new Parser({ format: "text/turtle" }).parse(text));
}

/**
 * The shapes without their SPARQL-based constraints, for engines that implement SHACL Core only
 * (rdf-validate-shacl stops at a constraint component it does not know).
 */
export function withoutSparql(shapes: Store): Store {
  return new Store(
    shapes
      .getQuads(null, null, null, null)
      .filter((q) => q.predicate.value !== "http://www.w3.org/ns/shacl#sparql"),
  );
}

/** Validates N-Quads text with shacl-engine; returns the violations (none when it conforms). */
export async function validateWithShaclEngine(
  nquads: string,
  shapes: Store,
): Promise<{ conforms: boolean; violations: Violation[] }> {
  const data = new Store(new Parser({ format: "application/n-quads" }).parse(nquads));
  const validator = new Validator(shapes, { factory: DataFactory, targetResolvers, validations });
  const report = await validator.validate({ dataset: data });
  return {
    conforms: report.conforms,
    violations: report.results.map((r) => ({
      focus: r.focusNode?.term?.value ?? "",
      path: r.path?.[0]?.predicates?.[0]?.value ?? "",
      message: (r.message ?? []).map((m) => m.value).join("; "),
    })),
  };
}
