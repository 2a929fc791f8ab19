import * as z from "zod";
import { IdentifiersSchema } from "./identifier.js";
import { AlternateNameSchema, recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/** Kinds of organisation. */
export const ORGANIZATION_KINDS = [
  "government",
  "government_body",
  "ministry",
  "military",
  "legislature",
  "intergovernmental",
  "political_party",
  "armed_group",
  "company",
  "ngo",
  "media",
  "other",
] as const;

/** One of {@link ORGANIZATION_KINDS}. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * An organisation: a government body, an intergovernmental organisation, a party, an armed group, a company...
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({
 *   id: "us-state-department", type: "actor", kind: "organization",
 *   name: "U.S. Department of State", organizationKind: "ministry", jurisdiction: "usa",
 * });
 * ```
 */
export const OrganizationSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("actor"),
    kind: z.literal("organization").meta({ description: "The actor kind; always `organization`." }),
    name: z
      .string()
      .min(1)
      .meta({
        description: "The organisation's name in English.",
        examples: ["U.S. Department of State"],
      }),
    alternateNames: z
      .array(AlternateNameSchema)
      .optional()
      .meta({ description: "Other names and abbreviations." }),
    organizationKind: z
      .enum(ORGANIZATION_KINDS)
      .meta({ description: "What sort of organisation it is." }),
    parent: reference(
      { type: "actor", kinds: ["organization"] },
      "The organisation this one is part of.",
    ).optional(),
    jurisdiction: reference(
      { type: "actor", kinds: ["state"] },
      "The state whose government or law the organisation belongs to.",
    ).optional(),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, "a Wikidata item id such as `Q789915`")
      .optional()
      .meta({ description: "The organisation's Wikidata item id (QID)." }),
    identifiers: IdentifiersSchema,
  })
  .meta({
    id: "Organization",
    title: "Organization",
    description:
      "An organisation: government body, intergovernmental organisation, party, armed group, company...",
  });

export type { Organization } from "./generated/types.js";
