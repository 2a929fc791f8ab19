import { SourceSchema } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { IMPORTERS, isImporterName } from "../src/index.js";

describe("IMPORTERS", () => {
  it("holds every importer of the issue, each under its own name and citing a Source of that id", () => {
    expect(Object.keys(IMPORTERS)).toEqual([
      "hsg-travels",
      "hsg-visits",
      "popolo",
      "plover",
      "icews",
      "gdelt",
      "section301",
      "usitc",
    ]);
    for (const [name, importer] of Object.entries(IMPORTERS)) {
      expect(importer.name).toBe(name);
      expect(importer.source.id).toBe(name);
      expect(SourceSchema.safeParse(importer.source).success).toBe(true);
      expect(importer.license.length).toBeGreaterThan(0);
      expect(importer.extensions.every((e) => /^\.[a-z]+$/.test(e))).toBe(true);
    }
    expect(isImporterName("usitc")).toBe(true);
    expect(isImporterName("polecat")).toBe(false);
  });
});
