/**
 * Language-tagged names: an alternate name with only a text and a language tag is written as
 * the literal `"习近平"@zh-Hans` rather than a node with `schema:inLanguage` (see
 * `LANGUAGE_TAGGED` in `conventions.ts`).
 *
 * Language tags are case-insensitive in RDF and JSON-LD processors may lower-case them (jsonld.js
 * does), so both writers write a literal's tag in lower case (`"习近平"@zh-hans`), as jsonld.js
 * does, and the readers restore BCP 47's recommended case (`zh-Hans`, `en-GB`). A tag is written as
 * a literal's tag only when it is in that case; any other keeps the node form with
 * `schema:inLanguage`, so every round trip stays lossless.
 *
 * @module
 */
import { LANGUAGE_TAGGED } from "./conventions.js";
import type { Shape } from "./model.js";

/** The text and language-tag fields of a language-tagged shape. */
export interface TaggedFields {
  readonly text: string;
  readonly language: string;
}

/** A value's text and language tag, to write as a language-tagged literal. */
export interface TaggedText {
  readonly text: string;
  readonly language: string;
  /** Whether the value has no other field, so the literal stands for the whole value. */
  readonly alone: boolean;
  /** The value without its text and language fields (the node's other fields). */
  readonly rest: Record<string, unknown>;
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

/** The text and language fields of a shape whose values may be language-tagged literals. */
export function taggedFields(shape: Shape): TaggedFields | undefined {
  return Object.hasOwn(LANGUAGE_TAGGED, shape.name) ? LANGUAGE_TAGGED[shape.name] : undefined;
}

/** Whether a shape's values may be written as language-tagged literals. */
export function isLanguageTagged(shape: Shape): boolean {
  return taggedFields(shape) !== undefined;
}

/**
 * How a nested value's text is written as a language-tagged literal, when it is: its shape is
 * language-tagged and it has a text and a tag in BCP 47's recommended case. `alone` values are
 * written as the literal; the others as a node whose text is the literal (no `schema:inLanguage`).
 */
export function taggedText(shape: Shape, value: Record<string, unknown>): TaggedText | undefined {
  const fields = taggedFields(shape);
  if (fields === undefined) return undefined;
  const text = value[fields.text];
  const language = value[fields.language];
  if (typeof text !== "string" || typeof language !== "string") return undefined;
  if (bcp47Case(language) !== language) return undefined;
  const rest: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    if (v !== undefined && key !== fields.text && key !== fields.language) rest[key] = v;
  return { text, language, alone: Object.keys(rest).length === 0, rest };
}

/**
 * A value read back: its fields in schema order, with the text and tag of a language-tagged
 * literal (the tag in BCP 47's recommended case).
 */
export function withTaggedText(
  shape: Shape,
  rest: Record<string, unknown>,
  text: string,
  language: string,
): Record<string, unknown> {
  const fields = taggedFields(shape) as TaggedFields;
  const all: Record<string, unknown> = {
    ...rest,
    [fields.text]: text,
    [fields.language]: bcp47Case(language),
  };
  const out: Record<string, unknown> = {};
  for (const name of shape.allFields) if (all[name] !== undefined) out[name] = all[name];
  return out;
}
