import {
  isHsCode,
  type LegalBasis,
  type ProductCode,
  type Source,
  type StatecraftRecord,
  type Tariff,
  type TariffPhase,
} from "@statecraft/core";
import { defineImporter, type Importer } from "../importer.js";
import type { ImportInput } from "../input.js";
import type { ImportContext, RowRef } from "../internal/context.js";
import { csvRows, headerIndex } from "../internal/csv.js";
import { isIsoDate } from "../internal/dates.js";
import { baseName } from "../internal/text.js";

const SOURCE: Source = {
  id: "section301",
  type: "source",
  kind: "dataset",
  title:
    "US–China Trade War Tracker: US Section 301 tariffs and China's retaliatory tariffs by HS6 and date",
  authors: ["Mike Waugh"],
  url: "https://github.com/mwaugh0328/tradewar-tracker",
  language: "en",
  identifier:
    "mwaugh0328/tradewar-tracker (data/us_tariffs_2020.csv, data/new_tariff_list_2020.csv)",
  note: "Compiled from USITC/USTR documents (US side) and Bown, Jung & Zhang (PIIE) tables (China side); the rate of each HS6 subheading is the highest over its national tariff lines. MIT License, Copyright (c) 2020 Mike Waugh.",
};

type Imposer = "US" | "CN";

/** What happened on a date of the series, for one imposer. */
type Step =
  | { readonly kind: "baseline" }
  | {
      readonly kind: "new";
      readonly label: string;
      readonly instrument?: string;
      readonly counter?: string;
    }
  | { readonly kind: "phase"; readonly of: string; readonly instrument?: string }
  | { readonly kind: "mfn" }
  | { readonly kind: "exclusions" };

/**
 * The dates of the US series (README: baseline MFN 2018-01-01, then the four Section 301 lists
 * and their changes) with the USTR notices that set them.
 */
const US_STEPS: Readonly<Record<string, Step>> = {
  "2018-01-01": { kind: "baseline" },
  "2018-07-06": {
    kind: "new",
    label: "List 1",
    instrument: "USTR notice of action, 83 FR 28710 (20 June 2018)",
  },
  "2018-08-23": {
    kind: "new",
    label: "List 2",
    instrument: "USTR notice of action, 83 FR 40823 (16 August 2018)",
  },
  "2018-09-24": {
    kind: "new",
    label: "List 3",
    instrument: "USTR notice of action, 83 FR 47974 (21 September 2018)",
  },
  "2019-06-01": {
    kind: "phase",
    of: "2018-09-24",
    instrument: "USTR notice of modification, 84 FR 20459 (15 May 2019)",
  },
  "2019-09-01": {
    kind: "new",
    label: "List 4A",
    instrument: "USTR notice of modification, 84 FR 43304 (20 August 2019)",
  },
  "2020-02-14": {
    kind: "phase",
    of: "2019-09-01",
    instrument: "USTR notice of modification, 85 FR 3741 (22 January 2020)",
  },
};

/**
 * The dates of the China series: retaliation rounds (each answering a US action), the raise of
 * the September 2018 round, dates of MFN changes (cuts of 2018-05-01, 2018-07-01, 2018-11-01,
 * the 2019 schedule) and of product exclusions.
 */
const CN_STEPS: Readonly<Record<string, Step>> = {
  "2018-01-01": { kind: "baseline" },
  "2018-04-02": {
    kind: "new",
    label: "2018-04-02 round, against the US Section 232 steel and aluminium tariffs",
  },
  "2018-05-01": { kind: "mfn" },
  "2018-07-01": { kind: "mfn" },
  "2018-07-06": { kind: "new", label: "2018-07-06 round, against List 1", counter: "2018-07-06" },
  "2018-08-23": { kind: "new", label: "2018-08-23 round, against List 2", counter: "2018-08-23" },
  "2018-09-24": { kind: "new", label: "2018-09-24 round, against List 3", counter: "2018-09-24" },
  "2018-11-01": { kind: "mfn" },
  "2019-01-02": { kind: "mfn" },
  "2019-06-01": { kind: "phase", of: "2018-09-24" },
  "2019-09-01": { kind: "new", label: "2019-09-01 round, against List 4A", counter: "2019-09-01" },
  "2019-12-26": { kind: "exclusions" },
};

const STEPS: Readonly<Record<Imposer, Readonly<Record<string, Step>>>> = {
  US: US_STEPS,
  CN: CN_STEPS,
};

interface RateRow {
  readonly date: string;
  readonly rate: number;
  readonly where: RowRef;
  readonly file: string;
  readonly description?: string | undefined;
}

