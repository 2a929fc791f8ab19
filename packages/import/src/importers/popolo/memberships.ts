import type { Citation, Organization } from "@statecraft/core";
import type { ImportContext, RowRef } from "../../internal/context.js";
import { asArray, asObject, asText } from "../../internal/json.js";
import { membershipDates } from "./membership-dates.js";
import type { PersonDraft } from "./persons.js";
import type { PopoloFile } from "./popolo-file.js";
import { SOURCE } from "./source.js";
import type { Term } from "./terms.js";

/** A membership of the file, with its index in the `memberships` list. */
interface IndexedMembership {
  readonly index: number;
  readonly m: Record<string, unknown>;
}

/** What a file's memberships refer to: its organisations, legislative periods and areas, by Popolo id. */
export interface MembershipTargets {
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly terms: ReadonlyMap<string, Term>;
  readonly areas: ReadonlyMap<string, string>;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Groups a file's memberships by person; one of a person not in the file is skipped. */
function membershipsByPerson(
  items: unknown,
  file: string,
  local: ReadonlyMap<string, PersonDraft>,
  context: ImportContext,
): Map<string, IndexedMembership[]> {
  const byPerson = new Map<string, IndexedMembership[]>();
  asArray(items).forEach((item, index) => {
    context.read();
    const m = asObject(item);
    const personId = asText(m?.person_id);
    if (!m || !personId || !local.has(personId)) {
      context.warn(
        "membership_of_unknown_person",
        "warning",
        `membership ${index} names person "${personId ?? ""}", who is not in the file; skipped`,
        { file, row: `membership ${index}` },
      );
      context.skipped("membership_of_unknown_person");
      return;
    }
    const list = byPerson.get(personId) ?? [];
    list.push({ index, m });
    byPerson.set(personId, list);
  });
  return byPerson;
}

/** Reports a person with several constituencies in one term: most likely namesakes the source merged into one person. */
function reportSeveralConstituencies(
  draft: PersonDraft,
  memberships: readonly IndexedMembership[],
  areas: ReadonlyMap<string, string>,
  at: RowRef,
  file: string,
  context: ImportContext,
): void {
  const areasByTerm = new Map<string, Set<string>>();
  for (const { m } of memberships) {
    const key = `${asText(m.organization_id)}|${asText(m.legislative_period_id)}`;
    const set = areasByTerm.get(key) ?? new Set<string>();
    const area = asText(m.area_id);
    if (area) set.add(area);
    areasByTerm.set(key, set);
  }
  for (const set of areasByTerm.values()) {
    if (set.size < 2) continue;
    const names = [...set].map((a) => areas.get(a) ?? a);
    context.warn(
      "several_constituencies_in_one_term",
      "warning",
      `persons hold seats for several constituencies in one term (first: ${draft.record.name}, ${names.join(", ")}): possibly namesakes the source merged into one person; each is kept as one person with one office per membership`,
      at,
      file,
    );
  }
}

/** Turns one membership into the person's offices: the seat, and the party it was held for. */
function addMembershipOffices(
  { index, m }: IndexedMembership,
  personId: string,
  draft: PersonDraft,
  popolo: PopoloFile,
  targets: MembershipTargets,
  context: ImportContext,
): void {
  const { file } = popolo;
  const { organizations, terms, areas } = targets;
  const row = `membership ${index}`;
  const mWhere = popolo.where("person_id", personId, row);
  const orgId = asText(m.organization_id);
  const organization = orgId ? organizations.get(orgId) : undefined;
  if (orgId && !organization && !/\/unknown$/.test(orgId)) {
    context.warn(
      "membership_of_unknown_organization",
      "warning",
      `membership ${index} is in organisation "${orgId}", which is not in the file; the office has no organisation`,
      mWhere,
      orgId,
    );
  }
  const termId = asText(m.legislative_period_id);
  const term = termId ? terms.get(termId) : undefined;
  const { start, end, notes, fromTerm } = membershipDates(
    m,
    { row, file, termId, term, where: mWhere },
    context,
  );
  const area = asText(m.area_id);
  notes.unshift(
    ...[
      area ? `constituency ${areas.get(area) ?? area}` : undefined,
      fromTerm ? `${fromTerm} of the legislative period ${term?.name}` : undefined,
    ].filter((n) => n !== undefined),
  );
  const citation: Citation = {
    source: SOURCE.id,
    locator: `${popolo.doc.file}, ${row}`,
    ...(notes.length > 0 ? { note: `${capitalised(notes.join("; "))}.` } : {}),
  };
  const role = capitalised(asText(m.role) ?? "member");
  const dates = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  draft.offices.push({
    title: organization ? `${role} of the ${organization.name}` : role,
    ...(organization?.organizationKind === "legislature" ? { role: "legislator" as const } : {}),
    ...(organization ? { organization: organization.id } : {}),
    ...(organization?.jurisdiction ? { state: organization.jurisdiction } : {}),
    ...dates,
    sources: [citation],
  });
  const partyId = asText(m.on_behalf_of_id);
  const party = partyId ? organizations.get(partyId) : undefined;
  if (party) {
    draft.offices.push({
      title: `Member of ${party.name}`,
      organization: party.id,
      ...dates,
      sources: [citation],
    });
  }
  context.merged("membership_as_office");
}

/** Turns a file's memberships into offices of the file's persons (`local`, by Popolo id). */
export function importMemberships(
  items: unknown,
  popolo: PopoloFile,
  local: ReadonlyMap<string, PersonDraft>,
  targets: MembershipTargets,
  context: ImportContext,
): void {
  const byPerson = membershipsByPerson(items, popolo.file, local, context);
  for (const [personId, memberships] of byPerson) {
    const draft = local.get(personId)!;
    const at = popolo.where("id", personId);
    reportSeveralConstituencies(draft, memberships, targets.areas, at, popolo.file, context);
    for (const membership of memberships) {
      addMembershipOffices(membership, personId, draft, popolo, targets, context);
    }
  }
}
