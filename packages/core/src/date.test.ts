import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDates,
  type DateInterval,
  type DatePoint,
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
import { StatecraftCoreError } from "./statecraft-error.js";

const RUNS = { seed: 42, numRuns: 500 } as const;

/** Epoch ms via `Date` (an oracle independent of the module's own calendar arithmetic). */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function daysIn(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function point(text: string): DatePoint {
  const value = parsePartialDate(text);
  if (isDateInterval(value)) throw new Error(`${text} parsed as an interval`);
  return value;
}

function interval(text: string): DateInterval {
  const value = parsePartialDate(text);
  if (!isDateInterval(value)) throw new Error(`${text} parsed as a point`);
  return value;
}

describe("parsePartialDate: single dates", () => {
  const base = { uncertain: false, approximate: false, unspecified: false };
  it.each<[string, Partial<DatePoint>, number, number]>([
    ["2024", { ...base, precision: "year", year: 2024 }, utc(2024), utc(2025) - 1],
    [
      "2024-04",
      { ...base, precision: "month", year: 2024, month: 4 },
      utc(2024, 4),
      utc(2024, 5) - 1,
    ],
    ["2024-12", { precision: "month", month: 12 }, utc(2024, 12), utc(2025) - 1],
    [
      "2024-04-24",
      { ...base, precision: "day", year: 2024, month: 4, day: 24 },
      utc(2024, 4, 24),
      utc(2024, 4, 25) - 1,
    ],
    ["2024-02-29", { day: 29 }, utc(2024, 2, 29), utc(2024, 3, 1) - 1],
    ["2000-02-29", { day: 29 }, utc(2000, 2, 29), utc(2000, 3, 1) - 1],
    ["0000-02-29", { year: 0, day: 29 }, utc(0, 2, 29), utc(0, 3, 1) - 1],
    ["0000", { year: 0 }, utc(0), utc(1) - 1],
    ["0099-12-31", { year: 99 }, utc(99, 12, 31), utc(100) - 1],
    ["9999-12-31", { year: 9999 }, utc(9999, 12, 31), utc(10000) - 1],
    ["1969-12-31", { year: 1969 }, -86_400_000, -1],
    ["2024?", { precision: "year", uncertain: true, approximate: false }, utc(2024), utc(2025) - 1],
    ["2024-04~", { uncertain: false, approximate: true }, utc(2024, 4), utc(2024, 5) - 1],
    ["2024-04-24%", { uncertain: true, approximate: true }, utc(2024, 4, 24), utc(2024, 4, 25) - 1],
    ["202X", { precision: "year", year: 2020, unspecified: true }, utc(2020), utc(2030) - 1],
    ["20XX", { precision: "year", year: 2000, unspecified: true }, utc(2000), utc(2100) - 1],
    ["199X?", { year: 1990, unspecified: true, uncertain: true }, utc(1990), utc(2000) - 1],
    ["2024-XX", { precision: "month", year: 2024, unspecified: true }, utc(2024), utc(2025) - 1],
    [
      "2024-04-XX",
      { precision: "day", month: 4, unspecified: true },
      utc(2024, 4),
      utc(2024, 5) - 1,
    ],
    ["2024-XX-XX~", { precision: "day", approximate: true }, utc(2024), utc(2025) - 1],
    [
      "2024-04-24T10:30:00+08:00",
      { ...base, precision: "datetime", year: 2024, month: 4, day: 24 },
      utc(2024, 4, 24, 2, 30),
      utc(2024, 4, 24, 2, 30),
    ],
    [
      "2024-04-24T10:30Z",
      { precision: "datetime" },
      utc(2024, 4, 24, 10, 30),
      utc(2024, 4, 24, 10, 30),
    ],
    [
      "2024-04-24T23:59:59.5-05:30",
      { precision: "datetime" },
      utc(2024, 4, 25, 5, 29, 59, 500),
      utc(2024, 4, 25, 5, 29, 59, 500),
    ],
    [
      "2024-04-24T10:30:00.123456789Z",
      { precision: "datetime" },
      utc(2024, 4, 24, 10, 30, 0, 123),
      utc(2024, 4, 24, 10, 30, 0, 123),
    ],
    [
      "2024-12-31T23:00:00-01:00",
      { year: 2024, month: 12, day: 31 },
      utc(2025, 1, 1),
      utc(2025, 1, 1),
    ],
    [
      "2024-04-24T10:30:00-00:00",
      { precision: "datetime" },
      utc(2024, 4, 24, 10, 30),
      utc(2024, 4, 24, 10, 30),
    ],
  ])("%s", (text, fields, earliest, latest) => {
    const value = point(text);
    expect(value).toMatchObject({ ...fields, text });
    expect(value.earliest).toBe(earliest);
    expect(value.latest).toBe(latest);
    expect(formatPartialDate(value)).toBe(text);
  });

  it("omits month and day that are not written or unspecified", () => {
    expect("month" in point("2024")).toBe(false);
    expect("day" in point("2024-04")).toBe(false);
    expect("month" in point("2024-XX")).toBe(false);
    expect("day" in point("2024-04-XX")).toBe(false);
    expect(point("2024-XX-XX")).not.toHaveProperty("month");
  });

  it("returns the full expected shape", () => {
    expect(parsePartialDate("2024-04~")).toStrictEqual({
      text: "2024-04~",
      precision: "month",
      year: 2024,
      month: 4,
      uncertain: false,
      approximate: true,
      unspecified: false,
      earliest: utc(2024, 4),
      latest: utc(2024, 5) - 1,
    });
  });
});

describe("parsePartialDate: intervals", () => {
  it.each<[string, string | "open" | "unknown", string | "open" | "unknown", number, number]>([
    ["2024-04-24/2024-04-26", "2024-04-24", "2024-04-26", utc(2024, 4, 24), utc(2024, 4, 27) - 1],
    ["2024-04/..", "2024-04", "open", utc(2024, 4), Number.POSITIVE_INFINITY],
    ["../2024", "open", "2024", Number.NEGATIVE_INFINITY, utc(2025) - 1],
    ["/2024", "unknown", "2024", Number.NEGATIVE_INFINITY, utc(2025) - 1],
    ["2024/", "2024", "unknown", utc(2024), Number.POSITIVE_INFINITY],
    ["../2024-04-24?", "open", "2024-04-24?", Number.NEGATIVE_INFINITY, utc(2024, 4, 25) - 1],
    ["2024/2024", "2024", "2024", utc(2024), utc(2025) - 1],
    ["2024-04-24/2024-04", "2024-04-24", "2024-04", utc(2024, 4, 24), utc(2024, 5) - 1],
    ["2004-06~/2004-08?", "2004-06~", "2004-08?", utc(2004, 6), utc(2004, 9) - 1],
    ["202X/2024-XX", "202X", "2024-XX", utc(2020), utc(2025) - 1],
    [
      "2024-04-24T10:00Z/2024-04-24T09:00-02:00",
      "2024-04-24T10:00Z",
      "2024-04-24T09:00-02:00",
      utc(2024, 4, 24, 10),
      utc(2024, 4, 24, 11),
    ],
  ])("%s", (text, start, end, earliest, latest) => {
    const value = interval(text);
    expect(value.text).toBe(text);
    expect(value.start).toEqual(start === "open" || start === "unknown" ? start : point(start));
    expect(value.end).toEqual(end === "open" || end === "unknown" ? end : point(end));
    expect(value.earliest).toBe(earliest);
    expect(value.latest).toBe(latest);
    expect(formatPartialDate(value)).toBe(text);
  });
});

describe("invalid input", () => {
  it.each<[string, string]>([
    ["", "date is empty"],
    [" ", 'whitespace is not allowed in " "'],
    [" 2024", 'whitespace is not allowed in " 2024"'],
    ["2024 ", "whitespace"],
    ["2024-04-24 10:30Z", "whitespace"],
    ["2024-4", 'month must have two digits (01-12) or be XX in "2024-4"'],
    ["2024-04-4", "day must have two digits"],
    ["2024-13", 'month 13 is out of range in "2024-13"'],
    ["2024-00", 'month 0 is out of range in "2024-00"'],
    ["2024-02-30", 'day 30 is out of range in "2024-02-30": February 2024 has 29 days'],
    ["2023-02-29", "February 2023 has 28 days"],
    ["1900-02-29", "February 1900 has 28 days"],
    ["2024-04-31", "April 2024 has 30 days"],
    ["2024-01-00", "day 0 is out of range"],
    ["24-04-01", 'year must have four digits in "24-04-01"'],
    ["20245", "year must have four digits"],
    ["-2024", "only four-digit years"],
    ["Y170000002", "only four-digit years"],
    ["2024-04-24-01", 'too many "-" separated parts'],
    ["2024-04-24T10:30:00", 'a date-time needs a time zone (Z or ±hh:mm) in "2024-04-24T10:30:00"'],
    ["2024-04-24T10:30", "needs a time zone"],
    ["2024-04-24T10:30:00+0800", "time zone offset must be written ±hh:mm"],
    ["2024-04-24T10:30:00+24:00", "time zone offset +24:00 is out of range"],
    ["2024-04-24T24:00:00Z", "hour 24 is out of range"],
    ["2024-04-24T10:60Z", "minute 60 is out of range"],
    ["2024-04-24T10:30:60Z", "second 60 is out of range"],
    ["2024-04-24T10Z", "time must be hh:mm, hh:mm:ss or hh:mm:ss.sss"],
    ["2024-04-24T10:30:00.Z", "time must be"],
    ["2024-04-24T10:30:00.1234567890Z", "fractional seconds may have at most 9 digits"],
    ["2024-04T10:30Z", 'a time needs a full date (YYYY-MM-DD) before "T"'],
    ["2024-04-24T10:30:00Z?", "qualifiers (?, ~, %) are not allowed on a date-time"],
    ["2024-04-24t10:30:00z", "X, T and Z must be upper case"],
    ["2024-xx", "X, T and Z must be upper case"],
    ["2024?~", "only one qualifier"],
    ["2024??", "only one qualifier"],
    ["2024?-04", "only allowed at the end of the whole date"],
    ["?2024", "only allowed at the end of the whole date"],
    ["2XXX", "only the last one or two digits of a year may be unspecified"],
    ["20X4", "only the last one or two digits"],
    ["202X-04", "unspecified year digits (X) cannot be followed by a month or day"],
    ["20XX-XX", "cannot be followed by a month or day"],
    ["2024-XX-12", "a day cannot follow an unspecified month (XX)"],
    ["2024-1X", "month must have two digits"],
    ["2024-04-XXT10:30Z", "unspecified digits (X) are not allowed in a date-time"],
    [
      "2024-05/2024-04",
      'interval end "2024-04" is before its start "2024-05" in "2024-05/2024-04"',
    ],
    ["2024-04-24T10:00Z/2024-04-24T11:00+02:00", "is before its start"],
    ["../..", 'an interval needs a date on at least one side, but "../.." has none'],
    ["/", "needs a date on at least one side"],
    ["../", "needs a date on at least one side"],
    ["/..", "needs a date on at least one side"],
    ["..", '".." (open) is only allowed as one side of an interval'],
    ["2024/2025/2026", 'an interval has exactly one "/" but "2024/2025/2026" has more'],
    ["2024//2025", "has more"],
    [
      "2024-01/2024-13",
      'month 13 is out of range in "2024-13" (end of interval "2024-01/2024-13")',
    ],
    ["2024-02-30/..", '(start of interval "2024-02-30/..")'],
    ["2024 /2025", "whitespace"],
    [
      "tomorrow",
      '"tomorrow" is not a partial date; write YYYY, YYYY-MM or YYYY-MM-DD, or a date-time',
    ],
    ["15 Nov 2023", '"15 Nov 2023" is not a partial date; write YYYY'],
    ["21 April 2024", "use X for unspecified digits (2024-XX); an interval is A/B"],
    ["2024-04-24 ", 'whitespace is not allowed in "2024-04-24 "'],
    ["2024-04-24T", "time must be"],
  ])("%j", (text, message) => {
    const result = safeParsePartialDate(text);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toContain(message);
    expect(isPartialDate(text)).toBe(false);
    expect(() => parsePartialDate(text)).toThrow(StatecraftCoreError);
    expect(() => parsePartialDate(text)).toThrow(message);
  });

  it("does not throw for non-string input from untyped callers", () => {
    for (const value of [undefined, null, 2024, {}, ["2024"]]) {
      const result = safeParsePartialDate(value as unknown as string);
      expect(result).toEqual({
        success: false,
        error: `expected a date string but got ${typeof value}`,
      });
      expect(isPartialDate(value as unknown as string)).toBe(false);
    }
  });

  it("shortens very long input in messages", () => {
    const result = safeParsePartialDate("x".repeat(10_000));
    expect(result.success).toBe(false);
    // The quoted input is cut to 80 characters; the rest is the fixed list of accepted forms.
    if (!result.success) expect(result.error.length).toBeLessThan(400);
    if (!result.success) expect(result.error).toContain('xxx..." is not a partial date');
  });
});

describe("helpers", () => {
  it("isDateInterval", () => {
    expect(isDateInterval(parsePartialDate("2024/2025"))).toBe(true);
    expect(isDateInterval(parsePartialDate("/2025"))).toBe(true);
    expect(isDateInterval(parsePartialDate("2024"))).toBe(false);
  });

  it("dateBounds accepts strings and values, and throws StatecraftCoreError for invalid text", () => {
    expect(dateBounds("2024")).toEqual({ earliest: utc(2024), latest: utc(2025) - 1 });
    expect(dateBounds(parsePartialDate("2024-04/.."))).toEqual({
      earliest: utc(2024, 4),
      latest: Number.POSITIVE_INFINITY,
    });
    expect(() => dateBounds("2024-13")).toThrow(StatecraftCoreError);
  });

  it("datePrecision", () => {
    expect(datePrecision("2024")).toBe("year");
    expect(datePrecision("2024-04~")).toBe("month");
    expect(datePrecision("2024-XX")).toBe("month");
    expect(datePrecision("2024-04-24")).toBe("day");
    expect(datePrecision("2024-04-24T10:30Z")).toBe("datetime");
    expect(datePrecision(parsePartialDate("2024/2025"))).toBe("interval");
  });

  it("compareDates sorts by earliest, then latest, with open ends first and last", () => {
    const sorted = [
      "2024-05",
      "2024/..",
      "2024",
      "2024-04-24/2024-04-26",
      "../2023",
      "2024-01",
      "2023-12-31T23:00-02:00",
      "202X",
    ].sort(compareDates);
    expect(sorted).toEqual([
      "../2023",
      "202X",
      "2024-01",
      "2024",
      "2024/..",
      "2023-12-31T23:00-02:00",
      "2024-04-24/2024-04-26",
      "2024-05",
    ]);
    expect(compareDates("2024?", "2024~")).toBe(0);
    expect(compareDates("../2024", "/2024")).toBe(0);
    expect(compareDates("2024/..", "2024/")).toBe(0);
  });

  it("isDefinitelyBefore / isDefinitelyAfter", () => {
    expect(isDefinitelyBefore("2024-04", "2024-05-01")).toBe(true);
    expect(isDefinitelyBefore("2024", "2024-05-01")).toBe(false);
    expect(isDefinitelyBefore("2024-04-30", "2024-05-01")).toBe(true);
    expect(isDefinitelyBefore("2024-05-01", "2024-05-01")).toBe(false);
    expect(isDefinitelyBefore("../2023", "2024")).toBe(true);
    expect(isDefinitelyBefore("2023/..", "2024")).toBe(false);
    expect(isDefinitelyAfter("2024-05-01", "2024-04")).toBe(true);
    expect(isDefinitelyAfter("2024-05-01", "2024")).toBe(false);
    expect(isDefinitelyAfter("2025", "/2024")).toBe(true);
  });

  it("datesOverlap", () => {
    expect(datesOverlap("2024-04-24/2024-04-26", "2024-04-26")).toBe(true);
    expect(datesOverlap("2024-04", "2024-05")).toBe(false);
    expect(datesOverlap("2024", "2024-06-01T00:00Z")).toBe(true);
    expect(datesOverlap("2024-04/..", "2030")).toBe(true);
    expect(datesOverlap("../2023", "2024/..")).toBe(false);
    // 2024-05-01T01:00+02:00 is 2024-04-30T23:00Z.
    expect(datesOverlap("2024-04", "2024-05-01T01:00+02:00")).toBe(true);
  });

  it("dateContains", () => {
    expect(dateContains("2024", "2024-04-24")).toBe(true);
    expect(dateContains("2024-04/..", "2025")).toBe(true);
    expect(dateContains("2024-04-24", "2024-04")).toBe(false);
    expect(dateContains("2024-04-24/2024-04-26", "2024-04-26T23:59:59.999Z")).toBe(true);
    expect(dateContains("2024-04-24/2024-04-26", "2024-04-27T00:00Z")).toBe(false);
    expect(dateContains("202X", "2029-12-31")).toBe(true);
    expect(dateContains("2024", "2024/..")).toBe(false);
  });

  it("formatPartialDate rebuilds dates from their fields", () => {
    const value = point("2024-04-24");
    expect(formatPartialDate({ ...value, text: "ignored", approximate: true })).toBe("2024-04-24~");
    expect(formatPartialDate({ ...value, precision: "month", uncertain: true })).toBe("2024-04?");
    expect(formatPartialDate({ ...point("0007"), unspecified: false })).toBe("0007");
  });
});

describe("PartialDateSchema", () => {
  it("accepts valid text unchanged", () => {
    for (const text of ["2024", "2024-04-24T10:30:00+08:00", "2024-04/..", "/2024", "2024-XX"]) {
      expect(PartialDateSchema.parse(text)).toBe(text);
    }
  });

  it("reports the parser's message", () => {
    const result = PartialDateSchema.safeParse("2024-13");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: "custom",
        message: 'month 13 is out of range in "2024-13"',
        path: [],
        params: { code: "invalid_date" },
      }),
    ]);
  });

  it("names the accepted forms for text that is not date-shaped", () => {
    const issue = PartialDateSchema.safeParse("15 Nov 2023").error?.issues[0];
    expect(issue).toMatchObject({ code: "custom", params: { code: "invalid_date" } });
    expect(issue?.message).toBe(
      '"15 Nov 2023" is not a partial date; write YYYY, YYYY-MM or YYYY-MM-DD, or a date-time ' +
        "YYYY-MM-DDThh:mm[:ss[.fff]] with Z or ±hh:mm; a date may end in ? (uncertain), " +
        "~ (approximate) or % (both) and use X for unspecified digits (2024-XX); an interval " +
        "is A/B, with .. for an open side",
    );
  });

  it.each<[string, boolean]>([
    ["2024", true],
    ["2024-04-24T10:30:00.250-05:00", true],
    ["20XX", true],
    ["2024-04~/..", true],
    ["/2024", true],
    ["2024-02-30", true], // date-shaped: the pattern is looser than the parser
    ["15 Nov 2023", false],
    ["21 April 2024", false],
    ["2024-13", false],
    ["2024-4", false],
    ["2024/2025/2026", false],
  ])("has a JSON Schema pattern: %j matches %j", (text, matches) => {
    const pattern = new RegExp(PartialDateSchema.meta()?.pattern as string, "u");
    expect(pattern.test(text)).toBe(matches);
  });

  it("rejects non-strings", () => {
    expect(PartialDateSchema.safeParse(2024).success).toBe(false);
  });

  it("has metadata", () => {
    const meta = PartialDateSchema.meta();
    expect(meta).toMatchObject({ id: "PartialDate", title: "Partial date" });
    expect(meta?.description).toContain("EDTF");
    const examples = (meta?.examples ?? []) as string[];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(isPartialDate(example)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

const qualifierArb = fc.constantFrom("", "?", "~", "%");
const yearArb = fc.integer({ min: 0, max: 9999 });
const ymdArb = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([year, month, d]) => ({ year, month, day: 1 + ((d - 1) % daysIn(year, month)) }));
const yearText = (y: number): string => pad(y, 4);
const monthText = ({ year, month }: { year: number; month: number }): string =>
  `${yearText(year)}-${pad(month, 2)}`;
const dayText = (p: { year: number; month: number; day: number }): string =>
  `${monthText(p)}-${pad(p.day, 2)}`;

const zoneArb = fc.oneof(
  fc.constant("Z"),
  fc
    .tuple(
      fc.constantFrom("+", "-"),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
);
const timeArb = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
  )
  .map(([h, m, s, frac]) => {
    let t = `${pad(h, 2)}:${pad(m, 2)}`;
    if (s !== undefined) t += `:${pad(s, 2)}${frac === undefined ? "" : `.${frac}`}`;
    return t;
  });

const yearPointArb = fc.tuple(yearArb, qualifierArb).map(([y, q]) => yearText(y) + q);
const monthPointArb = fc.tuple(ymdArb, qualifierArb).map(([p, q]) => monthText(p) + q);
const dayPointArb = fc.tuple(ymdArb, qualifierArb).map(([p, q]) => dayText(p) + q);
const unspecifiedPointArb = fc
  .tuple(ymdArb, fc.integer({ min: 0, max: 4 }), qualifierArb)
  .map(([p, kind, q]) => {
    const y = yearText(p.year);
    const text = [
      `${y.slice(0, 3)}X`,
      `${y.slice(0, 2)}XX`,
      `${y}-XX`,
      `${monthText(p)}-XX`,
      `${y}-XX-XX`,
    ][kind];
    return text + q;
  });
const dateTimeArb = fc
  .tuple(ymdArb, timeArb, zoneArb)
  .map(([p, time, zone]) => `${dayText(p)}T${time}${zone}`);

const pointTextArb = fc.oneof(
  yearPointArb,
  monthPointArb,
  dayPointArb,
  unspecifiedPointArb,
  dateTimeArb,
);
const sideArb = fc.oneof(
  { weight: 4, arbitrary: pointTextArb },
  { weight: 1, arbitrary: fc.constantFrom("..", "") },
);
const intervalTextArb = fc
  .tuple(sideArb, sideArb)
  .filter(([a, b]) => (a !== ".." && a !== "") || (b !== ".." && b !== ""))
  .map(([a, b]) => {
    if (a === ".." || a === "" || b === ".." || b === "") return `${a}/${b}`;
    // Put the two dates in an order where the end is not before the start.
    return point(b).latest < point(a).earliest ? `${b}/${a}` : `${a}/${b}`;
  });
const textArb = fc.oneof(pointTextArb, intervalTextArb);

const signOf = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** The JSON Schema pattern, as editors run it (`u` flag, as JSON Schema's ECMA-262 regexes). */
const datePattern = (): RegExp => new RegExp(PartialDateSchema.meta()?.pattern as string, "u");

/** Short strings of the characters dates are made of, to find what the parser and pattern disagree on. */
const dateLikeArb = fc
  .array(fc.constantFrom(..."0129X-T:Z+./?~% "), { maxLength: 14 })
  .map((chars) => chars.join(""));

describe("properties", () => {
  it("valid dates and intervals parse, and round-trip through format -> parse -> format", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const value = parsePartialDate(text);
        const formatted = formatPartialDate(value);
        expect(formatted).toBe(text);
        expect(value.text).toBe(formatted);
        const again = parsePartialDate(formatted);
        expect(again).toStrictEqual(value);
        expect(formatPartialDate(again)).toBe(formatted);
        expect(isPartialDate(text)).toBe(true);
        expect(PartialDateSchema.safeParse(text).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("the JSON Schema pattern accepts every partial date (it is a superset of the parser)", () => {
    const pattern = datePattern();
    fc.assert(
      fc.property(textArb, (text) => {
        expect(pattern.test(text)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(dateLikeArb, (text) => {
        if (isPartialDate(text)) expect(pattern.test(text)).toBe(true);
      }),
      RUNS,
    );
  });

  it("earliest <= latest, and an interval's start.earliest <= end.latest", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const value = parsePartialDate(text);
        expect(value.earliest).toBeLessThanOrEqual(value.latest);
        if (isDateInterval(value)) {
          const { start, end } = value;
          if (typeof start !== "string") {
            expect(start.earliest).toBeLessThanOrEqual(start.latest);
            expect(value.earliest).toBe(start.earliest);
          } else {
            expect(value.earliest).toBe(Number.NEGATIVE_INFINITY);
          }
          if (typeof end !== "string") {
            expect(end.earliest).toBeLessThanOrEqual(end.latest);
            expect(value.latest).toBe(end.latest);
          } else {
            expect(value.latest).toBe(Number.POSITIVE_INFINITY);
          }
          if (typeof start !== "string" && typeof end !== "string") {
            expect(start.earliest).toBeLessThanOrEqual(end.latest);
          }
        }
      }),
      RUNS,
    );
  });

  it("swapping the sides of an interval whose sides are strictly ordered is rejected", () => {
    fc.assert(
      fc.property(pointTextArb, pointTextArb, (a, b) => {
        fc.pre(point(a).latest < point(b).earliest);
        const result = safeParsePartialDate(`${b}/${a}`);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error).toContain("is before its start");
      }),
      RUNS,
    );
  });

  it("bounds of days and date-times agree with Date", () => {
    fc.assert(
      fc.property(ymdArb, qualifierArb, (p, q) => {
        const value = point(dayText(p) + q);
        expect(value).toMatchObject({ year: p.year, month: p.month, day: p.day });
        expect(value.earliest).toBe(utc(p.year, p.month, p.day));
        expect(value.latest).toBe(utc(p.year, p.month, p.day + 1) - 1);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(dateTimeArb, (text) => {
        const m =
          /^(\d+)-(\d+)-(\d+)T(\d+):(\d+)(?::(\d+)(?:\.(\d+))?)?(Z|([+-])(\d+):(\d+))$/.exec(text);
        if (m === null) throw new Error(text);
        const n = (i: number): number => Number(m[i] ?? 0);
        const ms = Number((m[7] ?? "").padEnd(3, "0").slice(0, 3));
        const offset = m[8] === "Z" ? 0 : (m[9] === "-" ? -1 : 1) * (n(10) * 60 + n(11));
        const expected = utc(n(1), n(2), n(3), n(4), n(5) - offset, n(6), ms);
        const value = point(text);
        expect(value.precision).toBe("datetime");
        expect(value.earliest).toBe(expected);
        expect(value.latest).toBe(expected);
      }),
      RUNS,
    );
  });

  it("a day contains itself and lies within its month and year", () => {
    fc.assert(
      fc.property(ymdArb, qualifierArb, (p, q) => {
        const day = dayText(p) + q;
        expect(dateContains(day, day)).toBe(true);
        expect(dateContains(monthText(p), day)).toBe(true);
        expect(dateContains(yearText(p.year), day)).toBe(true);
        expect(dateContains(`${monthText(p)}-XX`, day)).toBe(true);
        expect(dateContains(`${yearText(p.year).slice(0, 3)}X`, day)).toBe(true);
        expect(datesOverlap(day, monthText(p))).toBe(true);
        expect(dateContains(day, monthText(p))).toBe(false);
        // Same earliest instant on 1 January, where the shorter day sorts first.
        expect(compareDates(yearText(p.year), day)).toBe(p.month === 1 && p.day === 1 ? 1 : -1);
      }),
      RUNS,
    );
  });

  it("compareDates is antisymmetric, reflexive and transitive", () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, (ta, tb, tc) => {
        const [a, b, c] = [ta, tb, tc].map(parsePartialDate) as [
          PartialDate,
          PartialDate,
          PartialDate,
        ];
        expect(compareDates(a, a)).toBe(0);
        expect(signOf(compareDates(a, b))).toBe(-signOf(compareDates(b, a)));
        expect(compareDates(ta, tb)).toBe(compareDates(a, b));
        if (compareDates(a, b) <= 0 && compareDates(b, c) <= 0) {
          expect(compareDates(a, c)).toBeLessThanOrEqual(0);
        }
        if (compareDates(a, b) < 0 && compareDates(b, c) < 0) {
          expect(compareDates(a, c)).toBeLessThan(0);
        }
      }),
      RUNS,
    );
  });

  it("sorting orders by earliest, then latest", () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 20 }), (texts) => {
        const sorted = texts.map(parsePartialDate).sort(compareDates);
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1] as PartialDate;
          const cur = sorted[i] as PartialDate;
          expect(prev.earliest).toBeLessThanOrEqual(cur.earliest);
          if (prev.earliest === cur.earliest) expect(prev.latest).toBeLessThanOrEqual(cur.latest);
        }
      }),
      RUNS,
    );
  });

  it("the relations agree with the bounds", () => {
    fc.assert(
      fc.property(textArb, textArb, (ta, tb) => {
        const a = parsePartialDate(ta);
        const b = parsePartialDate(tb);
        expect(isDefinitelyBefore(a, b)).toBe(isDefinitelyAfter(b, a));
        expect(datesOverlap(a, b)).toBe(datesOverlap(b, a));
        expect(datesOverlap(a, b)).toBe(!isDefinitelyBefore(a, b) && !isDefinitelyAfter(a, b));
        if (dateContains(a, b)) expect(datesOverlap(a, b)).toBe(true);
        expect(dateContains(a, b) && dateContains(b, a)).toBe(compareDates(a, b) === 0);
        expect(dateBounds(ta)).toEqual({ earliest: a.earliest, latest: a.latest });
        expect(datePrecision(a)).toBe(isDateInterval(a) ? "interval" : (a as DatePoint).precision);
      }),
      RUNS,
    );
  });

  it("arbitrary strings never throw from safeParse, and all entry points agree", () => {
    const unit = fc.constantFrom(..."0123456789-/:.TZX?~%+ x".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string()), (text) => {
        const result = safeParsePartialDate(text);
        expect(isPartialDate(text)).toBe(result.success);
        const schema = PartialDateSchema.safeParse(text);
        expect(schema.success).toBe(result.success);
        if (result.success) {
          expect(formatPartialDate(result.data)).toBe(text);
          expect(result.data.earliest).toBeLessThanOrEqual(result.data.latest);
        } else {
          expect(result.error.length).toBeGreaterThan(0);
          expect(schema.error?.issues[0]?.message).toBe(result.error);
          expect(() => parsePartialDate(text)).toThrow(result.error);
        }
      }),
      RUNS,
    );
  });

  it("days past the end of the month are rejected", () => {
    fc.assert(
      fc.property(ymdArb, fc.integer({ min: 1, max: 68 }), (p, extra) => {
        const day = daysIn(p.year, p.month) + extra;
        fc.pre(day <= 99);
        const text = `${monthText(p)}-${pad(day, 2)}`;
        const result = safeParsePartialDate(text);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error).toContain(`day ${day} is out of range`);
      }),
      RUNS,
    );
  });
});
