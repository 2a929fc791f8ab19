/**
 * Characters a terminal or a log viewer would act on or hide rather than show: control
 * characters (C0, DEL and C1, `\p{Cc}`), the line and paragraph separators, the bidirectional
 * embeddings, overrides and isolates that can reorder what is read ("Trojan Source"), and lone
 * UTF-16 surrogates (`\p{Cs}` in a `u` regex matches only unpaired ones).
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Makes text from data (an id, a key, a file name, a message quoting either) safe to print on one
 * line of a terminal or a log: every character a terminal would act on or hide is replaced by a
 * visible escape, so that data cannot retitle or clear the terminal, move the cursor, reorder the
 * line or start a new one.
 *
 * Escaped are the C0 controls, DEL and the C1 controls (`\x1b`, `\x7f`, `\x9b`; newline, carriage
 * return and tab as `\n`, `\r` and `\t`), the line and paragraph separators U+2028 and U+2029,
 * the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, and lone
 * UTF-16 surrogates (`\u202e`, `\ud800`). Everything else, including other non-ASCII text and
 * backslashes, is kept as it is; text without such characters is returned unchanged.
 *
 * The result is for people to read, not to parse back: a backslash in the data is not doubled.
 * Machine-readable output (JSON, SARIF) should carry the exact text instead.
 *
 * @param text - Any text.
 * @returns The text with those characters escaped.
 * @example
 * ```ts
 * printable("a\u001b]0;pwned\u0007b"); // "a\\x1b]0;pwned\\x07b"
 * printable("line 1\nline 2"); // "line 1\\nline 2"
 * printable("Zoë"); // "Zoë"
 * ```
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}
