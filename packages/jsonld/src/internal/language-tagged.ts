/**
 * Language-tagged names: an alternate name with only a text and a language tag is written as
 * the literal `"习近平"@zh-Hans` rather than a node with `schema:inLanguage` (see
 * `LANGUAGE_TAGGED` in `conventions.ts`).
 *
 * Language tags are case-insensitive in RDF and JSON-LD processors may lower-case them (jsonld.js
 * does), so a tag is written as a literal's tag only when it is in BCP 47's recommended case
 * (`zh-Hans`, `en-GB`), which the readers restore from any case. Any other tag keeps the node form,
 * so every round trip stays lossless.
 *
 * @module
 */
import { LANGUAGE_TAGGED } from "./conventions.js";
import type { Shape } from "./model.js";

/** A language-tagged literal's text and tag. */
export interface TaggedText {
  readonly text: string;
  readonly language: string;
}

/**
 * A language tag in BCP 47's recommended case: the language subtag lower case, a four-letter
 * script subtag title case, a two-letter region subtag upper case, others lower case.
 */
export function bcp47Case(tag: string): string {
  return tag
    .split("-")
    .map((subtag, i) => {
      const lower = subtag.toLowerCase();
      if (i === 0) return lower;
      if (/^[a-z]{4}$/.test(lower)) return lower.charAt(0).toUpperCase() + lower.slice(1);
      if (/^[a-z]{2}$/.test(lower)) return lower.toUpperCase();
      return lower;
    })
    .join("-");
}

/** Whether a shape's values may be written as language-tagged literals. */
export function isLanguageTagged(shape: Shape): boolean {
  return Object.hasOwn(LANGUAGE_TAGGED, shape.name);
}

/**
 * The literal a nested value is written as, when it is one: its shape is language-tagged, it has
 * a text and a tag in BCP 47's recommended case, and no other field.
 */
export function taggedText(shape: Shape, value: Record<string, unknown>): TaggedText | undefined {
  if (!Object.hasOwn(LANGUAGE_TAGGED, shape.name)) return undefined;
  const fields = LANGUAGE_TAGGED[shape.name] as { text: string; language: string };
  const text = value[fields.text];
  const language = value[fields.language];
  if (typeof text !== "string" || typeof language !== "string") return undefined;
  if (bcp47Case(language) !== language) return undefined;
  for (const [key, v] of Object.entries(value))
    if (v !== undefined && key !== fields.text && key !== fields.language) return undefined;
  return { text, language };
}

/** The value a language-tagged literal reads back as (its tag in BCP 47's recommended case). */
export function fromTaggedText(shape: Shape, text: string, language: string): Record<string, unknown> {
  const fields = LANGUAGE_TAGGED[shape.name] as { text: string; language: string };
  return { [fields.text]: text, [fields.language]: bcp47Case(language) };
}
