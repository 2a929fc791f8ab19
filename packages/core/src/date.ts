/**
 * Partial dates: ISO 8601 / EDTF (Extended Date/Time Format) level 0 and level 1 dates and
 * intervals, with their bounds as UTC epoch milliseconds.
 *
 * Accepted forms:
 *
 * - year `2024`, month `2024-04`, day `2024-04-24`;
 * - date-time with a time zone `2024-04-24T10:30Z`, `2024-04-24T10:30:00+08:00`,
 *   `2024-04-24T10:30:00.250-05:00` (1-9 fractional digits);
 * - a qualifier at the end of a date (not a date-time): uncertain `2024?`, approximate `2024-04~`,
 *   both `2024-04-24%`;
 * - unspecified trailing digits: `202X`, `20XX`, `2024-XX`, `2024-04-XX`, `2024-XX-XX`;
 * - intervals `start/end` of two such dates, where `..` marks an open side (`2024-04/..`) and an
 *   empty side an unknown one (`/2024`, `2024/`).
 *
 * Years are four digits, 0000-9999, in the proleptic Gregorian calendar.
 *
 * @module
 */
import * as z from "zod";
import { StatecraftCoreError } from "./statecraft-error.js";

/**
 * How precisely a single date is written: to the year, month, day, or as a date-time instant.
 */
export type DatePrecision = "year" | "month" | "day" | "datetime";

/**
 * One EDTF date such as `2024-04-24`, `2024-04~`, `2024?`, `2024-XX` or
 * `2024-04-24T10:30:00+08:00`, with its bounds.
 */
export interface DatePoint {
  /** Canonical text, as produced by {@link formatPartialDate}. */
  readonly text: string;
  /** The precision the date is written to; `2024-XX` has precision `"month"`. */
  readonly precision: DatePrecision;
  /** The year; for an unspecified year (`202X`, `20XX`) the first year it may denote. */
  readonly year: number;
  /** The month (1-12); absent for year precision and for an unspecified month (`XX`). */
  readonly month?: number;
  /** The day of the month (1-31); absent unless a day is written and specified. */
  readonly day?: number;
  /** Whether the date is qualified as uncertain (`?`, or `%`). */
  readonly uncertain: boolean;
  /** Whether the date is qualified as approximate (`~`, or `%`). */
  readonly approximate: boolean;
  /** Whether the date has unspecified `X` digits (`2024-XX`, `202X`). */
  readonly unspecified: boolean;
  /** Epoch milliseconds (UTC) of the first instant the date may denote. */
  readonly earliest: number;
  /** Epoch milliseconds (UTC) of the last instant the date may denote, inclusive. */
  readonly latest: number;
}

/**
 * An EDTF interval such as `2024-04-24/2024-04-26`, `2024-04/..` (open end) or `/2024`
 * (unknown start), with its bounds.
 */
export interface DateInterval {
  /** Canonical text, as produced by {@link formatPartialDate}. */
  readonly text: string;
  /** The start date, `"open"` for `..`, or `"unknown"` for an empty start. */
  readonly start: DatePoint | "open" | "unknown";
  /** The end date, `"open"` for `..`, or `"unknown"` for an empty end. */
  readonly end: DatePoint | "open" | "unknown";
  /** The start's earliest instant (epoch ms), or `-Infinity` when the start is open or unknown. */
  readonly earliest: number;
  /** The end's latest instant (epoch ms), or `+Infinity` when the end is open or unknown. */
  readonly latest: number;
}

/**
 * A parsed partial date: a single date or an interval.
 */
export type PartialDate = DatePoint | DateInterval;

/**
 * The result of {@link safeParsePartialDate}: the parsed date, or an error message saying what is
 * wrong with the text.
 */
export type DateParseResult =
  | { readonly success: true; readonly data: PartialDate }
  | { readonly success: false; readonly error: string };

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * One regex for a single date; groups: 1 year, 2 month, 3 day, 4 hour, 5 minute, 6 second,
 * 7 fraction, 8 zone, 9 qualifier. Range and combination rules are checked in code.
 */
const POINT_RE =
  /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?)?)?([?~%])?$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), without `Date`. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch ms of the first instant of a year. */
function yearStart(year: number): number {
  return daysFromCivil(year, 1, 1) * MS_PER_DAY;
}

/** Epoch ms of the first instant of a month. */
function monthStart(year: number, month: number): number {
  return daysFromCivil(year, month, 1) * MS_PER_DAY;
}

