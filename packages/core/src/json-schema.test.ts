import { describe, expect, it } from "vitest";
import { renderJsonSchemaFiles } from "../scripts/generate-json-schema.js";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "./json-schema.js";

describe("JSON Schema", () => {
  it.each(JSON_SCHEMA_NAMES)(
    "the committed schema/%s.json matches the zod schemas",
    async (name) => {
      const files = renderJsonSchemaFiles();
      await expect(files[`schema/${name}.json`]).toMatchFileSnapshot(`../schema/${name}.json`);
    },
  );

  it("uses draft 2020-12 with a stable $id", () => {
    const schema = toJsonSchema("meeting");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://cdn.jsdelivr.net/npm/@statecraft/core/schema/meeting.json");
  });

  it("carries field descriptions from .meta()", () => {
    const defs = toJsonSchema("meeting").$defs as Record<
      string,
      { properties?: Record<string, { description?: string }> }
    >;
    expect(defs.Participant?.properties?.attendance?.description).toBe(
      "How sure the participant's attendance is.",
    );
  });

  it("rejects unknown fields, as the zod schemas do", () => {
    const defs = toJsonSchema("source").$defs as Record<string, { additionalProperties?: unknown }>;
    expect(defs.Source?.additionalProperties).toBe(false);
  });

  it("lets the file schema accept every layout", () => {
    const file = toJsonSchema("file");
    const root = (file.$defs as Record<string, { anyOf?: unknown[] }>).DatasetFile;
    expect(root?.anyOf).toHaveLength(3);
  });
});

describe("data dictionary", () => {
  it("docs/data-dictionary.md matches the zod schemas", async () => {
    const { renderDataDictionary } = await import("../scripts/generate-data-dictionary.js");
    await expect(renderDataDictionary()).toMatchFileSnapshot("../../../docs/data-dictionary.md");
  });
});
