import { officesOverlap, type StatecraftRecord } from "@statecraft/core";
import type { Report } from "./record-rule.js";

/**
 * `incompatible_offices`: two offices that serve different states overlap in time (by core's
 * `officesOverlap`: an office ending on the day another starts is a handover, not an overlap),
 * and neither declares a `concurrency` (`personal_union`, `ex_officio`) that lets them be held
 * together. Offices are named by their JSON Pointer, counted from 0.
 *
 * @internal
 */
export function incompatibleOffices(record: StatecraftRecord, report: Report): void {
  if (record.type !== "actor" || record.kind !== "person" || !record.offices) return;
  const offices = record.offices;
  for (let j = 1; j < offices.length; j++) {
    const b = offices[j]!;
    if (b.state === undefined || b.concurrency !== undefined) continue;
    for (let i = 0; i < j; i++) {
      const a = offices[i]!;
      if (a.state === undefined || a.state === b.state || a.concurrency !== undefined) continue;
      if (officesOverlap(a, b)) {
        report(
          "incompatible_offices",
          `"${b.title}" (${b.state}) overlaps in time with "${a.title}" (${a.state}, /offices/${i}): one person cannot serve two states at once, unless one office says why (concurrency: personal_union or ex_officio)`,
          `/offices/${j}`,
        );
        break;
      }
    }
  }
}
