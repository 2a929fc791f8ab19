import type { AlternateName, Office, Person } from "@statecraft/core";
import type { ImportContext } from "../../internal/context.js";
import { asArray, asObject, asText } from "../../internal/json.js";
import { slug } from "../../internal/text.js";
import { alternateNames } from "./alternate-names.js";
import { UUID, wikidataOf } from "./identifiers.js";
import type { PopoloFile } from "./popolo-file.js";
import { SOURCE } from "./source.js";

/** A person held until the end of the import, gathering offices and names from every file. */
export interface PersonDraft {
  record: Person;
  offices: Office[];
  names: AlternateName[];
}

/**
 * Reads a file's persons into `persons` (all files, by record id), merging one already read;
 * returns the file's persons by their Popolo id.
 */
export function readPersons(
  items: unknown,
  popolo: PopoloFile,
  persons: Map<string, PersonDraft>,
  context: ImportContext,
): Map<string, PersonDraft> {
  const { doc, file, scope } = popolo;
  const local = new Map<string, PersonDraft>();
  for (const item of asArray(items)) {
    context.read();
    const person = asObject(item);
    const id = asText(person?.id);
    const name = asText(person?.name);
    if (!person || !id || !name) {
      context.warn("incomplete_person", "warning", "person without id or name; skipped", {
        file,
        line: id ? doc.lineOf("id", id) : undefined,
        row: id,
      });
      context.skipped("incomplete_person");
      continue;
    }
    const at = popolo.where("id", id);
    // EveryPolitician ids are UUIDs, the same person having the same one in every file.
    const recordId = UUID.test(id)
      ? `popolo-person-${id.toLowerCase()}`
      : `popolo-${scope}-${slug(id)}`;
    const locator = `${file}, person ${id}`;
    const existing = persons.get(recordId);
    if (existing) {
      if (local.has(id)) {
        context.warn(
          "duplicate_person_id",
          "warning",
          `person id ${id} appears twice in the file; merged into one person`,
          at,
          id,
        );
        context.merged("duplicate_person_id");
      } else {
        context.merged("same_person_in_two_files");
      }
      existing.record.sources!.push({ source: SOURCE.id, locator });
      for (const n of alternateNames(person.other_names, existing.record.name ?? name)) {
        if (!existing.names.some((m) => m.name === n.name && m.lang === n.lang))
          existing.names.push(n);
      }
      local.set(id, existing);
      continue;
    }
    const wikidata = wikidataOf(person.identifiers);
    const summary = asText(person.summary);
    const draft: PersonDraft = {
      record: {
        id: recordId,
        type: "actor",
        kind: "person",
        name,
        ...(wikidata ? { wikidata } : {}),
        ...(UUID.test(id)
          ? { identifiers: [{ scheme: "popolo" as const, value: id.toLowerCase() }] }
          : {}),
        ...(summary ? { note: summary } : {}),
        sources: [{ source: SOURCE.id, locator }],
      },
      offices: [],
      names: alternateNames(person.other_names, name),
    };
    persons.set(recordId, draft);
    local.set(id, draft);
    context.imported();
  }
  return local;
}

/** The person record of a draft, with the names and offices gathered. */
export function personRecord({ record, offices, names }: PersonDraft): Person {
  const { sources, note, ...rest } = record;
  return {
    ...rest,
    ...(names.length > 0 ? { alternateNames: names } : {}),
    ...(offices.length > 0 ? { offices } : {}),
    ...(note ? { note } : {}),
    sources,
  };
}