/** Epoch ms of the first instant of the month after the given one. */
function nextMonthStart(year: number, month: number): number {
  return month === 12 ? yearStart(year + 1) : monthStart(year, month + 1);
}

/** Value of two ASCII digits at `i` (the caller has checked they are digits). */
function digits2(s: string, i = 0): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : String(n);
}

/** Quotes text for an error message, shortening very long input. */
function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/** Parses one date (not an interval); returns the point, or an error message. */
function parsePoint(text: string): DatePoint | string {
  const m = POINT_RE.exec(text);
  if (m === null) return diagnosePoint(text);
  const [, y = "", mo, d, hh, mi, ss, frac, zone, qual] = m;
  const yearXs = y.charCodeAt(2) === 88 /* X */ ? 2 : y.charCodeAt(3) === 88 ? 1 : 0;
  const monthX = mo === "XX";
  const dayX = d === "XX";

  if (yearXs > 0 && mo !== undefined) {
    return `unspecified year digits (X) cannot be followed by a month or day in ${quote(text)}`;
  }
  let month = 0;
  if (mo !== undefined && !monthX) {
    month = digits2(mo);
    if (month < 1 || month > 12) return `month ${month} is out of range in ${quote(text)}`;
  }
  if (monthX && d !== undefined && !dayX) {
    return `a day cannot follow an unspecified month (XX) in ${quote(text)}; use YYYY-XX-XX`;
  }

  if (yearXs > 0) {
    const first = (y.charCodeAt(0) - 48) * 1000 + (y.charCodeAt(1) - 48) * 100;
    const year = yearXs === 2 ? first : first + (y.charCodeAt(2) - 48) * 10;
    const span = yearXs === 2 ? 100 : 10;
    return point(text, "year", year, undefined, undefined, qual, true, yearStart(year), span);
  }

  const year = digits2(y) * 100 + digits2(y, 2);
  if (mo === undefined) {
    return point(text, "year", year, undefined, undefined, qual, false, yearStart(year), 1);
  }
  if (d === undefined) {
    return monthX
      ? point(text, "month", year, undefined, undefined, qual, true, yearStart(year), 1)
      : point(text, "month", year, month, undefined, qual, false, monthStart(year, month), 0);
  }
  if (dayX) {
    if (hh !== undefined) {
      return `unspecified digits (X) are not allowed in a date-time in ${quote(text)}`;
    }
    return monthX
      ? point(text, "day", year, undefined, undefined, qual, true, yearStart(year), 1)
      : point(text, "day", year, month, undefined, qual, true, monthStart(year, month), 0);
  }
  const day = digits2(d);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    return `day ${day} is out of range in ${quote(text)}: ${MONTH_NAMES[month - 1]} ${pad4(year)} has ${monthLength} days`;
  }
  const dayStart = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (hh === undefined || mi === undefined || zone === undefined) {
    return point(text, "day", year, month, day, qual, false, dayStart, -1);
  }

  // Date-time: an instant, converted to UTC with the stated offset.
  if (qual !== undefined) {
    return `qualifiers (?, ~, %) are not allowed on a date-time in ${quote(text)}`;
  }
  const hour = digits2(hh);
  if (hour > 23) return `hour ${hour} is out of range in ${quote(text)}`;
  const minute = digits2(mi);
  if (minute > 59) return `minute ${minute} is out of range in ${quote(text)}`;
  const second = ss === undefined ? 0 : digits2(ss);
  if (second > 59) return `second ${second} is out of range in ${quote(text)}`;
  let ms = 0;
  if (frac !== undefined) {
    // Milliseconds from the first three fractional digits; finer digits are truncated.
    ms = (frac.charCodeAt(0) - 48) * 100;
    if (frac.length > 1) ms += (frac.charCodeAt(1) - 48) * 10;
    if (frac.length > 2) ms += frac.charCodeAt(2) - 48;
  }
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const offsetHour = digits2(zone, 1);
    const offsetMinute = digits2(zone, 4);
    if (offsetHour > 23 || offsetMinute > 59) {
      return `time zone offset ${zone} is out of range in ${quote(text)}`;
    }
    offsetMinutes = (offsetHour * 60 + offsetMinute) * (zone.charCodeAt(0) === 45 ? -1 : 1);
  }
  const instant =
    dayStart + hour * MS_PER_HOUR + (minute - offsetMinutes) * MS_PER_MINUTE + second * 1000 + ms;
  return {
    text,
    precision: "datetime",
    year,
    month,
    day,
    uncertain: false,
    approximate: false,
    unspecified: false,
    earliest: instant,
    latest: instant,
  };
}

