import type { StatecraftRecord } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { StatecraftJsonLdError } from "./error.js";
import { toJsonLd } from "./json-ld.js";
import { toNQuadsString } from "./n-quads.js";

const issue = (fields: Record<string, unknown>): StatecraftRecord =>
  ({ type: "issue", id: "taiwan", name: "Taiwan", category: "territorial", ...fields }) as never;

/** What each writer does with the records: the error code it throws, or "ok". */
async function outcomes(records: StatecraftRecord[]): Promise<{ jsonld: string; nquads: string }> {
  const codeOf = (error: unknown): string =>
    error instanceof StatecraftJsonLdError ? error.code : `not a StatecraftJsonLdError: ${error}`;
  let jsonld = "ok";
  let nquads = "ok";
  try {
    toJsonLd(records, { canonical: true });
  } catch (error) {
    jsonld = codeOf(error);
  }
  try {
    await toNQuadsString(records, { canonical: false });
  } catch (error) {
    nquads = codeOf(error);
  }
  return { jsonld, nquads };
}

describe("the JSON-LD and N-Quads writers", () => {
  it.each<[string, StatecraftRecord[], string]>([
    ["a lone surrogate in an id", [issue({ id: "tai\uD800wan" })], "invalid_id"],
    ["a lone high surrogate in a name", [issue({ name: "Taiwan \uD800" })], "invalid_document"],
    [
      "a lone low surrogate in a description",
      [issue({ description: "\uDC00" })],
      "invalid_document",
    ],
    ["a lone surrogate in a key", [issue({ "\uDC00": "x" })], "invalid_document"],
    ["a valid record (a surrogate pair is fine)", [issue({ name: "Taiwan \uD83C\uDDF9" })], "ok"],
  ])("reject the same records with the same code: %s", async (_, records, code) => {
    expect(await outcomes(records)).toEqual({ jsonld: code, nquads: code });
  });
});
