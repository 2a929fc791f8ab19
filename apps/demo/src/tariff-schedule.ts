/**
 * A tariff's rate over time, as steps (the prior rate, then each phase or the new rate from
 * its effective date) and the dates of its lifecycle (requested, announced, effective, ...).
 */
import { compareDates, type Duty, type Tariff, type TariffDates } from "@statecraft/core";

/** One step of the rate schedule. */
export interface RateStep {
  /** When the step starts; absent for the rate before the measure, or a rate with no date. */
  readonly from?: string;
  readonly duty: Duty;
  readonly label: string;
}

/** A dated event in the tariff's lifecycle. */
export interface TariffEvent {
  readonly date: string;
  readonly kind: keyof TariffDates;
}

/** A tariff's schedule, ready to draw. */
export interface RateSchedule {
  readonly steps: readonly RateStep[];
  readonly events: readonly TariffEvent[];
  /** When the rate stops applying (suspended or removed), if it does. */
  readonly ends?: string;
}

const EVENT_ORDER: readonly (keyof TariffDates)[] = [
  "requested",
  "proposed",
  "announced",
  "effective",
  "suspended",
  "removed",
];

/** Derives the steps and lifecycle events of a tariff. */
export function rateSchedule(tariff: Tariff): RateSchedule {
  const steps: RateStep[] = [];
  if (tariff.priorDuty) steps.push({ duty: tariff.priorDuty, label: "Before the measure" });
  const phases = [...(tariff.schedule ?? [])].sort((a, b) => compareDates(a.date, b.date));
  for (const phase of phases)
    steps.push({ from: phase.date, duty: phase.duty, label: phase.label ?? "Phase" });
  if (phases.length === 0 && tariff.duty) {
    const effective = tariff.dates?.effective;
    steps.push(
      effective === undefined
        ? { duty: tariff.duty, label: "New rate (no effective date)" }
        : { from: effective, duty: tariff.duty, label: "New rate" },
    );
  }
  const events: TariffEvent[] = [];
  for (const kind of EVENT_ORDER) {
    const date = tariff.dates?.[kind];
    if (date !== undefined) events.push({ date, kind });
  }
  events.sort((a, b) => compareDates(a.date, b.date));
  const ends = tariff.dates?.removed ?? tariff.dates?.suspended;
  return { steps, events, ...(ends === undefined ? {} : { ends }) };
}

/** The percentage a duty charges, when it has one (ad valorem, compound, alternative). */
export function percentOf(duty: Duty): number | undefined {
  return duty.kind === "specific" ? undefined : duty.rate;
}