/**
 * Builds a non-date-time point. `span` says where `latest` ends: a number of years (>= 1) from
 * `earliest`, 0 for the end of the month, -1 for the end of the day.
 */
function point(
  text: string,
  precision: DatePrecision,
  year: number,
  month: number | undefined,
  day: number | undefined,
  qual: string | undefined,
  unspecified: boolean,
  earliest: number,
  span: number,
): DatePoint {
  const uncertain = qual === "?" || qual === "%";
  const approximate = qual === "~" || qual === "%";
  const latest =
    (span > 0
      ? yearStart(year + span)
      : span === 0
        ? nextMonthStart(year, month ?? 12)
        : earliest + MS_PER_DAY) - 1;
  if (day !== undefined && month !== undefined) {
    return {
      text,
      precision,
      year,
      month,
      day,
      uncertain,
      approximate,
      unspecified,
      earliest,
      latest,
    };
  }
  if (month !== undefined) {
    return { text, precision, year, month, uncertain, approximate, unspecified, earliest, latest };
  }
  return { text, precision, year, uncertain, approximate, unspecified, earliest, latest };
}

/** Explains why `text` does not match the date grammar (only called on failure, so not hot). */
function diagnosePoint(text: string): string {
  const q = quote(text);
  if (text === "") return "date is empty";
  if (text === "..") {
    return `".." (open) is only allowed as one side of an interval, e.g. "2024/.."`;
  }
  if (/\s/.test(text)) {
    // Whitespace around or inside an otherwise valid date; anything else is not date-shaped.
    const trimmed = text.trim();
    const stray =
      trimmed === "" ||
      POINT_RE.test(text.replace(/\s+/g, "")) ||
      POINT_RE.test(trimmed.replace(/\s+/, "T"));
    return stray ? `whitespace is not allowed in ${q}` : genericError(q);
  }
  if (POINT_RE.test(text.toUpperCase())) return `X, T and Z must be upper case in ${q}`;
  const qualifiers = /[?~%]+$/.exec(text);
  const body = qualifiers === null ? text : text.slice(0, qualifiers.index);
  if (qualifiers !== null && qualifiers[0].length > 1) {
    return `only one qualifier (?, ~ or %) is allowed, at the end of ${q}`;
  }
  if (/[?~%]/.test(body)) {
    return `a qualifier (?, ~ or %) is only allowed at the end of the whole date in ${q}`;
  }
  if (/^[-+Y]/.test(body)) {
    return `only four-digit years 0000-9999 are supported (no signed or "Y" years) in ${q}`;
  }
  if (!/^[\dX]/.test(body)) return genericError(q);
  const t = body.indexOf("T");
  const parts = (t === -1 ? body : body.slice(0, t)).split("-");
  const [y = "", mo, d] = parts;
  if (parts.length > 3) {
    return `too many "-" separated parts in ${q}; expected YYYY, YYYY-MM or YYYY-MM-DD`;
  }
  if (!/^[\dX]{4}$/.test(y)) return `year must have four digits in ${q}`;
  if (!/^(\d{4}|\d{3}X|\d{2}XX)$/.test(y)) {
    return `only the last one or two digits of a year may be unspecified (X) in ${q}`;
  }
  if (mo !== undefined && !/^(\d\d|XX)$/.test(mo)) {
    return `month must have two digits (01-12) or be XX in ${q}`;
  }
  if (d !== undefined && !/^(\d\d|XX)$/.test(d)) {
    return `day must have two digits (01-31) or be XX in ${q}`;
  }
  if (t !== -1) {
    if (d === undefined) return `a time needs a full date (YYYY-MM-DD) before "T" in ${q}`;
    const time = body.slice(t + 1);
    const zone = /(Z|[+-]\d\d:\d\d)$/.exec(time);
    const clock = zone === null ? time : time.slice(0, zone.index);
    if (/^\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(clock)) {
      if (zone === null) {
        return `a date-time needs a time zone (Z or ±hh:mm) in ${q}`;
      }
      return `fractional seconds may have at most 9 digits in ${q}`;
    }
    if (zone === null && /[+-]\d/.test(time)) {
      return `time zone offset must be written ±hh:mm in ${q}`;
    }
    return `time must be hh:mm, hh:mm:ss or hh:mm:ss.sss followed by Z or ±hh:mm in ${q}`;
  }
  return genericError(q);
}

