/**
 * How a data file lays out its records: one record, a list of records, a dataset object with a
 * list per record type, or a whole dataset with metadata; and what is wrong with the layout.
 *
 * @module
 */
import { DATASET_KEYS, DatasetSchema } from "@statecraft/core";
import { closest, distance } from "fastest-levenshtein";
import { escapePointerSegment } from "./json.js";
import { loneSurrogates, mayHoldLoneSurrogate } from "./lone-surrogate.js";
import type { Finding } from "./structure.js";

const LIST_KEYS = Object.values(DATASET_KEYS) as string[];
const LIST_TYPE = Object.fromEntries(
  Object.entries(DATASET_KEYS).map(([type, key]) => [key, type]),
) as Record<string, string>;
const DATASET_FIELDS = Object.keys(DatasetSchema.shape);
const METADATA_SCHEMA = DatasetSchema.omit(
  Object.fromEntries(LIST_KEYS.map((k) => [k, true])) as { actors: true },
);

/** A record found in a document: its value and its JSON Pointer in the file. */
export interface Placed {
  readonly value: unknown;
  readonly base: string;
  /** The type its dataset list requires, if it is in one. */
  readonly listType?: string;
}

function suggest(input: string, candidates: readonly string[]): string {
  const best = closest(input, candidates as string[]);
  const d = distance(input, best);
  return d <= Math.max(1, Math.floor(best.length * 0.4)) && d < input.length
    ? ` (did you mean "${best}"?)`
    : "";
}

const LAYOUTS =
  'a data file holds one record (an object with "type"), a list of records, or a dataset (an object with "actors", "meetings", "issues", "tariffs" or "sources" lists)';

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return 'an object without "type"';
  return `a ${typeof value}`;
}

/**
 * Splits a document into its records, reporting what is not in any layout (file-level findings).
 *
 * @param scan - Look for lone surrogates in a dataset's metadata (see {@link mayHoldLoneSurrogate}).
 * @param datasetObject - Take a plain object without `type` as a dataset even when it has no
 *   list (`{}` is an empty dataset): for objects given in code as datasets, where a file's
 *   `{ "name": "x" }` is more likely something else.
 */
export function layout(
  value: unknown,
  file: Finding[],
  scan: boolean,
  datasetObject = false,
): Placed[] {
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, base: `/${i}` }));
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (Object.hasOwn(object, "type")) return [{ value, base: "" }];
    const keys = Object.keys(object);
    const plain = [Object.prototype, null].includes(Object.getPrototypeOf(object));
    if (keys.some((k) => LIST_KEYS.includes(k)) || (datasetObject && plain)) {
      const placed: Placed[] = [];
      const metadata: Record<string, unknown> = {};
      for (const key of keys) {
        if (!DATASET_FIELDS.includes(key)) {
          file.push({
            code: "unrecognized_keys",
            message: `unknown key ${JSON.stringify(key)} in a dataset${suggest(key, DATASET_FIELDS)}`,
            pointer: `/${escapePointerSegment(key)}`,
            key: true,
          });
        } else if (LIST_KEYS.includes(key)) {
          const list = object[key];
          if (!Array.isArray(list)) {
            file.push({
              code: "invalid_type",
              message: `"${key}" must be a list of records`,
              pointer: `/${key}`,
            });
            continue;
          }
          for (const [i, v] of list.entries())
            placed.push({ value: v, base: `/${key}/${i}`, listType: LIST_TYPE[key]! });
        } else metadata[key] = object[key];
      }
      if (scan) file.push(...loneSurrogates(metadata));
      const meta = METADATA_SCHEMA.safeParse(metadata);
      if (!meta.success) {
        for (const issue of meta.error.issues) {
          file.push({
            code: issue.code,
            message: issue.message.charAt(0).toLowerCase() + issue.message.slice(1),
            pointer: issue.path.map((s) => `/${escapePointerSegment(String(s))}`).join(""),
          });
        }
      }
      return placed;
    }
  }
  file.push({
    code: "not_a_dataset",
    message: `this is not Statecraft data: found ${describeValue(value)}, but ${LAYOUTS}`,
    pointer: "",
  });
  return [];
}
