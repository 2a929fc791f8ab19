/**
 * Generates the reference-data modules in `src/generated/` from their inputs:
 *
 * - `src/generated/countries.ts` from `data/iso3166-country-codes.csv` plus the hand-kept
 *   user-assigned and ISO 3166-3 lists of `reference/extra-country-codes.ts`;
 * - `src/generated/hs-2022.ts` and `src/generated/hs-2022-descriptions.ts` from `data/hs-2022.csv`.
 *
 * Usage (in `packages/core`):
 *
 * ```sh
 * pnpm exec tsx scripts/generate-reference.ts          # write the files
 * pnpm exec tsx scripts/generate-reference.ts --check  # exit 1 if a committed file differs
 * ```
 *
 * The inputs are read and the modules rendered in `scripts/reference/`: `countries.ts` (with the
 * hand-kept codes of `extra-country-codes.ts`), `hs-codes.ts`, and the CSV reader `csv.ts`.
 *
 * The output is deterministic (fixed order, no timestamps), so `--check` and
 * `test/reference-drift.test.ts` can compare it byte for byte.
 *
 * @module
 */
import { isMainModule, runGenerator } from "../../../scripts/generated-file.js";
import { readCountryRows, renderCountries } from "./reference/countries.js";
import { readHsRows, renderHsCodes, renderHsDescriptions } from "./reference/hs-codes.js";
import { PACKAGE_ROOT } from "./reference/package-root.js";

export {
  COUNTRY_CSV_COLUMNS,
  COUNTRY_CSV_PATH,
  type CountryRow,
  NAME_OVERRIDES,
  readCountryRows,
  renderCountries,
} from "./reference/countries.js";
export { parseCsv } from "./reference/csv.js";
export {
  ISO_3166_3_WITHDRAWN_ALPHA2,
  USER_ASSIGNED_ALPHA2,
} from "./reference/extra-country-codes.js";
export {
  HS_CSV_HEADER,
  HS_CSV_PATH,
  type HsRow,
  readHsRows,
  renderHsCodes,
  renderHsDescriptions,
} from "./reference/hs-codes.js";
export { PACKAGE_ROOT } from "./reference/package-root.js";

/** One generated module: its path relative to {@link PACKAGE_ROOT} and its full text. */
export type ReferenceFiles = Record<string, string>;

/**
 * Renders every generated module from the inputs, without writing anything.
 *
 * @returns File text keyed by path relative to `packages/core`, in a fixed order.
 */
export function renderReferenceFiles(root: string = PACKAGE_ROOT): ReferenceFiles {
  const hs = readHsRows(root);
  return {
    "src/generated/countries.ts": renderCountries(readCountryRows(root)),
    "src/generated/hs-2022.ts": renderHsCodes(hs),
    "src/generated/hs-2022-descriptions.ts": renderHsDescriptions(hs),
  };
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runGenerator(process.argv.slice(2), {
    name: "generate-reference",
    base: PACKAGE_ROOT,
    regenerate: "pnpm --filter @statecraft/core generate",
    render: () => renderReferenceFiles(),
  });
}
