import * as z from "zod";

/**
 * Product nomenclatures: `HS` (the World Customs Organization's Harmonized System, 2–6 digits)
 * and national extensions such as `HTSUS` (US, 8–10 digits), `CN` (EU, 8), `CCT` (China, 8).
 */
export const PRODUCT_SCHEMES = ["HS", "HTSUS", "CN", "CCT", "other"] as const;

/** One of {@link PRODUCT_SCHEMES}. */
export type ProductScheme = (typeof PRODUCT_SCHEMES)[number];

/**
 * A product code with its nomenclature and version pinned, e.g. HS 2022 `7208`.
 *
 * @example
 * ```ts
 * ProductCodeSchema.parse({ scheme: "HS", version: "2022", code: "7208", description: "Flat-rolled iron or non-alloy steel, hot-rolled" });
 * ```
 */
export const ProductCodeSchema = /* @__PURE__ */ z
  .strictObject({
    scheme: z.enum(PRODUCT_SCHEMES).meta({ description: "The nomenclature the code belongs to." }),
    version: z
      .string()
      .regex(/^\d{4}(?:[.-]\w+)?$/, "a nomenclature version such as `2022` or `2024-rev5`")
      .meta({
        description: "The nomenclature's edition, e.g. `2022` for HS 2022.",
        examples: ["2022"],
      }),
    code: z
      .string()
      .regex(/^\d{2,10}$/, "a product code is 2 to 10 digits, without dots")
      .meta({ description: "The code, digits only: `72`, `7208`, `720810`, `7208100000`." }),
    description: z.string().min(1).optional().meta({ description: "The product's description." }),
  })
  .meta({
    id: "ProductCode",
    title: "Product code",
    description: "A product code in a pinned nomenclature version.",
  });

export type { ProductCode } from "./generated/types.js";
