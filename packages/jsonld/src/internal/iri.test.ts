import { describe, expect, it } from "vitest";
import { StatecraftJsonLdError } from "../error.js";
import { checkBase, decodeId, encodeId, isSafeIri, jsonLdRef, recordIri } from "./iri.js";

describe("encodeId", () => {
  it.each([
    ["antony-blinken", "antony-blinken"],
    ["a b", "a%20b"],
    ["北京", "%E5%8C%97%E4%BA%AC"],
    ["a/b", "a%2Fb"],
    ["x:y", "x%3Ay"],
    ["#frag", "%23frag"],
    ["?q", "%3Fq"],
    ["50%", "50%25"],
    [".", "%2E"],
    ["..", "%2E%2E"],
    ["a.b", "a.b"],
  ])("%j → %s, and back", (id, segment) => {
    expect(encodeId(id)).toBe(segment);
    expect(decodeId(segment)).toBe(id);
    expect(isSafeIri(`https://example.org/${segment}`)).toBe(true);
  });

  it("refuses a lone surrogate, which no IRI can carry", () => {
    expect(() => encodeId("a\uD800")).toThrow(StatecraftJsonLdError);
  });
});

describe("checkBase", () => {
  it.each([
    ["https://data.example.org/statecraft/", true],
    ["file:///srv/data/", true],
    ["urn:statecraft:", false],
    ["https://example.org/data#", false],
    ["https://example.org/?id=", false],
    ["https://example.org/a/../b/", false],
  ])("%s is usable (relative @ids: %s)", (base, relative) => {
    expect(checkBase(base)).toEqual({ iri: base, relative });
  });

  it.each([
    ["data/", "is not absolute"],
    ["https://example.org/a b/", "contains a space"],
    ["schema:x/", "defines as a prefix"],
    ["sc:", "defines as a prefix"],
  ])("refuses %s", (base, message) => {
    expect(() => checkBase(base)).toThrow(message);
  });

  it("writes references relative under a / base and absolute otherwise", () => {
    expect(jsonLdRef(checkBase("https://example.org/d/"), "a b")).toBe("a%20b");
    expect(jsonLdRef(checkBase("urn:x:"), "a b")).toBe("urn:x:a%20b");
    expect(recordIri(checkBase("https://example.org/d/"), "a b")).toBe("https://example.org/d/a%20b");
  });
});
