import type { ImportContext } from "../../internal/context.js";
import { type RateRow, round } from "./rate-series.js";
import { type Imposer, STEPS, type Step } from "./rounds.js";

/** A product's membership of one tranche: the cumulative additional rate after each of its steps. */
export interface Membership {
  readonly start: string;
  cumulative: number;
  readonly phases: [date: string, rate: number][];
  readonly files: Set<string>;
}

/** One change of a product's rate, with what the series says happened on its date. */
interface RateChange {
  readonly hs6: string;
  readonly imposer: Imposer;
  readonly row: RateRow;
  readonly delta: number;
  readonly step: Step | undefined;
}

/** Reads one rate change into the product's rounds: a new round, a phase of one, a round lifted, an MFN change, or unexplained. */
function applyRateChange(
  change: RateChange,
  memberships: Map<string, Membership>,
  context: ImportContext,
): void {
  const { hs6, imposer, row, delta, step } = change;
  const inAny = memberships.size > 0;
  if (delta === 0) {
    if (inAny) context.merged("rate_unchanged");
    else context.skipped("no_additional_duty");
    return;
  }
  if (step?.kind === "new" && delta > 0) {
    memberships.set(row.date, {
      start: row.date,
      cumulative: delta,
      phases: [[row.date, delta]],
      files: new Set([row.file]),
    });
    context.imported();
    return;
  }
  const continued = step?.kind === "phase" ? memberships.get(step.of) : undefined;
  if (continued && continued.cumulative + delta >= 0) {
    continued.cumulative = round(continued.cumulative + delta);
    continued.phases.push([row.date, continued.cumulative]);
    continued.files.add(row.file);
    // Back to no additional duty: the round's suspension date, not a phase of its own.
    if (continued.cumulative === 0) context.merged("additional_duty_lifted");
    else context.imported();
    return;
  }
  // A fall by exactly one round's whole duty: that round lifted for the product.
  const lifted =
    delta < 0 && step?.kind !== "new"
      ? [...memberships.values()].find((m) => m.cumulative === -delta)
      : undefined;
  if (lifted) {
    lifted.cumulative = 0;
    lifted.phases.push([row.date, 0]);
    lifted.files.add(row.file);
    context.warn(
      "additional_duty_lifted",
      "info",
      `the rate falls by exactly the duty of the round of ${lifted.start} (e.g. hs6 ${hs6} on ${row.date}): read as that round lifted for the product (suspension or exclusion)`,
      row.where,
      `${imposer}|${row.date}`,
    );
    context.merged("additional_duty_lifted");
    return;
  }
  if (step?.kind === "mfn" || step?.kind === "exclusions") {
    context.warn(
      "mfn_change",
      "info",
      `changes of the base (MFN) rate, e.g. hs6 ${hs6} on ${row.date} (${delta > 0 ? "+" : ""}${delta}), are not Section 301 measures; not imported`,
      row.where,
      `${imposer}|${row.date}`,
    );
    context.skipped("mfn_change");
    return;
  }
  context.warn(
    "unexplained_rate_change",
    "warning",
    `hs6 ${hs6} changes by ${delta > 0 ? "+" : ""}${delta} on ${row.date}, which no tariff round explains; skipped`,
    row.where,
    `${hs6}|${row.date}`,
  );
  context.skipped("unexplained_rate_change");
}

/**
 * The rounds a product is in, read as steps from its baseline (first) row: each rate change is
 * counted as imported, merged or skipped.
 */
export function productRounds(
  hs6: string,
  imposer: Imposer,
  rows: readonly RateRow[],
  context: ImportContext,
): Map<string, Membership> {
  const steps = STEPS[imposer];
  const memberships = new Map<string, Membership>();
  const [base, ...rest] = rows;
  if (!base) return memberships;
  if (steps[base.date]?.kind !== "baseline") {
    context.warn(
      "no_baseline_row",
      "warning",
      `hs6 ${hs6} has no row for the baseline date; its first row (${base.date}) is taken as the baseline`,
      base.where,
      hs6,
    );
  }
  context.skipped("baseline_mfn_rate");
  let previous = base.rate;
  for (const row of rest) {
    const delta = round(row.rate - previous);
    previous = row.rate;
    applyRateChange({ hs6, imposer, row, delta, step: steps[row.date] }, memberships, context);
  }
  return memberships;
}
