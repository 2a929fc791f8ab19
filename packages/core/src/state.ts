import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { CountryCodeSchema } from "./country.js";
import { IdentifiersSchema } from "./identifier.js";
import { AlternateNameSchema, recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/** How widely a state's statehood is recognised. */
export const STATEHOOD_STATUSES = [
  "recognized",
  "partially_recognized",
  "contested",
  "unrecognized",
  "former",
] as const;

/** One of {@link STATEHOOD_STATUSES}. */
export type StatehoodStatus = (typeof STATEHOOD_STATUSES)[number];

/**
 * A claim on a state's territory or sovereignty by another actor.
 */
export const SovereigntyClaimSchema = /* @__PURE__ */ z
  .strictObject({
    claimant: reference(
      { type: "actor" },
      "The actor that claims sovereignty over the state's territory.",
    ),
    description: z.string().min(1).meta({
      description:
        "The claim in words, as the sources put it, e.g. `considers Taiwan a renegade province`.",
    }),
    sources: CitationsSchema,
  })
  .meta({
    id: "SovereigntyClaim",
    title: "Sovereignty claim",
    description: "A claim on a state's territory by another actor.",
  });

export type { SovereigntyClaim } from "./generated/types.js";

/**
 * A state (country or territory), identified by its ISO 3166-1 alpha-2 code when it has one.
 *
 * @example
 * ```ts
 * StateSchema.parse({ id: "taiwan", type: "actor", kind: "state", name: "Taiwan", iso3166: "TW", statehood: "contested" });
 * ```
 */
export const StateSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("actor"),
    kind: z.literal("state").meta({ description: "The actor kind; always `state`." }),
    name: z
      .string()
      .min(1)
      .meta({ description: "The state's common English name.", examples: ["China"] }),
    officialName: z.string().min(1).optional().meta({ description: "The state's official name." }),
    alternateNames: z
      .array(AlternateNameSchema)
      .optional()
      .meta({ description: "Other names of the state." }),
    iso3166: CountryCodeSchema.optional().meta({
      description: "The ISO 3166-1 alpha-2 code, e.g. `CN`.",
    }),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, "a Wikidata item id such as `Q148`")
      .optional()
      .meta({ description: "The state's Wikidata item id (QID)." }),
    identifiers: IdentifiersSchema,
    statehood: z.enum(STATEHOOD_STATUSES).optional().meta({
      description: "How widely the state's statehood is recognised; `recognized` when absent.",
    }),
    claims: z
      .array(SovereigntyClaimSchema)
      .optional()
      .meta({ description: "Claims by other actors on this state's territory." }),
  })
  .meta({
    id: "State",
    title: "State",
    description: "A state: a country or territory, with contested status where it applies.",
  });

export type { State } from "./generated/types.js";
