import { IdSchema } from "@statecraft/core";
import * as z from "zod";

/**
 * The schema of an id map file: which id each record id of the inputs became in a merged
 * dataset. Only ids that changed are listed.
 *
 * @example
 * ```ts
 * IdMapSchema.parse({ version: 1, ids: { "state-cn": "china" } });
 * ```
 */
export const IdMapSchema = /* @__PURE__ */ z
  .strictObject({
    version: z.literal(1).meta({ description: "The format version; always `1`." }),
    ids: z
      .record(IdSchema, IdSchema)
      .meta({ description: "Each input id that a merge changed, with the id it became." }),
  })
  .meta({
    id: "IdMap",
    title: "Id map",
    description: "The ids a merge changed: input id → merged id.",
  });

/** An id map, as parsed: input id → merged id. */
export type IdMap = z.infer<typeof IdMapSchema>;

/**
 * An empty id map.
 *
 * @returns `{ version: 1, ids: {} }`.
 * @example
 * ```ts
 * const map = emptyIdMap();
 * map.ids["state-cn"] = "china";
 * ```
 */
export function emptyIdMap(): IdMap {
  return { version: 1, ids: {} };
}

/**
 * Reads an id map from its JSON text. Fails on JSON that is not an id map and on a map whose
 * renames form a cycle (`a → b`, `b → a`).
 *
 * @param text - The JSON text of an id map file.
 * @returns The id map, or the reason it is not one.
 * @example
 * ```ts
 * const read = safeParseIdMap('{ "version": 1, "ids": { "state-cn": "china" } }');
 * if (read.success) read.idMap.ids["state-cn"]; // "china"
 * ```
 */
export function safeParseIdMap(
  text: string,
): { success: true; idMap: IdMap } | { success: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { success: false, message: `not JSON: ${(error as Error).message}` };
  }
  const parsed = IdMapSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length === 0 ? "" : `${issue.path.map(String).join(".")}: `;
    return { success: false, message: `${where}${issue.message}` };
  }
  for (const start of Object.keys(parsed.data.ids)) {
    if (resolveId(parsed.data, start) === undefined)
      return { success: false, message: `the renames starting at "${start}" form a cycle` };
  }
  return { success: true, idMap: parsed.data };
}

/**
 * The id an id map gives an id, following renames of renames (`a → b`, `b → c` gives `c`).
 *
 * @param idMap - The id map.
 * @param id - An input id.
 * @returns The merged id (the id itself when the map does not list it), or `undefined` when the
 *   renames form a cycle.
 * @example
 * ```ts
 * resolveId({ version: 1, ids: { a: "b", b: "c" } }, "a"); // "c"
 * ```
 */
export function resolveId(idMap: IdMap, id: string): string | undefined {
  let current = id;
  const seen = new Set<string>();
  while (Object.hasOwn(idMap.ids, current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = idMap.ids[current]!;
  }
  return current;
}

/**
 * The JSON text of an id map: keys sorted, two-space indentation, a final newline, so the same
 * map always gives the same bytes.
 *
 * @param idMap - The id map.
 * @returns The text to write.
 * @example
 * ```ts
 * formatIdMap({ version: 1, ids: { "state-cn": "china" } });
 * ```
 */
export function formatIdMap(idMap: IdMap): string {
  const ids: Record<string, string> = {};
  for (const key of Object.keys(idMap.ids).sort()) ids[key] = idMap.ids[key]!;
  return `${JSON.stringify({ version: 1, ids }, null, 2)}\n`;
}
