import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { IdSchema, type RecordType } from "./reference-field.js";

/**
 * The fields every record shares: `id`, `type`, `sources` and `note`.
 *
 * @param type - The record type literal.
 * @returns A zod shape to spread into a record's object schema.
 * @internal
 */
export function recordFields<T extends RecordType>(type: T) {
  return {
    id: IdSchema,
    type: z.literal(type).meta({ description: `The record type; always \`${type}\`.` }),
    sources: CitationsSchema,
    note: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A free-text note for maintainers and readers." }),
  };
}

/** An alternative name: a translation, transliteration, former name or abbreviation. */
export const AlternateNameSchema = /* @__PURE__ */ z
  .strictObject({
    name: z.string().min(1).meta({ description: "The name as written." }),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as `zh-Hans`")
      .optional()
      .meta({ description: "The BCP 47 language tag of the name, e.g. `zh-Hans`." }),
    kind: z
      .enum(["translation", "transliteration", "former", "abbreviation", "alias"])
      .optional()
      .meta({ description: "How the name relates to the preferred name." }),
  })
  .meta({
    id: "AlternateName",
    title: "Alternate name",
    description: "Another name a record is known by.",
  });

export type { AlternateName } from "./generated/types.js";
