import { REMOTE_MEETING_KINDS, type StatecraftRecord } from "@statecraft/core";
import type { Report } from "./record-rule.js";

/**
 * `remote_meeting_location`: a phone or video call gives a meeting `location`; its sites belong
 * on its participants' `location`.
 *
 * @internal
 */
export function remoteMeetingLocation(record: StatecraftRecord, report: Report): void {
  if (record.type !== "meeting" || record.location === undefined) return;
  if (!REMOTE_MEETING_KINDS.includes(record.kind)) return;
  report(
    "remote_meeting_location",
    `a ${record.kind.replace("_", " ")} has no single place: give each site as a participant's "location" instead`,
    "/location",
  );
}
