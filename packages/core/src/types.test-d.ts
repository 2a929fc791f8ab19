import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  Actor,
  Dataset,
  Duty,
  Meeting,
  MeetingStatus,
  Person,
  RecordTypeMap,
  State,
  StatecraftRecord,
  Tariff,
} from "./index.js";
import { type DatasetIndex, type MeetingSchema, RecordSchema } from "./index.js";

describe("inferred types", () => {
  it("discriminates actors on kind", () => {
    expectTypeOf<Actor["kind"]>().toEqualTypeOf<"person" | "state" | "organization">();
    expectTypeOf<Extract<Actor, { kind: "state" }>>().toEqualTypeOf<State>();
    expectTypeOf<Person["name"]>().toEqualTypeOf<string | undefined>();
  });

  it("discriminates records on type", () => {
    expectTypeOf<StatecraftRecord["type"]>().toEqualTypeOf<
      "actor" | "meeting" | "issue" | "tariff" | "source"
    >();
    expectTypeOf<Extract<StatecraftRecord, { type: "meeting" }>>().toEqualTypeOf<Meeting>();
    expectTypeOf(RecordSchema.parse({})).toEqualTypeOf<StatecraftRecord>();
  });

  it("types meeting fields precisely", () => {
    expectTypeOf<Meeting["status"]>().toEqualTypeOf<MeetingStatus>();
    expectTypeOf<Meeting["participants"][number]["attendance"]>().toEqualTypeOf<
      | "attended"
      | "confirmed"
      | "expected"
      | "possible"
      | "declined"
      | "absent"
      | "postponed"
      | "cancelled"
    >();
    expectTypeOf<Meeting["date"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<z.input<typeof MeetingSchema>>().toEqualTypeOf<z.output<typeof MeetingSchema>>();
  });

  it("narrows duties on kind", () => {
    expectTypeOf<Extract<Duty, { kind: "ad_valorem" }>>().toEqualTypeOf<{
      kind: "ad_valorem";
      rate: number;
    }>();
    expectTypeOf<Tariff["duty"]>().toEqualTypeOf<Duty | undefined>();
  });

  it("returns typed records from the index", () => {
    expectTypeOf<DatasetIndex["getOf"]>().returns.toEqualTypeOf<
      RecordTypeMap[keyof RecordTypeMap] | undefined
    >();
    expectTypeOf<ReturnType<DatasetIndex["ofType"]>>().toEqualTypeOf<
      readonly RecordTypeMap[keyof RecordTypeMap][]
    >();
    expectTypeOf<NonNullable<Dataset["meetings"]>[number]>().toEqualTypeOf<Meeting>();
  });
});
