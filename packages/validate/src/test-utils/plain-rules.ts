/**
 * The record and cross-record rules written plainly, as docs/validation-rules.md states them,
 * over whole records and core's `DatasetIndex`: no summaries, no interning, no typed arrays. The
 * property test holds the validator to these.
 *
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import {
  createDatasetIndex,
  type DatasetIndex,
  HS_NOMENCLATURE_VERSIONS,
  isDefinitelyAfter,
  isDefinitelyBefore,
  isHsCode,
  officesHeldOn,
  officesOverlap,
  REMOTE_MEETING_KINDS,
  recordReferences,
  type StatecraftRecord,
} from "@statecraft/core";
import type { RuleCode } from "../rule-codes.js";

/** A problem the plain rules find: its code, the record's place in the input and the pointer. */
export interface PlainFinding {
  readonly code: RuleCode;
  /** The record's index in the records given. */
  readonly record: number;
  readonly pointer: string;
}

type Report = (code: RuleCode, pointer: string) => void;

/** Whether a capacity names a title, ignoring case, repeated spaces, surrounding spaces and `_`. */
function sameTitle(title: string, capacity: string): boolean {
  const plain = (text: string) =>
    text
      .split(/[\s_]+/)
      .filter(Boolean)
      .join(" ")
      .toLowerCase();
  return plain(title) === plain(capacity);
}

/** Whether a capacity names an office: its title, an alternate title, or its role. */
function namesOffice(
  office: { title: string; alternateTitles?: string[] | undefined; role?: string | undefined },
  capacity: string,
): boolean {
  const titles = [office.title, ...(office.alternateTitles ?? [])];
  if (office.role !== undefined && office.role !== "other") titles.push(office.role);
  return titles.some((title) => sameTitle(title, capacity));
}

const LIFECYCLE = ["requested", "proposed", "announced", "effective"] as const;

function recordRules(record: StatecraftRecord, report: Report): void {
  if (record.type === "actor" && record.kind === "person") {
    const offices = record.offices ?? [];
    offices.forEach((office, i) => {
      // date_order: an office ends before it starts.
      if (office.start && office.end && isDefinitelyBefore(office.end, office.start))
        report("date_order", `/offices/${i}/end`);
      // incompatible_offices: it overlaps (beyond a handover day) an office listed before it
      // that serves another state, and neither says why both may be held (`concurrency`).
      if (
        office.state !== undefined &&
        office.concurrency === undefined &&
        offices
          .slice(0, i)
          .some(
            (o) =>
              o.state !== undefined &&
              o.state !== office.state &&
              o.concurrency === undefined &&
              officesOverlap(o, office),
          )
      )
        report("incompatible_offices", `/offices/${i}`);
    });
  }
  // remote_meeting_location: a call with a location.
  if (
    record.type === "meeting" &&
    record.location !== undefined &&
    REMOTE_MEETING_KINDS.includes(record.kind)
  )
    report("remote_meeting_location", "/location");
  if (record.type !== "tariff") return;
  // date_order: each lifecycle date is not before the one stated before it; suspension and
  // removal are not before the measure took effect.
  const dates = record.dates ?? {};
  const stated = LIFECYCLE.filter((key) => dates[key] !== undefined);
  stated.forEach((key, i) => {
    if (i > 0 && isDefinitelyBefore(dates[key]!, dates[stated[i - 1]!]!))
      report("date_order", `/dates/${key}`);
  });
  for (const key of ["suspended", "removed"] as const) {
    if (dates[key] && dates.effective && isDefinitelyBefore(dates[key], dates.effective))
      report("date_order", `/dates/${key}`);
  }
  // tariff_phase_order and tariff_rate_conflict.
  const schedule = record.schedule ?? [];
  schedule.forEach((phase, i) => {
    if (i > 0 && isDefinitelyBefore(phase.date, schedule[i - 1]!.date))
      report("tariff_phase_order", `/schedule/${i}/date`);
  });
  if (
    record.priorDuty &&
    record.duty &&
    record.stage !== "renewed" &&
    isDeepStrictEqual(record.priorDuty, record.duty)
  )
    report("tariff_rate_conflict", "/duty");
  const last = schedule.length - 1;
  if (last >= 0 && record.duty && !isDeepStrictEqual(schedule[last]!.duty, record.duty))
    report("tariff_rate_conflict", `/schedule/${last}/duty`);
  schedule.forEach((phase, i) => {
    const before = i === 0 ? record.priorDuty : schedule[i - 1]!.duty;
    if (before && isDeepStrictEqual(phase.duty, before))
      report("tariff_rate_conflict", `/schedule/${i}/duty`);
  });
  // unknown_product_code.
  (record.products ?? []).forEach(({ scheme, version, code }, i) => {
    const pointer = `/products/${i}/code`;
    if (scheme === "HS") {
      const shipped = (HS_NOMENCLATURE_VERSIONS as readonly string[]).includes(version);
      if (![2, 4, 6].includes(code.length) || (shipped && !isHsCode(code, "2022")))
        report("unknown_product_code", pointer);
    } else if (scheme !== "other") {
      const national = Number(version.slice(0, 4)) >= 2022 && code.length >= 6;
      if (national && !isHsCode(code.slice(0, 6), "2022")) report("unknown_product_code", pointer);
    }
  });
}

