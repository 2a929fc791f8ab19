import { HS_NOMENCLATURE_VERSIONS, isHsCode, type StatecraftRecord } from "@statecraft/core";
import type { Report } from "./record-rule.js";

const SHIPPED = new Set<string>(HS_NOMENCLATURE_VERSIONS);

/**
 * `unknown_product_code`: an HS code not in its edition; a national line (HTSUS, CN, CCT) of
 * 2022 or later whose first six digits are not an HS 2022 subheading.
 *
 * @internal
 */
export function unknownProductCode(record: StatecraftRecord, report: Report): void {
  if (record.type !== "tariff" || !record.products) return;
  record.products.forEach((product, i) => {
    const pointer = `/products/${i}/code`;
    const { scheme, version, code } = product;
    if (scheme === "HS") {
      if (code.length > 6 || code.length % 2 === 1) {
        report("unknown_product_code", `"${code}" is not an HS code: HS codes have 2, 4 or 6 digits (national lines use scheme HTSUS, CN or CCT)`, pointer);
      } else if (SHIPPED.has(version) && !isHsCode(code, version as "2022")) {
        report("unknown_product_code", `"${code}" is not a chapter, heading or subheading of HS ${version}`, pointer);
      }
      return;
    }
    if (scheme === "other") return;
    const year = Number.parseInt(version.slice(0, 4), 10);
    if (year < 2022 || code.length < 6) return;
    const subheading = code.slice(0, 6);
    if (!isHsCode(subheading, "2022")) {
      report("unknown_product_code", `"${code}" does not extend an HS 2022 subheading ("${subheading}" is not one), so it is not a ${scheme} ${version} line`, pointer);
    }
  });
}
