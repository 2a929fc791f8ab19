import type { IndexedShape } from "./dataset-facts.js";
import type { DatasetRule } from "./dataset-rule.js";

const ARTICLE = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** The record type of a shape: `actor` for the actor kinds. */
function typeOf(shape: IndexedShape): string {
  return shape === "person" || shape === "state" || shape === "organization" ? "actor" : shape;
}

/**
 * `dangling_reference`, `unknown_position_actor` and `wrong_reference_type`: every reference
 * resolves to a record of the type (and actor kind) its field requires. A record that failed
 * its schemas keeps its id, so a reference to it is not reported too; an actor whose `kind` is
 * unknown is not checked against the kinds a field requires.
 *
 * @internal
 */
export const checkReferences: DatasetRule = (facts, report) => {
  for (const record of facts.records()) {
    for (const ref of facts.references(record)) {
      const { ordinal, target, resolved } = ref;
      if (resolved === undefined) {
        report({
          code: target.positionActor ? "unknown_position_actor" : "dangling_reference",
          message: target.positionActor
            ? `the position's actor "${ref.id}" is not in the dataset`
            : `no record with id "${ref.id}"`,
          record: record.number,
          ordinal,
          suggest: { id: ref.id, target },
        });
      } else if (typeOf(resolved) !== target.type) {
        report({
          code: "wrong_reference_type",
          message: `"${ref.id}" is ${ARTICLE(typeOf(resolved))}, but this field must reference ${ARTICLE(target.type)}`,
          record: record.number,
          ordinal,
        });
      } else if (
        target.kinds.length > 0 &&
        resolved !== "actor" && // an actor of unknown kind: its own record reports the kind
        !target.kinds.includes(resolved as "person")
      ) {
        report({
          code: "wrong_reference_type",
          message: `"${ref.id}" is ${ARTICLE(resolved)}, but this field must reference ${target.kinds.map(ARTICLE).join(" or ")}`,
          record: record.number,
          ordinal,
        });
      }
    }
  }
};
