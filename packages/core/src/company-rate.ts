import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { DutySchema } from "./duty.js";
import { reference } from "./reference-field.js";

/**
 * The residual groups of exporters a trade-remedy measure gives a rate to, beside the named ones:
 * `other_cooperating` ("all other cooperating companies", which took part in the investigation but
 * were not sampled) and `all_other` ("all other companies", the residual rate).
 */
export const EXPORTER_GROUPS = ["other_cooperating", "all_other"] as const;

/** One of {@link EXPORTER_GROUPS}. */
export type ExporterGroup = (typeof EXPORTER_GROUPS)[number];

/**
 * The duty a trade-remedy measure sets for one exporter, or for a residual group of exporters:
 * "BYD 17.0%", "all other cooperating companies 20.7%", "all other companies 35.3%". Exactly one
 * of `exporter` and `exporters` is given.
 *
 * @example
 * ```ts
 * CompanyRateSchema.parse({ exporter: "byd", duty: { kind: "ad_valorem", rate: 17 } });
 * CompanyRateSchema.parse({ exporters: "all_other", duty: { kind: "ad_valorem", rate: 35.3 } });
 * ```
 */
export const CompanyRateSchema = /* @__PURE__ */ z
  .strictObject({
    exporter: reference(
      { type: "actor", kinds: ["organization"] },
      "The exporting company (or group of companies) the rate applies to.",
    ).optional(),
    exporters: z.enum(EXPORTER_GROUPS).optional().meta({
      description:
        "The residual group the rate applies to, instead of a named `exporter`: `other_cooperating` or `all_other`.",
    }),
    duty: DutySchema,
    sources: CitationsSchema,
  })
  .refine((rate) => (rate.exporter === undefined) !== (rate.exporters === undefined), {
    message: "a company rate names either an `exporter` or a group of `exporters`, not both",
    path: ["exporter"],
  })
  .meta({
    id: "CompanyRate",
    title: "Company rate",
    description: "The duty a trade-remedy measure sets for one exporter or a residual group.",
    // The refinement above, for JSON Schema users (editors): exactly one of the two.
    oneOf: [{ required: ["exporter"] }, { required: ["exporters"] }],
  });

export type { CompanyRate } from "./generated/types.js";
