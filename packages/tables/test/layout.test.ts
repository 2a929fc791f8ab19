import { MeetingSchema, objectShape } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { deriveColumns } from "../src/column.js";
import { TABLE_NAMES, tableLayout } from "../src/index.js";

describe("table layouts derived from the schemas", () => {
  it("has the tables analysts need", () => {
    for (const name of [
      "actors",
      "offices",
      "meetings",
      "participants",
      "agenda",
      "outcomes",
      "issues",
      "positions",
      "tariffs",
      "tariff_phases",
      "tariff_products",
      "sources",
      "citations",
      "dyad_years",
    ])
      expect(TABLE_NAMES).toContain(name);
  });

  it("gives every plain field of a meeting a column, and nested lists tables of their own", () => {
    const names = tableLayout("meetings")!.columns.map((c) => c.name);
    for (const field of Object.keys(objectShape(MeetingSchema)!)) {
      if (["participants", "agenda", "outcomes", "sources"].includes(field))
        expect(names).not.toContain(field);
      else if (field === "location") expect(names).toContain("location_city");
      else expect(names).toContain(field);
    }
  });

  it("splits every partial date into text, bounds and precision", () => {
    const names = tableLayout("meetings")!.columns.map((c) => `${c.name}:${c.type}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "date:string",
        "date_earliest:date",
        "date_latest:date",
        "date_precision:string",
      ]),
    );
    const tariffs = tableLayout("tariffs")!.columns.map((c) => c.name);
    expect(tariffs).toContain("dates_effective_earliest");
  });

  it("follows a new field added to a schema (so merged schema changes regenerate the tables)", () => {
    const extended = MeetingSchema.extend({
      attendanceMode: z.enum(["in_person", "remote"]).optional().meta({ description: "How." }),
      links: z.array(z.string()).optional().meta({ description: "Links." }),
    });
    const columns = deriveColumns(extended, {
      childTables: new Set(["participants", "agenda", "outcomes"]),
    });
    expect(columns.find((c) => c.name === "attendance_mode")).toMatchObject({
      type: "string",
      enum: ["in_person", "remote"],
      required: false,
    });
    expect(columns.find((c) => c.name === "links")).toMatchObject({ type: "array" });
  });

  it("marks references as foreign keys and required fields as required", () => {
    const participants = tableLayout("participants")!;
    expect(participants.foreignKeys).toContainEqual({
      columns: ["actor"],
      reference: { table: "actors", columns: ["id"] },
    });
    expect(participants.foreignKeys).toContainEqual({
      columns: ["meeting_id"],
      reference: { table: "meetings", columns: ["id"] },
    });
    expect(participants.columns.find((c) => c.name === "capacity")!.required).toBe(false);
    expect(participants.columns.find((c) => c.name === "role")!.required).toBe(true);
  });
});
