import type { ImportContext } from "../../internal/context.js";
import { productRounds } from "./product-rounds.js";
import type { RateSeries } from "./rate-series.js";
import type { Imposer } from "./rounds.js";

/** Products with the same start and the same steps of additional duty: one tariff record. */
export interface Tranche {
  readonly start: string;
  readonly phases: [string, number][];
  readonly products: Set<string>;
  readonly files: Set<string>;
}

/** One side's tranches, and the description of each product that has one. */
export interface Tranches {
  readonly tranches: Map<string, Tranche>;
  readonly descriptions: Map<string, string>;
}

/** Groups one side's products into tranches, by the rounds each product is in. */
export function groupTranches(
  imposer: Imposer,
  series: RateSeries,
  context: ImportContext,
): Tranches {
  const tranches = new Map<string, Tranche>();
  const descriptions = new Map<string, string>();
  for (const [hs6, byDate] of series) {
    const rows = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
    const base = rows[0];
    if (!base) continue;
    if (base.description) descriptions.set(hs6, base.description);
    for (const m of productRounds(hs6, imposer, rows, context).values()) {
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
  return { tranches, descriptions };
}
