import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printable } from "./printable.js";

/** What must never reach a terminal raw: C0, DEL, C1, separators, bidi controls, lone surrogates. */
const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any UTF-16 code unit (so lone surrogates too), with the troublesome ones more often. */
const CODE_UNIT = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  fc.constantFrom("\u001b", "\u009b", "\u202e", "\u2028", "\ud800", "\udc00", "\n", "😀"),
);

describe("printable", () => {
  it.each([
    ["a window title", "a\u001b]0;pwned\u0007b", "a\\x1b]0;pwned\\x07b"],
    ["a clear screen", "\u001b[2J", "\\x1b[2J"],
    ["a single-byte CSI (C1)", "x\u009b31m", "x\\x9b31m"],
    ["NEL and DEL", "\u0085\u007f", "\\x85\\x7f"],
    ["NUL", "\u0000", "\\x00"],
    ["newline, carriage return and tab", "a\r\nb\tc", "a\\r\\nb\\tc"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a\\u2028b\\u2029c"],
    ["a right-to-left override", "abc\u202edef", "abc\\u202edef"],
    [
      "bidi embeddings and isolates",
      "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069",
      "\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069",
    ],
    ["a lone high surrogate", "a\ud800b", "a\\ud800b"],
    ["a lone low surrogate", "a\udc00", "a\\udc00"],
  ])("escapes %s", (_, text, want) => {
    expect(printable(text)).toBe(want);
  });

  it.each([
    ["plain ASCII", "visit/participants/0/actor"],
    ["accents and CJK", "Zoë 王毅"],
    ["an astral character (a surrogate pair)", "flag \ud83c\uddfa\ud83c\uddf8 😀"],
    ["backslashes", "C:\\data\\x1b"],
    ["the empty string", ""],
  ])("keeps %s unchanged", (_, text) => {
    expect(printable(text)).toBe(text);
  });

  it("leaves no raw control character in any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: CODE_UNIT }), (text) => {
        expect(RAW.test(printable(text))).toBe(false);
      }),
    );
  });
});
