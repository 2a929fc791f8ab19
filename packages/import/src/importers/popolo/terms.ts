import { asArray, asObject, asText } from "../../internal/json.js";

/** A legislative period (a Popolo event): its name and dates, as written. */
export interface Term {
  readonly name: string;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/** Reads a file's legislative periods (its `events`), by id. */
export function readTerms(items: unknown): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const item of asArray(items)) {
    const event = asObject(item);
    const id = asText(event?.id);
    if (!event || !id) continue;
    terms.set(id, {
      name: asText(event.name) ?? id,
      start: asText(event.start_date),
      end: asText(event.end_date),
    });
  }
  return terms;
}
