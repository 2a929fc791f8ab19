import type { StatecraftRecord } from "@statecraft/core";
import { defineImporter, type Importer } from "../../define-importer.js";
import type { ImportInput } from "../../input.js";
import type { ImportContext } from "../../internal/context.js";
import { readJson } from "../../internal/json.js";
import { importDocument } from "./document.js";
import { type PersonDraft, personRecord } from "./persons.js";
import { SOURCE } from "./source.js";

/** Imports every file, then yields the persons, held to the end (one may sit in two files). */
async function* importPopolo(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  // Persons are held to the end: the same EveryPolitician person (one UUID) may sit in two files.
  const persons = new Map<string, PersonDraft>();
  for await (const input of inputs) {
    const doc = await readJson(input, context);
    if (!doc) continue;
    yield* importDocument(doc, input.name, persons, context);
  }
  for (const draft of persons.values()) yield personRecord(draft);
}

/**
 * Imports legislators from EveryPolitician's Popolo JSON (`ep-popolo-v1.0.json`): each person
 * becomes a person with offices held over time (one per membership, e.g. "Member of the
 * Riigikogu" from the membership's dates, or its legislative period's), the legislature and the
 * parties become organisations with the country as jurisdiction (read from the file path).
 *
 * A person sitting for several constituencies in one term (namesakes the source merged) is
 * reported; placeholder parties (`party/unknown`, "independent") are not imported. A membership
 * never takes a legislative period's date that would make it end before it starts (it keeps its
 * own date; reported as `membership_outside_term`), and one whose own end precedes its own start
 * keeps the start only (reported as the warning `membership_ends_before_start`).
 *
 * @example
 * ```ts
 * const { records, report } = await collect(popolo.import([inputFromText("estonia-riigikogu-ep-popolo-v1.0.json", json)]));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const popolo: Importer = defineImporter(
  {
    name: "popolo",
    title: "EveryPolitician Popolo JSON: persons, organisations and memberships",
    extensions: [".json"],
    license: "not stated by the source (mySociety: 'free download and use')",
    source: SOURCE,
  },
  importPopolo,
);