/**
 * What the parser accepts, in one sentence, for messages about text that is not date-shaped.
 * Kept in step with {@link parse}: the forms, the qualifiers, `X` digits and intervals.
 */
const ACCEPTED_FORMS =
  "write YYYY, YYYY-MM or YYYY-MM-DD, or a date-time YYYY-MM-DDThh:mm[:ss[.fff]] with Z or ±hh:mm; " +
  "a date may end in ? (uncertain), ~ (approximate) or % (both) and use X for unspecified digits " +
  "(2024-XX); an interval is A/B, with .. for an open side";

function genericError(q: string): string {
  return `${q} is not a partial date; ${ACCEPTED_FORMS}`;
}

/** Parses one side of an interval. */
function parseSide(side: string): DatePoint | "open" | "unknown" | string {
  if (side === "") return "unknown";
  if (side === "..") return "open";
  return parsePoint(side);
}

/** Parses a date or interval; returns the value, or an error message. */
function parse(text: string): PartialDate | string {
  if (typeof text !== "string") return `expected a date string but got ${typeof text}`;
  const slash = text.indexOf("/");
  if (slash === -1) return parsePoint(text);
  if (text.indexOf("/", slash + 1) !== -1) {
    return `an interval has exactly one "/" but ${quote(text)} has more`;
  }
  const startText = text.slice(0, slash);
  const endText = text.slice(slash + 1);
  const start = parseSide(startText);
  if (typeof start === "string" && start !== "open" && start !== "unknown") {
    return `${start} (start of interval ${quote(text)})`;
  }
  const end = parseSide(endText);
  if (typeof end === "string" && end !== "open" && end !== "unknown") {
    return `${end} (end of interval ${quote(text)})`;
  }
  if (typeof start === "string" && typeof end === "string") {
    return `an interval needs a date on at least one side, but ${quote(text)} has none`;
  }
  if (typeof start !== "string" && typeof end !== "string" && end.latest < start.earliest) {
    return `interval end ${quote(endText)} is before its start ${quote(startText)} in ${quote(text)}`;
  }
  return {
    text,
    start,
    end,
    earliest: typeof start === "string" ? Number.NEGATIVE_INFINITY : start.earliest,
    latest: typeof end === "string" ? Number.POSITIVE_INFINITY : end.latest,
  };
}

/**
 * Parses an EDTF date or interval without throwing, returning the value or a message that says
 * what is wrong.
 *
 * @example
 * ```ts
 * safeParsePartialDate("2024-04~");
 * // { success: true, data: { text: "2024-04~", precision: "month", year: 2024, month: 4, approximate: true, ... } }
 * safeParsePartialDate("2024-13");
 * // { success: false, error: 'month 13 is out of range in "2024-13"' }
 * ```
 */
export function safeParsePartialDate(text: string): DateParseResult {
  const result = parse(text);
  return typeof result === "string"
    ? { success: false, error: result }
    : { success: true, data: result };
}

/**
 * Parses an EDTF date or interval, throwing a `StatecraftCoreError` (code `invalid_date`) that says what is wrong if the text is
 * not one.
 *
 * @throws {StatecraftCoreError} `invalid_date` if `text` is not a valid partial date.
 * @example
 * ```ts
 * const day = parsePartialDate("2024-04-24");
 * // { text: "2024-04-24", precision: "day", year: 2024, month: 4, day: 24, earliest: 1713916800000, ... }
 * const range = parsePartialDate("2024-04/..");
 * // { text: "2024-04/..", start: { ... }, end: "open", earliest: 1711929600000, latest: Infinity }
 * ```
 */
export function parsePartialDate(text: string): PartialDate {
  const result = parse(text);
  if (typeof result === "string") throw new StatecraftCoreError("invalid_date", result);
  return result;
}

/**
 * Tells whether text is a valid EDTF date or interval.
 *
 * @example
 * ```ts
 * isPartialDate("2024-04-24/2024-04-26"); // true
 * isPartialDate("2024-02-30"); // false
 * ```
 */
export function isPartialDate(text: string): boolean {
  return typeof parse(text) !== "string";
}

/**
 * Tells whether a parsed partial date is an interval rather than a single date.
 *
 * @example
 * ```ts
 * isDateInterval(parsePartialDate("2024/2025")); // true
 * isDateInterval(parsePartialDate("2024")); // false
 * ```
 */
