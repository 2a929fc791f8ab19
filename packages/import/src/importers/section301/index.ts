import { isHsCode, type StatecraftRecord, type Tariff } from "@statecraft/core";
import { defineImporter, type Importer } from "../../define-importer.js";
import type { ImportInput } from "../../input.js";
import type { ImportContext, RowRef } from "../../internal/context.js";
import { readTariffSeries } from "./rate-series.js";
import { SOURCE } from "./source.js";
import { tariffRecords } from "./tariff-records.js";
import { groupTranches } from "./tranches.js";

/** Reports the product codes (HS 2017, the schedules of 2018–2020) that HS 2022 lacks. */
function reportCodesNotInHs2022(
  firstSeen: ReadonlyMap<string, RowRef>,
  context: ImportContext,
): void {
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
}

/** Reads the series, groups each side's products into tranches and yields one tariff record per tranche. */
async function* importSection301(
  inputs: AsyncIterable<ImportInput>,
  context: ImportContext,
): AsyncGenerator<StatecraftRecord> {
  const { series, firstSeen } = await readTariffSeries(inputs, context);
  reportCodesNotInHs2022(firstSeen, context);
  const records: Tariff[] = [];
  const usByStart = new Map<string, string[]>();
  for (const imposer of ["US", "CN"] as const) {
    const tranches = groupTranches(imposer, series[imposer], context);
    records.push(...tariffRecords(imposer, tranches, usByStart, context));
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
