/**
 * The generated files in vocab/ and the mapping table of docs/linked-data.md match what the
 * generator renders from the schemas now (else run `pnpm --filter @statecraft/jsonld generate`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { GUIDE_PATH, PACKAGE_ROOT, renderVocabFiles, withMappingTable } from "../scripts/generate-vocab.js";
import { statecraftContext } from "../src/context.js";

describe("generated files are up to date", async () => {
  const files = await renderVocabFiles();

  it.each(Object.keys(files))("%s", (path) => {
    expect(readFileSync(join(PACKAGE_ROOT, path), "utf8")).toBe(files[path]);
  });

  it("the shipped context is the one the exporter uses", () => {
    expect(JSON.parse(readFileSync(join(PACKAGE_ROOT, "vocab/context.jsonld"), "utf8"))).toEqual(statecraftContext());
  });

  it("the vocabulary and shapes are valid Turtle", () => {
    for (const path of ["vocab/vocab.ttl", "vocab/shapes.ttl"]) {
      expect(new Parser({ format: "text/turtle" }).parse(files[path] ?? "").length, path).toBeGreaterThan(500);
    }
  });

  it("docs/linked-data.md holds the current mapping table", () => {
    const guide = readFileSync(join(PACKAGE_ROOT, GUIDE_PATH), "utf8");
    expect(guide).toContain("<!-- mapping:start");
    expect(withMappingTable(guide)).toBe(guide);
  });
});
