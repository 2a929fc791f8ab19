/** The classes a reference field may point to, from the model. */
import { getModel } from "../../src/internal/model.js";

/**
 * The CURIEs of the classes a reference may point to: every kind of actor the target allows, or
 * the record type's class.
 */
export function targetClasses(target: {
  readonly type: string;
  readonly kinds?: readonly string[];
}): string[] {
  const model = getModel();
  const shapes =
    target.type === "actor"
      ? (target.kinds ?? ["person", "state", "organization"]).map((k) => model.recordShape.get(k))
      : [model.recordShape.get(target.type)];
  return shapes.flatMap((s) => (s ? [s.curie] : []));
}
