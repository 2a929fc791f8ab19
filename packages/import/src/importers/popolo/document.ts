import type { Organization, StatecraftRecord } from "@statecraft/core";
import type { ImportContext, RowRef } from "../../internal/context.js";
import { asObject, type JsonDocument } from "../../internal/json.js";
import { slug } from "../../internal/text.js";
import { readAreas } from "./areas.js";
import { countryFromPath } from "./country-from-path.js";
import { importMemberships } from "./memberships.js";
import { importOrganizations } from "./organizations.js";
import type { PersonDraft } from "./persons.js";
import { readPersons } from "./persons.js";
import type { PopoloFile } from "./popolo-file.js";
import { readTerms } from "./terms.js";

/** The state a file is about, from its path (reported when it names none), and its id scope. */
function popoloFile(doc: JsonDocument, path: string, context: ImportContext): PopoloFile {
  const { file } = doc;
  const alpha2 = countryFromPath(path);
  const state = alpha2 ? context.isoState(alpha2, `${file} (from the file path)`) : undefined;
  if (!state) {
    context.warn(
      "country_not_found",
      "warning",
      "no country is named in the file path (EveryPolitician: data/<Country>/<House>/...); offices and organisations are imported without a state",
      { file },
      file,
    );
  }
  const scope = alpha2?.toLowerCase() ?? slug(file.replace(/\.json$/i, ""));
  return {
    doc,
    file,
    state,
    scope,
    // The line is looked up only when a warning is first reported (a search of the whole text).
    where: (key: string, id: string, row = id): RowRef => ({
      file,
      row,
      get line() {
        return doc.lineOf(key, id);
      },
    }),
  };
}

/**
 * Imports one Popolo file: yields its organisations, adds its persons to `persons` (emitted at
 * the end of the import) and their memberships as offices.
 */
export function* importDocument(
  doc: JsonDocument,
  path: string,
  persons: Map<string, PersonDraft>,
  context: ImportContext,
): Generator<StatecraftRecord> {
  const root = asObject(doc.value);
  if (!root || !Array.isArray(root.persons) || !Array.isArray(root.memberships)) {
    context.warn(
      "not_a_popolo_file",
      "warning",
      "the file has no `persons` and `memberships` lists (not Popolo JSON); file skipped",
      { file: doc.file },
      doc.file,
    );
    return;
  }
  const popolo = popoloFile(doc, path, context);
  const organizations = new Map<string, Organization>();
  yield* importOrganizations(root.organizations, popolo, organizations, context);
  const terms = readTerms(root.events);
  const areas = readAreas(root.areas);
  const local = readPersons(root.persons, popolo, persons, context);
  importMemberships(root.memberships, popolo, local, { organizations, terms, areas }, context);
}
