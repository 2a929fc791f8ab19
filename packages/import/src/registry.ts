import type { Importer } from "./define-importer.js";
import { gdelt } from "./importers/gdelt.js";
import { hsgTravels } from "./importers/hsg-travels/index.js";
import { hsgVisits } from "./importers/hsg-visits.js";
import { icews } from "./importers/icews.js";
import { plover } from "./importers/plover.js";
import { popolo } from "./importers/popolo/index.js";
import { section301 } from "./importers/section301/index.js";
import { usitc } from "./importers/usitc.js";

/**
 * Every importer, keyed by the source name the `statecraft import <source>` command takes.
 *
 * @example
 * ```ts
 * const importer = IMPORTERS["hsg-travels"];
 * for await (const record of importer.import(inputs)) console.log(record.id);
 * ```
 */
export const IMPORTERS = {
  "hsg-travels": hsgTravels,
  "hsg-visits": hsgVisits,
  popolo,
  plover,
  icews,
  gdelt,
  section301,
  usitc,
} as const satisfies Record<string, Importer>;

/** A source name of {@link IMPORTERS}, e.g. `hsg-travels`. */
export type ImporterName = keyof typeof IMPORTERS;

/**
 * Tells whether a string names an importer, narrowing it to {@link ImporterName}.
 *
 * @example
 * ```ts
 * const source = process.argv[2] ?? "";
 * if (!isImporterName(source)) throw new Error(`unknown source; try ${Object.keys(IMPORTERS).join(", ")}`);
 * const importer = IMPORTERS[source]; // narrowed: source is an ImporterName
 * ```
 */
export function isImporterName(name: string): name is ImporterName {
  return Object.hasOwn(IMPORTERS, name);
}
