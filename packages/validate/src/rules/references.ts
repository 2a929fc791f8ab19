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
  for (let record = 0; record < table.size; record++) {
    const [start, end] = table.refRange(record);
    for (let pair = start; pair < end; pair++) {
      const idNum = refs.get(pair * 2);
      const code = refs.get(pair * 2 + 1);
      const ordinal = pair - start;
      const target = table.idRecord.get(idNum);
      const want = decodeTarget(code);
      if (target === -1) {
        const id = table.idName(idNum);
        if (want.positionActor) {
          report({
            code: "unknown_position_actor",
            message: `the position's actor "${id}" is not in the dataset`,
            record,
            ordinal,
            suggest: { id, target: code },
          });
        } else {
          report({
            code: "dangling_reference",
            message: `no record with id "${id}"`,
            record,
            ordinal,
            suggest: { id, target: code },
          });
        }
        continue;
      }
      const shape = table.shape(target);
      const type =
        shape === "person" || shape === "state" || shape === "organization" ? "actor" : shape;
      if (type !== want.type) {
        const id = table.idName(idNum);
        report({
          code: "wrong_reference_type",
          message: `"${id}" is ${ARTICLE(type)}, but this field must reference ${ARTICLE(want.type)}`,
          record,
          ordinal,
        });
      } else if (want.kinds.length > 0 && !want.kinds.includes(shape as "person")) {
        const id = table.idName(idNum);
        report({
          code: "wrong_reference_type",
          message: `"${id}" is ${ARTICLE(shape)}, but this field must reference ${want.kinds.map(ARTICLE).join(" or ")}`,
          record,
          ordinal,
        });
      }
    }
  }
};
