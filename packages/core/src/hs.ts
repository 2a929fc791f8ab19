/**
 * `@statecraft/core/hs`: Harmonized System descriptions, kept out of the main entry because the
 * text of ~7,000 codes weighs about 800 KB.
 *
 * @module
 */
import { HS_2022_DESCRIPTIONS } from "./generated/hs-2022-descriptions.js";
// Type-only, so this entry does not pull in the code set.
import type { HsNomenclatureVersion } from "./hs-code.js";
import { StatecraftCoreError } from "./statecraft-error.js";

/**
 * Returns the English description of an HS chapter, heading or subheading.
 *
 * Takes the canonical digits-only form, like `isHsCode`; pass other spellings through
 * `normalizeHsCode` first. Descriptions come from UN Comtrade, which caps them at 255
 * characters, so a few long ones end mid-sentence.
 *
 * @param version - The HS edition; `"2022"` (the only one shipped) by default.
 * @returns The description, or `undefined` when the code is not in that edition.
 * @throws {StatecraftCoreError} `unsupported_nomenclature` when `version` is not a supported edition (JavaScript callers).
 * @example
 * ```ts
 * import { describeHsCode } from "@statecraft/core/hs";
 *
 * describeHsCode("72"); // "Iron and steel"
 * describeHsCode("0101"); // "Horses, asses, mules and hinnies; live"
 * describeHsCode("7208.10"); // undefined — use normalizeHsCode("7208.10") first
 * ```
 */
export function describeHsCode(
  code: string,
  version: HsNomenclatureVersion = "2022",
): string | undefined {
  if (version !== "2022") {
    throw new StatecraftCoreError(
      "unsupported_nomenclature",
      `Unsupported HS version ${JSON.stringify(version)}; supported: 2022`,
    );
  }
  return Object.hasOwn(HS_2022_DESCRIPTIONS, code) ? HS_2022_DESCRIPTIONS[code] : undefined;
}