function datasetRules(index: DatasetIndex, record: StatecraftRecord, report: Report): void {
  // duplicate_id: a record whose id an earlier record has.
  if (index.get(record.id) !== record) report("duplicate_id", "/id");
  // dangling_reference, unknown_position_actor, wrong_reference_type (`index.referencesFrom`
  // would give a duplicate's references for the first record with its id).
  for (const { id, pointer, target } of recordReferences(record)) {
    const found = index.get(id);
    if (!found) {
      const positionActor =
        record.type === "issue" && /^\/positions\/\d+\/(?:actor|jointWith\/\d+)$/.test(pointer);
      report(positionActor ? "unknown_position_actor" : "dangling_reference", pointer);
    } else if (
      found.type !== target.type ||
      (found.type === "actor" && target.kinds && !target.kinds.includes(found.kind))
    ) {
      report("wrong_reference_type", pointer);
    }
  }
  // orphaned_source: a source (not a duplicate) no record references.
  if (record.type === "source" && index.get(record.id) === record) {
    if (index.referencesTo(record.id).length === 0) report("orphaned_source", "/id");
  }
  if (record.type !== "meeting" || record.date === undefined) return;
  const date = record.date;
  // office_not_held: a capacity that is no title of the person's offices held on the date.
  record.participants.forEach((participant, i) => {
    const actor = index.getOf("actor", participant.actor);
    if (participant.capacity === undefined || actor?.kind !== "person") return;
    const offices = actor.offices ?? [];
    if (offices.length === 0) return;
    if (!officesHeldOn(offices, date).some((o) => namesOffice(o, participant.capacity!)))
      report("office_not_held", `/participants/${i}/capacity`);
  });
  // held_after_source and planned_before_source, over the cited sources with a date.
  const published = (record.sources ?? [])
    .map((citation) => index.getOf("source", citation.source)?.published)
    .filter((p): p is string => p !== undefined);
  if (
    record.status === "held" &&
    published.length > 0 &&
    published.every((p) => isDefinitelyBefore(p, date))
  )
    report("held_after_source", "/status");
  if (
    (record.status === "planned" || record.status === "expected") &&
    published.some((p) => isDefinitelyAfter(p, date))
  )
    report("planned_before_source", "/status");
  // outside_parent_dates: dated before or after a dated meeting it is part of (the first record
  // with the id, when it is a meeting).
  const containers = [record.parent, ...(record.partOf ?? [])].filter(
    (id): id is string => id !== undefined,
  );
  for (const id of containers) {
    const outer = index.get(id);
    if (outer?.type !== "meeting" || outer.date === undefined) continue;
    if (isDefinitelyBefore(date, outer.date) || isDefinitelyAfter(date, outer.date)) {
      report("outside_parent_dates", "/date");
      break;
    }
  }
}

/**
 * Every problem of the record and dataset layers in these records, by the plain rules.
 *
 * @param records - Records that passed the schemas, in reading order.
 * @returns The findings, record by record.
 */
export function plainRuleFindings(records: readonly StatecraftRecord[]): PlainFinding[] {
  const index = createDatasetIndex(records);
  const findings: PlainFinding[] = [];
  records.forEach((record, i) => {
    const report: Report = (code, pointer) => findings.push({ code, record: i, pointer });
    recordRules(record, report);
    datasetRules(index, record, report);
  });
  return findings;
}
