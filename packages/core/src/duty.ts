import * as z from "zod";
import type { Duty } from "./generated/types.js";

const percent = /* @__PURE__ */ z
  .number()
  .min(0, "a rate cannot be negative")
  .max(10_000, "a rate above 10,000% is not plausible")
  .meta({ description: "A rate in percent of the customs value, e.g. `25` for 25%." });

const amount = /* @__PURE__ */ z
  .number()
  .min(0, "an amount cannot be negative")
  .meta({ description: "An amount of money per unit." });

const currency = /* @__PURE__ */ z
  .string()
  .regex(/^[A-Z]{3}$/, "an ISO 4217 currency code such as `USD`")
  .meta({ description: "The ISO 4217 currency code of the amount." });

const unit = /* @__PURE__ */ z
  .string()
  .min(1)
  .meta({
    description: "The unit the amount is charged per, e.g. `kg`, `t`, `item`.",
    examples: ["kg"],
  });

/** A duty charged as a percentage of the goods' value. */
export const AdValoremDutySchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("ad_valorem").meta({ description: "Always `ad_valorem`." }),
    rate: percent,
  })
  .meta({
    id: "AdValoremDuty",
    title: "Ad valorem duty",
    description: "A duty charged as a percentage of the goods' value.",
  });

/** A duty charged as a fixed amount per unit of quantity. */
export const SpecificDutySchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("specific").meta({ description: "Always `specific`." }),
    amount,
    currency,
    unit,
  })
  .meta({
    id: "SpecificDuty",
    title: "Specific duty",
    description: "A duty charged as an amount per unit of quantity.",
  });

/** A duty that adds an ad valorem rate and a specific amount. */
export const CompoundDutySchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("compound").meta({ description: "Always `compound`." }),
    rate: percent,
    amount,
    currency,
    unit,
  })
  .meta({
    id: "CompoundDuty",
    title: "Compound duty",
    description: "An ad valorem rate plus a specific amount per unit.",
  });

/** A duty charged as whichever is higher (or lower) of an ad valorem rate and a specific amount. */
export const AlternativeDutySchema = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("alternative").meta({ description: "Always `alternative`." }),
    rate: percent,
    amount,
    currency,
    unit,
    rule: z
      .enum(["higher", "lower"])
      .meta({ description: "Whether the higher or the lower of the two applies." }),
  })
  .meta({
    id: "AlternativeDuty",
    title: "Alternative duty",
    description: "The higher or lower of an ad valorem rate and a specific amount.",
  });

/**
 * A duty: ad valorem (%), specific (amount per unit), compound (both) or alternative (either).
 *
 * @example
 * ```ts
 * DutySchema.parse({ kind: "ad_valorem", rate: 25 });
 * DutySchema.parse({ kind: "specific", amount: 0.5, currency: "USD", unit: "kg" });
 * ```
 */
export const DutySchema = /* @__PURE__ */ z
  .discriminatedUnion("kind", [
    AdValoremDutySchema,
    SpecificDutySchema,
    CompoundDutySchema,
    AlternativeDutySchema,
  ])
  .meta({ id: "Duty", title: "Duty", description: "How much a tariff charges." });

export type { Duty } from "./generated/types.js";

/**
 * Formats a duty for people: `25%`, `0.5 USD/kg`, `10% + 0.5 USD/kg`.
 *
 * @param duty - The duty to format.
 * @returns A short human-readable text.
 * @example
 * ```ts
 * formatDuty({ kind: "ad_valorem", rate: 7.5 }); // "7.5%"
 * ```
 */
export function formatDuty(duty: Duty): string {
  switch (duty.kind) {
    case "ad_valorem":
      return `${duty.rate}%`;
    case "specific":
      return `${duty.amount} ${duty.currency}/${duty.unit}`;
    case "compound":
      return `${duty.rate}% + ${duty.amount} ${duty.currency}/${duty.unit}`;
    case "alternative":
      return `${duty.rule} of ${duty.rate}% or ${duty.amount} ${duty.currency}/${duty.unit}`;
  }
}