/** A product's membership of one tranche: the cumulative additional rate after each of its steps. */
interface Membership {
  readonly start: string;
  cumulative: number;
  readonly phases: [date: string, rate: number][];
  readonly files: Set<string>;
}

/** Rounds away float artefacts (`2.8000000000000003`). */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

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

/** Which side's tariffs a file holds: by the tracker's file names, else by its columns. */
function imposerOf(
  file: string,
  header: ReadonlyMap<string, number>,
  context: ImportContext,
): Imposer {
  if (/us_tariff/i.test(file)) return "US";
  if (/new_tariff_list|china/i.test(file)) return "CN";
  const imposer: Imposer = header.has("description") ? "US" : "CN";
  context.warn(
    "imposer_from_columns",
    "info",
    `the file name does not say whose tariffs these are; a file with a description column is read as the US tariffs, one without as China's: read as ${imposer === "US" ? "US" : "Chinese"} tariffs`,
    { file },
    file,
  );
  return imposer;
}

async function* importSection301(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const series: Record<Imposer, Map<string, Map<string, RateRow>>> = {
    US: new Map(),
    CN: new Map(),
  };
  const firstSeen = new Map<string, RowRef>();
  for await (const input of inputs) {
    const file = baseName(input.name);
    let header: ReadonlyMap<string, number> | undefined;
    let imposer: Imposer = "US";
    for await (const row of csvRows(input, context, { header: true })) {
      if (!header) {
        const index = headerIndex(row.fields);
        if (index.has("hs4_o")) {
          context.warn(
            "not_a_tariff_file",
            "info",
            "Annex 6.1 of the Phase One agreement lists products China committed to buy, not tariffs; file not imported",
            { file, line: row.line },
            file,
          );
          break;
        }
        if (!["hs6", "time_of_tariff", "tariff"].every((c) => index.has(c))) {
          context.warn(
            "not_a_tariff_file",
            "warning",
            "the header lacks the hs6, time_of_tariff and tariff columns; file skipped",
            { file, line: row.line },
            file,
          );
          break;
        }
        header = index;
        imposer = imposerOf(file, index, context);
        continue;
      }
      context.read();
      const get = (column: string) => row.fields[header!.get(column)!]?.trim() ?? "";
      let hs6 = get("hs6");
      const date = get("time_of_tariff");
      const text = get("tariff");
      const where: RowRef = { file, line: row.line, row: `${hs6} ${date}` };
      if (/^\d{5}$/.test(hs6)) {
        context.warn(
          "hs_code_leading_zero_lost",
          "warning",
          "HS codes of five digits lost their leading zero (read as numbers by a spreadsheet); restored",
          where,
          file,
        );
        hs6 = `0${hs6}`;
      }
      if (!/^\d{6}$/.test(hs6)) {
        context.warn(
          "invalid_hs_code",
          "warning",
          `"${hs6}" is not a 6-digit HS code; skipped`,
          where,
          hs6,
        );
        context.skipped("invalid_hs_code");
        continue;
      }
      const value = Number(text);
      if (!isIsoDate(date) || text === "" || !Number.isFinite(value) || value < 0) {
        context.warn(
          "invalid_row",
          "warning",
          `date "${date}" or rate "${text}" is not valid; skipped`,
          where,
        );
        context.skipped("invalid_row");
        continue;
      }
      const rate = round(value);
      if (rate !== value) {
        context.warn(
          "float_artifact",
          "info",
          `rates such as ${text} carry floating-point artefacts; rounded (${rate})`,
          where,
          file,
        );
      }
      if (!firstSeen.has(hs6)) firstSeen.set(hs6, where);
      const byDate = series[imposer].get(hs6) ?? new Map<string, RateRow>();
      series[imposer].set(hs6, byDate);
      const same = byDate.get(date);
      if (same) {
        if (same.rate === rate) context.merged("duplicate_row");
        else {
          context.warn(
            "conflicting_duplicate_row",
            "warning",
            `hs6 ${hs6} has two rates for ${date} (${same.rate} and ${rate}); the first is kept`,
            where,
          );
          context.skipped("conflicting_duplicate_row");
        }
        continue;
      }
      const description = header.has("description") ? get("description") || undefined : undefined;
      byDate.set(date, { date, rate, where, file, description });
    }
  }

  // Product codes are HS 2017 (the tariff schedules of 2018–2020); report those HS 2022 lacks.
  for (const [code, where] of firstSeen) {
    if (!isHsCode(code)) {
      context.warn(
        "hs_code_not_in_hs2022",
        "warning",
        `HS 2017 subheading ${code} is not in HS 2022 (split or renumbered since); kept, with its version 2017`,
        where,
        code,
      );
    }
  }

  const records: Tariff[] = [];
  const usByStart = new Map<string, string[]>();
  for (const imposer of ["US", "CN"] as const) {
    const steps = STEPS[imposer];
    // Tranches: products with the same start and the same steps of additional duty.
    const tranches = new Map<
      string,
      { start: string; phases: [string, number][]; products: Set<string>; files: Set<string> }
    >();
    const descriptions = new Map<string, string>();
    for (const [hs6, byDate] of series[imposer]) {
      const rows = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
      const memberships = new Map<string, Membership>();
      const [base, ...rest] = rows;
      if (!base) continue;
      if (base.description) descriptions.set(hs6, base.description);
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
        const step = steps[row.date];
        const inAny = memberships.size > 0;
        if (delta === 0) {
          if (inAny) context.merged("rate_unchanged");
          else context.skipped("no_additional_duty");
          continue;
        }
        if (step?.kind === "new" && delta > 0) {
          memberships.set(row.date, {
            start: row.date,
            cumulative: delta,
            phases: [[row.date, delta]],
            files: new Set([row.file]),
          });
          context.imported();
          continue;
        }
        const continued = step?.kind === "phase" ? memberships.get(step.of) : undefined;
        if (continued && continued.cumulative + delta >= 0) {
          continued.cumulative = round(continued.cumulative + delta);
          continued.phases.push([row.date, continued.cumulative]);
          continued.files.add(row.file);
          // Back to no additional duty: the round's suspension date, not a phase of its own.
          if (continued.cumulative === 0) context.merged("additional_duty_lifted");
          else context.imported();
          continue;
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
          continue;
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
          continue;
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
      for (const m of memberships.values()) {
        const key = `${m.start}|${m.phases.map(([d, r]) => `${d}:${r}`).join(",")}`;
        const tranche = tranches.get(key) ?? {
          start: m.start,
          phases: m.phases,
          products: new Set<string>(),
          files: new Set<string>(),
        };
        tranche.products.add(hs6);
        for (const f of m.files) tranche.files.add(f);
        tranches.set(key, tranche);
      }
    }

    // Ids: a US list's main tranche is `section301-us-list-1`; a Chinese round is named by its start and rates.
    const ordered = [...tranches.values()].sort(
      (a, b) => a.start.localeCompare(b.start) || b.products.size - a.products.size,
    );
    const namedStarts = new Set<string>();
    for (const tranche of ordered) {
      const step = steps[tranche.start] as Extract<Step, { kind: "new" }>;
      const rates = tranche.phases.map(([, r]) => r).join("-");
      let id: string;
      if (imposer === "US") {
        const list = `section301-us-${step.label.toLowerCase().replace(/\s+/g, "-")}`;
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
        usByStart.set(tranche.start, [...(usByStart.get(tranche.start) ?? []), id]);
      } else {
        id = `section301-cn-${tranche.start}-${rates}`;
      }
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
      const instrumentOf = (date: string) => {
        const s = steps[date];
        return s && "instrument" in s ? s.instrument : undefined;
      };
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
      const instruments = tranche.phases
        .map(([date]) => instrumentOf(date))
        .filter((i) => i !== undefined);
      const legalBasis: LegalBasis =
        imposer === "US"
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
      records.push({
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
      });
    }
  }
  yield* records;
}

/**
 * Imports the US–China Trade War Tracker's tariff series (`us_tariffs_2020.csv`: the US tariff
 * on Chinese goods; `new_tariff_list_2020.csv`: China's on US goods; rates in percent by HS6
 * subheading and date) as tariff records: one per round of Section 301 tariffs (List 1, 2, 3,
 * 4A) and per round of China's retaliation, each with its products, its phased schedule of
 * additional duty (List 3: 10%, then 25% from 2019-06-01), legal basis, and for China's rounds
 * the US list they answer (`counterMeasureTo`).
 *
 * Rates are read as steps from the baseline (the 2018 MFN rate): a rise on a round's date puts
 * the product in that round; changes of the MFN rate are reported, not imported; a fall by a
 * round's whole duty lifts it for the product. Product codes are HS 2017; codes HS 2022 lacks
 * are reported.
 *
 * @example
 * ```ts
 * const run = section301.import(await readInputs(["us_tariffs_2020.csv", "new_tariff_list_2020.csv"], [".csv"]));
 * ```
 * @see {@link https://github.com/statecraft-data/statecraft/blob/main/docs/importing-public-data.md | Importing public data}
 */
export const section301: Importer = defineImporter(
  {
    name: "section301",
    title: "US–China Trade War Tracker: Section 301 tariffs and China's retaliation",
    extensions: [".csv"],
    license: "MIT (Mike Waugh, tradewar-tracker)",
    source: SOURCE,
  },
  importSection301,
);
