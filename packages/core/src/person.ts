import * as z from "zod";
import { IdentifiersSchema } from "./identifier.js";
import { OfficeSchema } from "./office.js";
import { AlternateNameSchema, recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/**
 * A person: a named individual, or one known only by an office ("his Chinese counterpart").
 *
 * A person needs a `name` or at least one entry in `offices`.
 *
 * @example
 * ```ts
 * PersonSchema.parse({
 *   id: "chinese-defense-minister", type: "actor", kind: "person",
 *   label: "his Chinese counterpart",
 *   offices: [{ title: "Minister of National Defense", role: "defense_minister", state: "china" }],
 * });
 * ```
 */
export const PersonSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("actor"),
    kind: z.literal("person").meta({ description: "The actor kind; always `person`." }),
    name: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          "The person's name as commonly written in English. Omit for a person known only by office.",
        examples: ["Antony Blinken"],
      }),
    label: z.string().min(1).optional().meta({
      description:
        "How the sources refer to a person whose name they do not give, e.g. `his Chinese counterpart`.",
    }),
    alternateNames: z
      .array(AlternateNameSchema)
      .optional()
      .meta({ description: "Other names of the person." }),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, "a Wikidata item id such as `Q15637547`")
      .optional()
      .meta({ description: "The person's Wikidata item id (QID)." }),
    identifiers: IdentifiersSchema,
    nationality: z
      .array(
        reference(
          { type: "actor", kinds: ["state"] },
          "A state of which the person is a national.",
        ),
      )
      .optional()
      .meta({ description: "The states of which the person is a national." }),
    offices: z
      .array(OfficeSchema)
      .optional()
      .meta({ description: "Offices the person has held, over time." }),
  })
  .refine((person) => person.name !== undefined || (person.offices?.length ?? 0) > 0, {
    message: "a person needs a `name`, or at least one office when known only by office",
    path: ["name"],
  })
  .meta({
    id: "Person",
    title: "Person",
    description: "A person, named or known only by an office.",
  });

export type { Person } from "./generated/types.js";
