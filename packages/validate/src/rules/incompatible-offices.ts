import { dateBounds, type Office, type StatecraftRecord } from "@statecraft/core";
import type { Report } from "./record-rule.js";

/** Whether two offices may have been held at a common instant (open ends run forever). */
function overlap(a: Office, b: Office): boolean {
  const aStart = a.start === undefined ? -Infinity : dateBounds(a.start).earliest;
  const aEnd = a.end === undefined ? Infinity : dateBounds(a.end).latest;
  const bStart = b.start === undefined ? -Infinity : dateBounds(b.start).earliest;
  const bEnd = b.end === undefined ? Infinity : dateBounds(b.end).latest;
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * `incompatible_offices`: two offices that serve different states overlap in time.
 *
 * @internal
 */
export function incompatibleOffices(record: StatecraftRecord, report: Report): void {
  if (record.type !== "actor" || record.kind !== "person" || !record.offices) return;
  const offices = record.offices;
  for (let j = 1; j < offices.length; j++) {
    const b = offices[j]!;
    if (b.state === undefined) continue;
    for (let i = 0; i < j; i++) {
      const a = offices[i]!;
      if (a.state === undefined || a.state === b.state) continue;
      if (overlap(a, b)) {
        report(
          "incompatible_offices",
          `"${b.title}" (${b.state}) overlaps in time with "${a.title}" (${a.state}, office ${i + 1}): one person cannot serve two states at once`,
          `/offices/${j}`,
        );
        break;
      }
    }
  }
}
