import { describe, expect, it } from "vitest";
import { isWellFormedText } from "./well-formed-text.js";

describe("isWellFormedText", () => {
  it.each([
    ["plain text", "Taiwan", true],
    ["a surrogate pair", "Taiwan \uD83C\uDDF9", true],
    ["a lone high surrogate", "Taiwan \uD800", false],
    ["a lone low surrogate", "\uDC00 Taiwan", false],
    ["a low before a high", "\uDC00\uD800", false],
  ])("%s", (_, text, want) => {
    expect(isWellFormedText(text)).toBe(want);
  });
});
