import { isDefinitelyBefore, type StatecraftRecord } from "@statecraft/core";
import type { Report } from "./record-rule.js";

/** The tariff lifecycle, in the order its dates must run. */
const TARIFF_SEQUENCE = ["requested", "proposed", "announced", "effective"] as const;
/** Dates that cannot come before the measure took effect. */
const AFTER_EFFECTIVE = ["suspended", "removed"] as const;

/**
 * `date_order`: an office ending before it starts; tariff lifecycle dates running backwards.
 *
 * @internal
 */
export function dateOrder(record: StatecraftRecord, report: Report): void {
  if (record.type === "actor" && record.kind === "person") {
    record.offices?.forEach((office, i) => {
      if (office.start !== undefined && office.end !== undefined && isDefinitelyBefore(office.end, office.start)) {
        report("date_order", `the office "${office.title}" ends (${office.end}) before it starts (${office.start})`, `/offices/${i}/end`);
      }
    });
  }
  if (record.type === "tariff" && record.dates) {
    const dates = record.dates;
    let previous: { key: string; date: string } | undefined;
    for (const key of TARIFF_SEQUENCE) {
      const date = dates[key];
      if (date === undefined) continue;
      if (previous && isDefinitelyBefore(date, previous.date)) {
        report("date_order", `"${key}" (${date}) is before "${previous.key}" (${previous.date})`, `/dates/${key}`);
      }
      previous = { key, date };
    }
    for (const key of AFTER_EFFECTIVE) {
      const date = dates[key];
      if (date !== undefined && dates.effective !== undefined && isDefinitelyBefore(date, dates.effective)) {
        report("date_order", `"${key}" (${date}) is before the measure took effect (${dates.effective})`, `/dates/${key}`);
      }
    }
  }
}
