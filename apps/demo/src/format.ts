/** Wording for people: dates as a reader writes them, enum values as words. */
import {
  type CompanyRate,
  type DatePoint,
  type Duty,
  formatDuty,
  isDateInterval,
  type PartialDate,
  type Participant,
  safeParsePartialDate,
} from "@statecraft/core";

/** Month abbreviations, January first. */
export const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

function isPoint(date: PartialDate): date is DatePoint {
  return !isDateInterval(date);
}

function qualify(point: DatePoint, text: string): string {
  const approx = point.approximate ? `c. ${text}` : text;
  return point.uncertain ? `${approx}?` : approx;
}

function pointText(point: DatePoint, withYear = true): string {
  if (point.unspecified) return point.text;
  const month = point.month === undefined ? undefined : MONTHS[point.month - 1];
  const parts = [point.day, month, withYear ? point.year : undefined].filter(
    (part) => part !== undefined,
  );
  let text = parts.join(" ");
  if (point.precision === "datetime") {
    const time = /T(\d{2}:\d{2})/.exec(point.text)?.[1];
    const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(point.text)?.[1];
    if (time) text += `, ${time}${zone === "Z" ? " UTC" : zone ? ` ${zone}` : ""}`;
  }
  return qualify(point, text);
}

/**
 * Formats a partial date for reading: `24 Apr 2024`, `Apr 2024`, `24–26 Apr 2024`,
 * `7 Oct 2023 – 21 Apr 2024`, `c. 2024`, `from Apr 2024`. Text that does not parse is returned
 * as written.
 */
export function formatDate(text: string): string {
  const parsed = safeParsePartialDate(text);
  if (!parsed.success) return text;
  const date = parsed.data;
  if (isPoint(date)) return pointText(date);
  const { start, end } = date;
  if (typeof start === "string" && typeof end === "string") return "date unknown";
  // An open side (`..`) and an unknown one (empty) read the same way to a reader.
  if (typeof start === "string") return `until ${pointText(end as DatePoint)}`;
  if (typeof end === "string") return `from ${pointText(start)}`;
  const plain = (p: DatePoint) =>
    !p.uncertain && !p.approximate && !p.unspecified && p.precision !== "datetime";
  if (plain(start) && plain(end) && start.precision === end.precision && start.year === end.year) {
    if (start.precision === "day" && start.month === end.month)
      return `${start.day}–${pointText(end)}`;
    if (start.precision !== "year") return `${pointText(start, false)} – ${pointText(end)}`;
  }
  return `${pointText(start)} – ${pointText(end)}`;
}

/** Turns an enum value into words: `phone_call` → `phone call`, `red_line` → `red line`. */
export function words(value: string): string {
  return value.replaceAll("_", " ");
}

/** Counts a noun: `1 meeting`, `3 meetings`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/**
 * A participant's attendance in words, with its mode when stated: `attended`, `attended
 * remotely`, `postponed`.
 */
export function attendanceLabel(
  participant: Pick<Participant, "attendance" | "attendanceMode">,
): string {
  const status = words(participant.attendance);
  if (participant.attendanceMode === "remote") return `${status} remotely`;
  if (participant.attendanceMode === "in_person") return `${status} in person`;
  return status;
}

/** A measure's duty, with the ordinary duty it sits on: `100%`, `100% on top of 6.1%`. */
export function dutyLabel(duty: Duty, baseDuty?: Duty): string {
  return baseDuty ? `${formatDuty(duty)} on top of ${formatDuty(baseDuty)}` : formatDuty(duty);
}

/** Who a company rate is for: the exporter's name, or `all other cooperating companies`, `all other companies`. */
export function exporterLabel(rate: CompanyRate, nameOf: (id: string) => string): string {
  if (rate.exporter !== undefined) return nameOf(rate.exporter);
  return rate.exporters === "other_cooperating"
    ? "all other cooperating companies"
    : "all other companies";
}
