import type { LegalBasis, ProductCode, Tariff, TariffPhase } from "@statecraft/core";
import type { ImportContext } from "../../internal/context.js";
import { type Imposer, type NewRound, STEPS } from "./rounds.js";
import { SOURCE } from "./source.js";
import type { Tranche, Tranches } from "./tranches.js";

function percent(rate: number): string {
  return `${rate}%`;
}

function describePhases(phases: readonly (readonly [string, number])[]): string {
  return phases
    .map(([date, rate], i) =>
      i === 0 ? percent(rate) : rate === 0 ? `lifted ${date}` : `${percent(rate)} from ${date}`,
    )
    .join(", ");
}

/**
 * The id of a tranche: a US list's main tranche is `section301-us-list-1` (another tranche of the
 * same list adds its rates, reported); a Chinese round is named by its start and rates.
 */
function trancheId(
  imposer: Imposer,
  tranche: Tranche,
  step: NewRound,
  namedStarts: Set<string>,
  context: ImportContext,
): string {
  const rates = tranche.phases.map(([, r]) => r).join("-");
  if (imposer !== "US") return `section301-cn-${tranche.start}-${rates}`;
  const list = `section301-us-${step.label.toLowerCase().replace(/\s+/g, "-")}`;
  let id: string;
  if (namedStarts.has(tranche.start)) {
    id = `${list}-${rates}`;
    context.warn(
      "list_split_by_rates",
      "info",
      `products of ${step.label} follow different rates (${describePhases(tranche.phases)}); they form a tranche of their own`,
      { file: [...tranche.files][0]!, row: [...tranche.products][0] },
      id,
    );
  } else id = list;
  namedStarts.add(tranche.start);
  return id;
}

/** The legal basis of a side's tariffs, with the instruments of the tranche's dates (US). */
function legalBasisOf(imposer: Imposer, tranche: Tranche): LegalBasis {
  const steps = STEPS[imposer];
  const instrumentOf = (date: string) => {
    const s = steps[date];
    return s && "instrument" in s ? s.instrument : undefined;
  };
  const instruments = tranche.phases
    .map(([date]) => instrumentOf(date))
    .filter((i) => i !== undefined);
  return imposer === "US"
    ? {
        jurisdiction: "state-us",
        authority: "Section 301 of the Trade Act of 1974",
        citation: "19 U.S.C. § 2411",
        ...(instruments.length > 0 ? { instrument: instruments.join("; ") } : {}),
      }
    : {
        jurisdiction: "state-cn",
        authority: "Customs Tariff Commission of the State Council",
      };
}

/** The US tariffs a Chinese round answers, by their ids; reported when they are not in the import. */
function counteredOf(
  imposer: Imposer,
  tranche: Tranche,
  step: NewRound,
  usByStart: ReadonlyMap<string, string[]>,
  context: ImportContext,
): string[] | undefined {
  const counter = step.counter;
  const countered = counter ? usByStart.get(counter) : undefined;
  if (imposer === "CN" && !countered) {
    context.warn(
      "counter_measure_not_in_import",
      "info",
      counter
        ? `China's ${step.label.split(",")[0]} answers the US tariffs of ${counter}, which are not in this import; no counterMeasureTo link`
        : `China's ${step.label.split(",")[0]} answers a US measure outside this dataset (${step.label.split(", ")[1]}); no counterMeasureTo link`,
      { file: [...tranche.files][0]! },
      tranche.start,
    );
  }
  return countered;
}

/** Builds the tariff record of one tranche. */
function tariffOf(
  id: string,
  imposer: Imposer,
  tranche: Tranche,
  step: NewRound,
  descriptions: ReadonlyMap<string, string>,
  usByStart: ReadonlyMap<string, string[]>,
  context: ImportContext,
): Tariff {
  const products: ProductCode[] = [...tranche.products].sort().map((code) => {
    const description = descriptions.get(code);
    return { scheme: "HS", version: "2017", code, ...(description ? { description } : {}) };
  });
  const last = tranche.phases.at(-1)!;
  // A round lifted for its products ends at 0%, the prior duty: a phase that changes nothing.
  // The record keeps the duty the round set, with status "suspended" and the date it was lifted.
  const lifted = last[1] === 0;
  const inForce = lifted ? tranche.phases.slice(0, -1) : tranche.phases;
  const locator = (date: string) => `${[...tranche.files].join(", ")}, time_of_tariff ${date}`;
  const schedule: TariffPhase[] = inForce.map(([date, rate], i) => ({
    date,
    duty: { kind: "ad_valorem", rate },
    label:
      i === 0
        ? step.label
        : rate === 0
          ? "lifted"
          : `${rate > tranche.phases[i - 1]![1] ? "raised" : "cut"} to ${percent(rate)}`,
    sources: [{ source: SOURCE.id, locator: locator(date) }],
  }));
  const legalBasis = legalBasisOf(imposer, tranche);
  const countered = counteredOf(imposer, tranche, step, usByStart, context);
  return {
    id,
    type: "tariff",
    measure: imposer === "US" ? "additional_tariff" : "retaliatory_tariff",
    status: lifted ? "suspended" : "in_force",
    title:
      imposer === "US"
        ? `Section 301 tariffs on Chinese goods: ${step.label} (${describePhases(tranche.phases)})`
        : `China's retaliatory tariffs on US goods: ${step.label} (${describePhases(tranche.phases)})`,
    description: `An additional ad valorem duty on top of the MFN rate, per HS 2017 subheading (the highest over its national tariff lines, as the tracker compiles it); ${products.length} subheading${products.length === 1 ? "" : "s"} in this import.`,
    imposer:
      imposer === "US"
        ? context.isoState("US", "section301")!
        : context.isoState("CN", "section301")!,
    targets: [
      imposer === "US"
        ? context.isoState("CN", "section301")!
        : context.isoState("US", "section301")!,
    ],
    products,
    priorDuty: { kind: "ad_valorem", rate: 0 },
    duty: { kind: "ad_valorem", rate: inForce.at(-1)![1] },
    schedule,
    legalBasis,
    dates: { effective: tranche.start, ...(lifted ? { suspended: last[0] } : {}) },
    ...(countered ? { counterMeasureTo: countered } : {}),
    sources: [
      { source: SOURCE.id, locator: [...tranche.files].join(", ") },
      ...(lifted
        ? [
            {
              source: SOURCE.id,
              locator: locator(last[0]),
              note: `The rate falls back by the round's whole duty on ${last[0]}: the duty is lifted for these products (suspension or exclusion).`,
            },
          ]
        : []),
    ],
  };
}

/**
 * Builds one side's tariff records, in order of start (largest tranche first); the ids of the US
 * lists are added to `usByStart`, for the Chinese rounds that answer them.
 */
export function tariffRecords(
  imposer: Imposer,
  { tranches, descriptions }: Tranches,
  usByStart: Map<string, string[]>,
  context: ImportContext,
): Tariff[] {
  const ordered = [...tranches.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || b.products.size - a.products.size,
  );
  const namedStarts = new Set<string>();
  return ordered.map((tranche) => {
    const step = STEPS[imposer][tranche.start] as NewRound;
    const id = trancheId(imposer, tranche, step, namedStarts, context);
    if (imposer === "US")
      usByStart.set(tranche.start, [...(usByStart.get(tranche.start) ?? []), id]);
    return tariffOf(id, imposer, tranche, step, descriptions, usByStart, context);
  });
}
