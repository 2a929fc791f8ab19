import type { DatasetIndex } from "./dataset-index.js";
import { compareDates, dateBounds } from "./date.js";
import type { Duty } from "./duty.js";
import type { ProductCode, ProductScheme } from "./product-code.js";
import type { Tariff } from "./tariff.js";

/**
 * The tariffs an actor imposes.
 *
 * @param index - The dataset index.
 * @param actorId - The imposing state's (or customs union's) id.
 * @returns The tariffs, in input order.
 * @example
 * ```ts
 * tariffsImposedBy(index, "usa").map((t) => t.id); // ["us-section-301-steel-aluminum-2024"]
 * ```
 */
export function tariffsImposedBy(index: DatasetIndex, actorId: string): Tariff[] {
  return index.ofType("tariff").filter((tariff) => tariff.imposer === actorId);
}

/**
 * The tariffs that target an actor and do not exclude it.
 *
 * @param index - The dataset index.
 * @param actorId - The targeted actor's id.
 * @returns The tariffs, in input order.
 * @example
 * ```ts
 * tariffsTargeting(index, "china").map((t) => t.title);
 * ```
 */
export function tariffsTargeting(index: DatasetIndex, actorId: string): Tariff[] {
  return index
    .ofType("tariff")
    .filter(
      (tariff) => tariff.targets.includes(actorId) && !(tariff.exclusions ?? []).includes(actorId),
    );
}

/**
 * The tariffs covering a product code. Codes match along the nomenclature's hierarchy: a tariff on
 * heading `7208` covers subheading `720810`, and a query for `7208` finds a tariff on `720810`. A
 * code at or under one of the tariff's `excludedProducts` is not covered.
 *
 * @param index - The dataset index.
 * @param code - A product code, digits only.
 * @param scheme - The nomenclature of `code` (default `HS`); national codes also match their HS prefix.
 * @returns The tariffs, in input order.
 * @example
 * ```ts
 * tariffsOnProduct(index, "720810");
 * ```
 */
export function tariffsOnProduct(
  index: DatasetIndex,
  code: string,
  scheme: ProductScheme = "HS",
): Tariff[] {
  const comparable = (product: ProductCode) =>
    product.scheme === scheme || product.scheme === "HS" || scheme === "HS";
  return index
    .ofType("tariff")
    .filter(
      (tariff) =>
        (tariff.products ?? []).some(
          (product) =>
            comparable(product) && (product.code.startsWith(code) || code.startsWith(product.code)),
        ) &&
        !(tariff.excludedProducts ?? []).some(
          (excluded) => comparable(excluded) && code.startsWith(excluded.code),
        ),
    );
}

/**
 * The duty a tariff charges on a date: the latest phase of `schedule` in effect by then, else
 * `duty` once `dates.effective` has passed, else `priorDuty`. Returns `undefined` once the
 * tariff is removed or suspended, or when nothing is known for that date.
 *
 * Dates compare by their bounds: a phase dated `2024-09` is in effect on `2024-10-01` but not on
 * `2024-09-15` (it may start later that month).
 *
 * @param tariff - The tariff.
 * @param date - A partial date.
 * @returns The duty in force, or `undefined`.
 * @example
 * ```ts
 * const steel = index.getOf("tariff", "us-section-301-steel-aluminum-2024");
 * if (steel) dutyInForce(steel, "2024-10-01"); // { kind: "ad_valorem", rate: 25 }
 * ```
 */
export function dutyInForce(tariff: Tariff, date: string): Duty | undefined {
  const on = dateBounds(date);
  const started = (start: string | undefined) => {
    if (start === undefined) return false;
    const bounds = dateBounds(start);
    return bounds.earliest <= on.earliest && bounds.latest <= on.latest;
  };
  if (started(tariff.dates?.removed) || started(tariff.dates?.suspended)) return undefined;
  const phases = [...(tariff.schedule ?? [])].sort((a, b) => compareDates(a.date, b.date));
  const phase = phases.filter((p) => started(p.date)).at(-1);
  if (phase) return phase.duty;
  if (phases.length === 0 && started(tariff.dates?.effective)) return tariff.duty;
  return tariff.priorDuty;
}
