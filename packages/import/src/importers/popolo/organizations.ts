import type { Organization } from "@statecraft/core";
import type { ImportContext } from "../../internal/context.js";
import { asArray, asObject, asText } from "../../internal/json.js";
import { slug } from "../../internal/text.js";
import { alternateNames } from "./alternate-names.js";
import { UUID, wikidataOf } from "./identifiers.js";
import type { PopoloFile } from "./popolo-file.js";
import { SOURCE } from "./source.js";

/** Wikidata's "independent politician": a Popolo "party" standing for members of no party. */
const INDEPENDENT = "Q327591";

/**
 * Imports a file's organisations (legislatures and parties; placeholders are not organisations),
 * yielding each and adding it to `organizations` by its Popolo id.
 */
export function* importOrganizations(
  items: unknown,
  popolo: PopoloFile,
  organizations: Map<string, Organization>,
  context: ImportContext,
): Generator<Organization> {
  const { file, state, scope } = popolo;
  for (const item of asArray(items)) {
    context.read();
    const org = asObject(item);
    const id = asText(org?.id);
    const name = asText(org?.name);
    if (!org || !id || !name) {
      context.warn(
        "incomplete_organization",
        "warning",
        "organisation without id or name; skipped",
        { file },
      );
      context.skipped("incomplete_organization");
      continue;
    }
    const at = popolo.where("id", id);
    const classification = asText(org.classification);
    const wikidata = wikidataOf(org.identifiers);
    if (classification === "party" && (name.toLowerCase() === "unknown" || /\/unknown$/.test(id))) {
      context.warn(
        "placeholder_party",
        "info",
        `organisation "${id}" ("${name}") stands for an unknown party; not imported, and memberships on its behalf get no party`,
        at,
        id,
      );
      context.skipped("placeholder_party");
      continue;
    }
    if (classification === "party" && wikidata === INDEPENDENT) {
      context.warn(
        "not_a_party",
        "info",
        `organisation "${id}" ("${name}") stands for members of no party (Wikidata ${INDEPENDENT}, independent politician); not imported, and memberships on its behalf get no party`,
        at,
        id,
      );
      context.skipped("not_a_party");
      continue;
    }
    const names = alternateNames(org.other_names, name);
    const seats = typeof org.seats === "number" ? org.seats : undefined;
    const record: Organization = {
      id: UUID.test(id) ? `popolo-org-${id.toLowerCase()}` : `popolo-${scope}-${slug(id)}`,
      type: "actor",
      kind: "organization",
      name,
      ...(names.length > 0 ? { alternateNames: names } : {}),
      organizationKind:
        classification === "legislature"
          ? "legislature"
          : classification === "party"
            ? "political_party"
            : "other",
      ...(state ? { jurisdiction: state } : {}),
      ...(wikidata ? { wikidata } : {}),
      ...(seats === undefined ? {} : { note: `${seats} seats.` }),
      sources: [{ source: SOURCE.id, locator: `${file}, organization ${id}` }],
    };
    organizations.set(id, record);
    context.imported();
    yield record;
  }
}
