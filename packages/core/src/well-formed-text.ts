/** With the `u` flag, `\p{Cs}` matches only surrogates that are not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether a string is well-formed UTF-16: no lone surrogate (half of a surrogate pair without the
 * other half, as a JSON or YAML escape such as `"\uD800"` makes). No UTF-8 text, IRI or RDF
 * literal can hold a lone surrogate, so validation reports one and the linked-data writers refuse
 * it. `String.prototype.isWellFormed` where the runtime has it, else the same test by regex.
 *
 * @param text - Any string.
 * @returns `false` when the string holds a lone surrogate.
 * @example
 * ```ts
 * isWellFormedText("Taiwan 🇹🇼"); // true
 * isWellFormedText("Taiwan \uD800"); // false
 * ```
 */
export const isWellFormedText: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === "function"
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !LONE_SURROGATE.test(text);
