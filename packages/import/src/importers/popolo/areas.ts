import { asArray, asObject, asText } from "../../internal/json.js";

/** Reads a file's areas (constituencies): the name of each, by id. */
export function readAreas(items: unknown): Map<string, string> {
  const areas = new Map<string, string>();
  for (const item of asArray(items)) {
    const area = asObject(item);
    const id = asText(area?.id);
    if (id) areas.set(id, asText(area?.name) ?? id);
  }
  return areas;
}
