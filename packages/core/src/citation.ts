import * as z from "zod";
import { reference } from "./reference-field.js";

/**
 * A citation of a source record in support of a record or a single claim in it.
 *
 * @example
 * ```ts
 * CitationSchema.parse({ source: "ap-2024-04-21", quote: "Blinken will visit China next week" });
 * ```
 */
export const CitationSchema = /* @__PURE__ */ z
  .strictObject({
    source: reference({ type: "source" }, "The id of the source record cited."),
    quote: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The passage of the source that states the claim, verbatim." }),
    locator: z.string().min(1).optional().meta({
      description: "Where in the source the claim is: paragraph, page, section or timestamp.",
    }),
    note: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A maintainer's note on how the source supports the claim." }),
  })
  .meta({
    id: "Citation",
    title: "Citation",
    description:
      "A source cited for a record or a claim, optionally with the quote that states it.",
  });

export type { Citation } from "./generated/types.js";

/** The `sources` list every record and many claims carry. */
export const CitationsSchema = /* @__PURE__ */ z
  .array(CitationSchema)
  .optional()
  .meta({ description: "The sources that support this record or claim." });