export function isDateInterval(value: PartialDate): value is DateInterval {
  return "start" in value;
}

function formatPoint(p: DatePoint): string {
  if (p.precision === "datetime") return p.text;
  let s: string;
  if (p.precision === "year" && p.unspecified) {
    const xs = p.latest >= yearStart(p.year + 10) ? 2 : 1;
    s = pad4(p.year).slice(0, 4 - xs) + (xs === 2 ? "XX" : "X");
  } else {
    s = pad4(p.year);
    if (p.precision !== "year") {
      s += p.month === undefined ? "-XX" : `-${pad2(p.month)}`;
      if (p.precision === "day") s += p.day === undefined ? "-XX" : `-${pad2(p.day)}`;
    }
  }
  if (p.uncertain) return s + (p.approximate ? "%" : "?");
  return p.approximate ? `${s}~` : s;
}

function formatSide(side: DatePoint | "open" | "unknown"): string {
  return side === "open" ? ".." : side === "unknown" ? "" : formatPoint(side);
}

/**
 * Writes a partial date as canonical EDTF text, so that parsing the result gives an equal value.
 *
 * Dates are rebuilt from their fields (year, month, day, qualifiers, `X` digits); date-times keep
 * their `text`, since the time of day and offset are not held in separate fields.
 *
 * @example
 * ```ts
 * formatPartialDate(parsePartialDate("2024-04-24%")); // "2024-04-24%"
 * formatPartialDate(parsePartialDate("/2024-05")); // "/2024-05"
 * ```
 */
export function formatPartialDate(value: PartialDate): string {
  return isDateInterval(value)
    ? `${formatSide(value.start)}/${formatSide(value.end)}`
    : formatPoint(value);
}

/** Parses string input for the comparison helpers; parsed values pass through. */
function toValue(value: string | PartialDate): PartialDate {
  return typeof value === "string" ? parsePartialDate(value) : value;
}

/**
 * Returns the first and last instants (UTC epoch ms, inclusive) a partial date may denote.
 *
 * Open or unknown interval sides give `-Infinity` / `+Infinity`.
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * dateBounds("2024");
 * // { earliest: Date.UTC(2024, 0, 1), latest: Date.UTC(2025, 0, 1) - 1 }
 * dateBounds("2024-04-24T10:30:00+08:00");
 * // { earliest: Date.UTC(2024, 3, 24, 2, 30), latest: Date.UTC(2024, 3, 24, 2, 30) }
 * ```
 */
export function dateBounds(value: string | PartialDate): { earliest: number; latest: number } {
  const v = toValue(value);
  return { earliest: v.earliest, latest: v.latest };
}

/**
 * Compares two partial dates by earliest instant, then by latest instant, for use with
 * `Array.prototype.sort`.
 *
 * Returns a negative number if `a` sorts first, a positive number if `b` does, and 0 if their
 * bounds are equal.
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * ["2024-05", "2024", "2024-04-24/2024-04-26"].sort(compareDates);
 * // ["2024", "2024-04-24/2024-04-26", "2024-05"]
 * ```
 */
export function compareDates(a: string | PartialDate, b: string | PartialDate): number {
  const x = toValue(a);
  const y = toValue(b);
  if (x.earliest !== y.earliest) return x.earliest < y.earliest ? -1 : 1;
  if (x.latest !== y.latest) return x.latest < y.latest ? -1 : 1;
  return 0;
}

/**
 * Tells whether `a` certainly ends before `b` begins (a's latest instant is before b's earliest).
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * isDefinitelyBefore("2024-04", "2024-05-01"); // true
 * isDefinitelyBefore("2024", "2024-05-01"); // false: 2024 may be later than May 1
 * ```
 */
export function isDefinitelyBefore(a: string | PartialDate, b: string | PartialDate): boolean {
  return toValue(a).latest < toValue(b).earliest;
}

/**
 * Tells whether `a` certainly begins after `b` ends (a's earliest instant is after b's latest).
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * isDefinitelyAfter("2024-05-01", "2024-04"); // true
 * isDefinitelyAfter("2024-05-01", "2024"); // false
 * ```
 */
export function isDefinitelyAfter(a: string | PartialDate, b: string | PartialDate): boolean {
  return toValue(a).earliest > toValue(b).latest;
}

/**
 * Tells whether two partial dates may denote a common instant (their bounds intersect).
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * datesOverlap("2024-04-24/2024-04-26", "2024-04-26"); // true
 * datesOverlap("2024-04", "2024-05"); // false
 * ```
 */
