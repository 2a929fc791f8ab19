import * as z from "zod";
import { PartialDateSchema } from "./date.js";
import { AlternateNameSchema, recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/** Kinds of source. */
export const SOURCE_KINDS = [
  "news_article",
  "statement",
  "readout",
  "press_release",
  "transcript",
  "fact_sheet",
  "legal_instrument",
  "dataset",
  "report",
  "webpage",
  "other",
] as const;

/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A source: a news article, statement, readout, legal instrument or dataset that records cite.
 *
 * @example
 * ```ts
 * SourceSchema.parse({
 *   id: "ap-2024-04-21", type: "source", kind: "news_article", publisher: "Associated Press",
 *   title: "Blinken to visit China", published: "2024-04-21", dateline: "WASHINGTON", language: "en",
 * });
 * ```
 */
export const SourceSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("source"),
    kind: z.enum(SOURCE_KINDS).meta({ description: "What kind of source it is." }),
    title: z.string().min(1).meta({ description: "The source's title or headline." }),
    alternateTitles: z
      .array(AlternateNameSchema)
      .optional()
      .meta({ description: "Titles in other languages." }),
    publisher: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Who published it, e.g. `Associated Press`." }),
    publisherActor: reference(
      { type: "actor" },
      "The publisher, when it is an actor in the dataset.",
    ).optional(),
    authors: z.array(z.string().min(1)).optional().meta({ description: "The authors' names." }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: "Where the source can be read." }),
    published: PartialDateSchema.optional().meta({ description: "When it was published." }),
    accessed: PartialDateSchema.optional().meta({ description: "When it was last read at `url`." }),
    dateline: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The place the report was filed from, e.g. `WASHINGTON`." }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as `en`")
      .optional()
      .meta({ description: "The BCP 47 language tag of the text as kept." }),
    translatedFrom: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as `en`")
      .optional()
      .meta({ description: "The language of the original when the text kept is a translation." }),
    identifier: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A citation or identifier, e.g. a Federal Register citation or DOI." }),
  })
  .meta({
    id: "Source",
    title: "Source",
    description: "A document or dataset that records cite as evidence.",
  });

export type { Source } from "./generated/types.js";
