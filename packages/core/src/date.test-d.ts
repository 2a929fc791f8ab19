import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  compareDates,
  type DateInterval,
  type DateParseResult,
  type DatePoint,
  type DatePrecision,
  dateBounds,
  dateContains,
  datePrecision,
  datesOverlap,
  formatPartialDate,
  isDateInterval,
  isDefinitelyAfter,
  isDefinitelyBefore,
  isPartialDate,
  type PartialDate,
  PartialDateSchema,
  parsePartialDate,
  safeParsePartialDate,
} from "./date.js";

describe("date types", () => {
  it("DatePrecision is the four written precisions", () => {
    expectTypeOf<DatePrecision>().toEqualTypeOf<"year" | "month" | "day" | "datetime">();
  });

  it("DatePoint has readonly fields with optional month and day", () => {
    expectTypeOf<DatePoint>().toEqualTypeOf<{
      readonly text: string;
      readonly precision: DatePrecision;
      readonly year: number;
      readonly month?: number;
      readonly day?: number;
      readonly uncertain: boolean;
      readonly approximate: boolean;
      readonly unspecified: boolean;
      readonly earliest: number;
      readonly latest: number;
    }>();
    const p = {} as DatePoint;
    expectTypeOf(p.month).toEqualTypeOf<number | undefined>();
    // @ts-expect-error fields are readonly
    p.year = 2025;
    // @ts-expect-error exactOptionalPropertyTypes: an absent month is omitted, not undefined
    const q: DatePoint = { ...p, month: undefined };
    void q;
  });

  it("DateInterval sides are points, open or unknown", () => {
    expectTypeOf<DateInterval["start"]>().toEqualTypeOf<DatePoint | "open" | "unknown">();
    expectTypeOf<DateInterval["end"]>().toEqualTypeOf<DatePoint | "open" | "unknown">();
    expectTypeOf<PartialDate>().toEqualTypeOf<DatePoint | DateInterval>();
  });

  it("DateParseResult is discriminated on success", () => {
    const r = safeParsePartialDate("2024");
    expectTypeOf(r).toEqualTypeOf<DateParseResult>();
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<PartialDate>();
    } else {
      expectTypeOf(r.error).toEqualTypeOf<string>();
    }
  });
});

describe("date function signatures", () => {
  it("parsing and formatting", () => {
    expectTypeOf(parsePartialDate).toEqualTypeOf<(text: string) => PartialDate>();
    expectTypeOf(safeParsePartialDate).toEqualTypeOf<(text: string) => DateParseResult>();
    expectTypeOf(isPartialDate).toEqualTypeOf<(text: string) => boolean>();
    expectTypeOf(formatPartialDate).toEqualTypeOf<(value: PartialDate) => string>();
    // @ts-expect-error formatPartialDate takes a parsed value, not text
    formatPartialDate("2024");
    // @ts-expect-error parsePartialDate takes text
    parsePartialDate(2024);
  });

  it("isDateInterval narrows", () => {
    const v = parsePartialDate("2024/2025");
    if (isDateInterval(v)) {
      expectTypeOf(v).toEqualTypeOf<DateInterval>();
    } else {
      expectTypeOf(v).toEqualTypeOf<DatePoint>();
    }
  });

  it("comparison helpers accept text or parsed values", () => {
    const v = parsePartialDate("2024");
    expectTypeOf(dateBounds("2024")).toEqualTypeOf<{ earliest: number; latest: number }>();
    expectTypeOf(dateBounds(v)).toEqualTypeOf<{ earliest: number; latest: number }>();
    expectTypeOf(compareDates("2024", v)).toEqualTypeOf<number>();
    expectTypeOf(isDefinitelyBefore(v, "2025")).toEqualTypeOf<boolean>();
    expectTypeOf(isDefinitelyAfter("2025", v)).toEqualTypeOf<boolean>();
    expectTypeOf(datesOverlap(v, v)).toEqualTypeOf<boolean>();
    expectTypeOf(dateContains("2024", "2024-04")).toEqualTypeOf<boolean>();
    expectTypeOf(datePrecision("2024")).toEqualTypeOf<DatePrecision | "interval">();
    // compareDates fits Array.prototype.sort for both text and parsed values
    expectTypeOf(["2024"].sort(compareDates)).toEqualTypeOf<string[]>();
    expectTypeOf([v].sort(compareDates)).toEqualTypeOf<PartialDate[]>();
    // @ts-expect-error numbers are not dates
    compareDates(2024, "2024");
    // @ts-expect-error a Date object is not a partial date
    dateContains(new Date(), "2024");
  });

  it("PartialDateSchema validates a string and outputs a string", () => {
    expectTypeOf<z.input<typeof PartialDateSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof PartialDateSchema>>().toEqualTypeOf<string>();
    expectTypeOf(PartialDateSchema.parse("2024")).toEqualTypeOf<string>();
  });
});