export function datesOverlap(a: string | PartialDate, b: string | PartialDate): boolean {
  const x = toValue(a);
  const y = toValue(b);
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/**
 * Tells whether every instant `date` may denote lies within the bounds of `range`.
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * dateContains("2024", "2024-04-24"); // true
 * dateContains("2024-04/..", "2025"); // true
 * dateContains("2024-04-24", "2024-04"); // false
 * ```
 */
export function dateContains(range: string | PartialDate, date: string | PartialDate): boolean {
  const r = toValue(range);
  const d = toValue(date);
  return r.earliest <= d.earliest && d.latest <= r.latest;
}

/**
 * Returns the written precision of a single date, or `"interval"` for an interval.
 *
 * @throws {StatecraftCoreError} `invalid_date` if a string argument is not a valid partial date.
 * @example
 * ```ts
 * datePrecision("2024-04"); // "month"
 * datePrecision("2024-XX"); // "month"
 * datePrecision("2024/2025"); // "interval"
 * ```
 */
export function datePrecision(value: string | PartialDate): DatePrecision | "interval" {
  const v = toValue(value);
  return isDateInterval(v) ? "interval" : v.precision;
}

/** One date (not an interval) as a JSON Schema pattern: the shapes {@link POINT_RE} accepts. */
const POINT_PATTERN =
  "(?:\\d{4}|\\d{3}X|\\d{2}XX)(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\\d|3[01]|XX)" +
  "(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?)?)?[?~%]?";

/**
 * A regular expression (ECMA-262, as JSON Schema's `pattern`) that every partial date matches:
 * a date, or an interval of two dates, `..` or nothing. It is looser than the parser (it
 * accepts `2024-02-30`, a qualified date-time, `/`, an interval that ends before it starts), so
 * editors can flag text that is not date-shaped, such as `15 Nov 2023`;
 * {@link PartialDateSchema} and `@statecraft/validate` do the exact check. Published as the
 * `pattern` of `PartialDate` in the JSON Schema files.
 */
const PARTIAL_DATE_PATTERN = `^(?:${POINT_PATTERN}|(?:${POINT_PATTERN}|\\.\\.)?/(?:${POINT_PATTERN}|\\.\\.)?)$`;

/**
 * Zod schema for a partial date string (ISO 8601 / EDTF level 0+1 date or interval); the output is
 * the string unchanged, and invalid input gets an issue with the message from
 * {@link safeParsePartialDate}.
 *
 * @example
 * ```ts
 * PartialDateSchema.parse("2024-04~"); // "2024-04~"
 * PartialDateSchema.safeParse("2024-02-30").error?.issues[0]?.message;
 * // 'day 30 is out of range in "2024-02-30": February 2024 has 29 days'
 * ```
 */
export const PartialDateSchema = /* @__PURE__ */ z
  .string()
  .check((ctx) => {
    const result = parse(ctx.value);
    if (typeof result === "string") {
      // The domain code rides in the issue's params, for validators to report it by name.
      ctx.issues.push({
        code: "custom",
        message: result,
        input: ctx.value,
        params: { code: "invalid_date" },
      });
    }
  })
  .meta({
    id: "PartialDate",
    // For editors (JSON Schema): the shapes of the forms above; the check above is the exact one.
    pattern: PARTIAL_DATE_PATTERN,
    title: "Partial date",
    description:
      "A date or date range in ISO 8601 / EDTF (Extended Date/Time Format) level 0+1. " +
      "A single date is a four-digit year (2024), a month (2024-04), a day (2024-04-24) or a " +
      "date-time with a time zone, Z or ±hh:mm (2024-04-24T10:30:00+08:00; seconds and " +
      "fractional seconds optional). A date that is not a date-time may end with one qualifier: " +
      "? uncertain, ~ approximate, % both (2024-04?). Trailing digits may be X when unspecified " +
      "(202X, 20XX, 2024-XX, 2024-04-XX). An interval is two dates joined by / " +
      '(2024-04-24/2024-04-26); ".." marks an open side (2024-04/..) and an empty side an ' +
      "unknown one (/2024, 2024/). The end of an interval may not be before its start.",
    examples: [
      "2024",
      "2024-04",
      "2024-04-24",
      "2024-04-24T10:30:00+08:00",
      "2024-04?",
      "2024-04-24/2024-04-26",
      "2024-04/..",
    ],
  });
