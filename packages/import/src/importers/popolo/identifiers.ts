import { asArray, asObject, asText } from "../../internal/json.js";

const WIKIDATA = /^Q[1-9]\d*$/;

/** An EveryPolitician id: a UUID, the same for one person or organisation in every file. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Wikidata id among a Popolo `identifiers` list, if it has a valid one. */
export function wikidataOf(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    const entry = asObject(item);
    const id = asText(entry?.identifier);
    if (asText(entry?.scheme) === "wikidata" && id && WIKIDATA.test(id)) return id;
  }
  return undefined;
}
