import { describe, expect, it } from "vitest";
import { renderTypes, renderTypesTest } from "../scripts/generate-types.js";

describe("generated record types (src/generated/types.ts)", () => {
  const types = renderTypes();

  it("match the committed files (regenerate: pnpm --filter @statecraft/core generate)", async () => {
    await expect(types).toMatchFileSnapshot("../src/generated/types.ts");
    await expect(renderTypesTest()).toMatchFileSnapshot("../src/generated/types.test-d.ts");
  });

  it("declare a named type per record schema, fields documented from .meta()", () => {
    for (const name of ["Meeting", "Participant", "Office", "Tariff", "Source", "Issue"]) {
      expect(types).toContain(`export type ${name} = {\n`);
    }
    expect(types).toContain(
      "export type Duty = AdValoremDuty | SpecificDuty | CompoundDuty | AlternativeDuty;",
    );
    const participant = types.slice(types.indexOf("export type Participant = {"));
    const attendance = participant.slice(0, participant.indexOf("attendance:"));
    expect(attendance).toMatch(/\/\*\* How sure the participant's attendance is\. \*\/\n {2}$/);
    expect(participant).toMatch(/ {2}role: ParticipantRole;\n/);
  });

  it("say the format of date fields, with examples", () => {
    const meeting = types.slice(types.indexOf("export type Meeting = {"));
    const date = meeting.slice(0, meeting.indexOf("  date?: string | undefined;"));
    const docs = date.slice(date.lastIndexOf("/**"));
    expect(docs).toContain("When the meeting takes place");
    expect(docs).toContain("Partial date format: A date or date range in ISO 8601 / EDTF");
    expect(docs).toContain("`2024-04-24/2024-04-26`");
  });
});

describe("the type generator on constructs the schemas may use later", () => {
  it("writes nullable, tuple, record, literal and number types as z.infer has them", async () => {
    const { typeOfSchema } = await import("../scripts/generate-types.js");
    const z = await import("zod");
    expect(typeOfSchema(z.string().nullable())).toBe("string | null");
    expect(typeOfSchema(z.tuple([z.string(), z.number().int()]))).toBe("[string, number]");
    expect(typeOfSchema(z.record(z.string(), z.boolean()))).toBe("{\n  [key: string]: boolean;\n}");
    expect(typeOfSchema(z.array(z.union([z.literal("a"), z.literal(2)])))).toBe('("a" | 2)[]');
    expect(
      typeOfSchema(z.strictObject({ a: z.string().optional().meta({ description: "A." }) })),
    ).toBe("{\n  /** A. */\n  a?: string | undefined;\n}");
    expect(typeOfSchema(z.looseObject({ a: z.number() }))).toBe(
      "{\n  a: number;\n  [key: string]: unknown;\n}",
    );
  });

  it("fails on a JSON Schema keyword it cannot type rather than write a wrong type", async () => {
    const { typeOfSchema } = await import("../scripts/generate-types.js");
    const z = await import("zod");
    expect(typeOfSchema(z.string().and(z.number()))).toBe("string & number");
    expect(() => typeOfSchema(z.never())).toThrow(/unsupported keyword not/);
  });
});
