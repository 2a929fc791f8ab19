/**
 * SHACL validation of N-Quads against the shipped shapes, with rdf-validate-shacl.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";

/** The shipped shapes (vocab/shapes.ttl), parsed. */
export function loadShapes(): Store {
  const text = readFileSync(new URL("../../vocab/shapes.ttl", import.meta.url), "utf8");
  return new Store(new Parser({ format: "text/turtle" }).parse(text));
}

/** One SHACL violation, flattened for assertions. */
export interface Violation {
  readonly focus: string;
  readonly path: string;
  readonly message: string;
}

/** Validates N-Quads text against the shapes; returns the violations (none when it conforms). */
export async function validateNQuads(nquads: string, shapes: Store = loadShapes()): Promise<{ conforms: boolean; violations: Violation[] }> {
  const data = new Store(new Parser({ format: "application/n-quads" }).parse(nquads));
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    violations: report.results.map((r) => ({
      focus: r.focusNode?.value ?? "",
      path: r.path?.value ?? "",
      message: r.message.map((m) => m.value).join("; "),
    })),
  };
}
