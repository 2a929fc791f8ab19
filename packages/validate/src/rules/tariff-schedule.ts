import { type Duty, formatDuty, isDefinitelyBefore, type StatecraftRecord } from "@statecraft/core";
import type { Report } from "./record-rule.js";

function sameDuty(a: Duty, b: Duty): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if ((a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/**
 * `tariff_phase_order`: a phase of the schedule starts before the phase listed before it.
 *
 * @internal
 */
export function tariffPhaseOrder(record: StatecraftRecord, report: Report): void {
  if (record.type !== "tariff" || !record.schedule) return;
  for (let i = 1; i < record.schedule.length; i++) {
    const before = record.schedule[i - 1]!;
    const phase = record.schedule[i]!;
    if (isDefinitelyBefore(phase.date, before.date)) {
      report(
        "tariff_phase_order",
        `phase ${i + 1} starts on ${phase.date}, before phase ${i} (${before.date}); list phases in date order`,
        `/schedule/${i}/date`,
      );
    }
  }
}

/**
 * `tariff_rate_conflict`: the new duty equals the prior one (except for a renewal, `stage:
 * renewed`); the last phase disagrees with `duty`; a phase repeats the duty already in force.
 *
 * @internal
 */
export function tariffRateConflict(record: StatecraftRecord, report: Report): void {
  if (record.type !== "tariff") return;
  const { priorDuty, duty, schedule } = record;
  if (priorDuty && duty && record.stage !== "renewed" && sameDuty(priorDuty, duty)) {
    report(
      "tariff_rate_conflict",
      `the new duty (${formatDuty(duty)}) is the same as the prior duty, so the measure changes nothing (a renewal at the same rate says stage: renewed)`,
      "/duty",
    );
  }
  if (!schedule || schedule.length === 0) return;
  const last = schedule[schedule.length - 1]!;
  if (duty && !sameDuty(last.duty, duty)) {
    report(
      "tariff_rate_conflict",
      `the last phase sets ${formatDuty(last.duty)} but "duty" says ${formatDuty(duty)}`,
      `/schedule/${schedule.length - 1}/duty`,
    );
  }
  let inForce = priorDuty;
  schedule.forEach((phase, i) => {
    if (inForce && sameDuty(phase.duty, inForce)) {
      report(
        "tariff_rate_conflict",
        `phase ${i + 1} sets ${formatDuty(phase.duty)}, the duty already in force before it (${i === 0 ? "priorDuty" : `phase ${i}`})`,
        `/schedule/${i}/duty`,
      );
    }
    inForce = phase.duty;
  });
}
