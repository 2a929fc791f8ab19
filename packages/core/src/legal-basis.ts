import * as z from "zod";
import { reference } from "./reference-field.js";

/**
 * The law a measure is taken under: authority, instrument and citation.
 *
 * @example
 * ```ts
 * LegalBasisSchema.parse({
 *   jurisdiction: "usa", authority: "Section 301 of the Trade Act of 1974",
 *   citation: "19 U.S.C. § 2411",
 * });
 * ```
 */
export const LegalBasisSchema = /* @__PURE__ */ z
  .strictObject({
    jurisdiction: reference(
      { type: "actor", kinds: ["state", "organization"] },
      "The state or organisation whose law it is.",
    ).optional(),
    authority: z.string().min(1).meta({
      description:
        "The statute or power the measure is taken under, e.g. `Section 301 of the Trade Act of 1974`.",
    }),
    instrument: z.string().min(1).optional().meta({
      description:
        "The instrument that takes the measure, e.g. a proclamation, notice or decision.",
    }),
    citation: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A formal citation, e.g. `89 FR 76581`." }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: "Where the legal text can be read." }),
  })
  .meta({
    id: "LegalBasis",
    title: "Legal basis",
    description: "The law a trade measure is taken under.",
  });

export type { LegalBasis } from "./generated/types.js";
