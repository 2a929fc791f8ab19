import { decodeTarget } from "../internal/summary.js";
import type { DatasetRule } from "./dataset-rule.js";

const ARTICLE = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/**
 * `dangling_reference`, `unknown_position_actor` and `wrong_reference_type`: every reference
 * resolves to a record of the type (and actor kind) its field requires.
 *
 * @internal
 */
export const checkReferences: DatasetRule = (table, report) => {
  const refs = table.refs;
  for (let i = 0; i < refs.length; i += 4) {
    const record = refs.get(i);
    const idNum = refs.get(i + 1);
    const code = refs.get(i + 2);
    const ordinal = refs.get(i + 3);
    const target = table.idRecord.get(idNum);
    const id = table.idNames[idNum]!;
    const want = decodeTarget(code);
    if (target === -1) {
      if (want.positionActor) {
        report({ code: "unknown_position_actor", message: `the position's actor "${id}" is not in the dataset`, record, ordinal, suggest: { id, target: code } });
      } else {
        report({ code: "dangling_reference", message: `no record with id "${id}"`, record, ordinal, suggest: { id, target: code } });
      }
      continue;
    }
    const shape = table.shape(target);
    const type = shape === "person" || shape === "state" || shape === "organization" ? "actor" : shape;
    if (type !== want.type) {
      report({ code: "wrong_reference_type", message: `"${id}" is ${ARTICLE(type)}, but this field must reference ${ARTICLE(want.type)}`, record, ordinal });
    } else if (want.kinds.length > 0 && !want.kinds.includes(shape as "person")) {
      report({
        code: "wrong_reference_type",
        message: `"${id}" is ${ARTICLE(shape)}, but this field must reference ${want.kinds.map(ARTICLE).join(" or ")}`,
        record,
        ordinal,
      });
    }
  }
};
