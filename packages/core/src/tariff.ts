import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { PartialDateSchema } from "./date.js";
import { DutySchema } from "./duty.js";
import { LegalBasisSchema } from "./legal-basis.js";
import { ProductCodeSchema } from "./product-code.js";
import { recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/** Kinds of trade measure a tariff record can describe. */
export const TRADE_MEASURES = [
  "tariff",
  "additional_tariff",
  "retaliatory_tariff",
  "anti_dumping_duty",
  "countervailing_duty",
  "safeguard_duty",
  "tariff_rate_quota",
] as const;

/** One of {@link TRADE_MEASURES}. */
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

/** A tariff's lifecycle. */
export const TARIFF_STATUSES = [
  "requested",
  "proposed",
  "announced",
  "in_force",
  "suspended",
  "removed",
  "expired",
] as const;

/** One of {@link TARIFF_STATUSES}. */
export type TariffStatus = (typeof TARIFF_STATUSES)[number];

/** One step of a phased schedule: from `date`, `duty` applies. */
export const TariffPhaseSchema = /* @__PURE__ */ z
  .strictObject({
    date: PartialDateSchema.meta({ description: "When this phase takes effect." }),
    duty: DutySchema,
    label: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A name for the phase, e.g. `List 3, second tranche`." }),
    sources: CitationsSchema,
  })
  .meta({
    id: "TariffPhase",
    title: "Tariff phase",
    description: "One step of a phased tariff schedule.",
  });

export type { TariffPhase } from "./generated/types.js";

/** The dates of a tariff's lifecycle. */
export const TariffDatesSchema = /* @__PURE__ */ z
  .strictObject({
    requested: PartialDateSchema.optional().meta({
      description: "When the measure was requested or called for.",
    }),
    proposed: PartialDateSchema.optional().meta({ description: "When it was formally proposed." }),
    announced: PartialDateSchema.optional().meta({
      description: "When it was announced as decided.",
    }),
    effective: PartialDateSchema.optional().meta({ description: "When it took or takes effect." }),
    suspended: PartialDateSchema.optional().meta({ description: "When it was suspended." }),
    removed: PartialDateSchema.optional().meta({ description: "When it was removed or expired." }),
  })
  .meta({
    id: "TariffDates",
    title: "Tariff dates",
    description: "The dates of a tariff's lifecycle.",
  });

export type { TariffDates } from "./generated/types.js";

/**
 * A tariff or other trade measure: who imposes it on whom, on which products, at what duty,
 * under which law, and when.
 *
 * `priorDuty` is the rate before the measure and `duty` the new rate; `schedule` lists phased
 * steps when the rate changes over time.
 *
 * @example
 * ```ts
 * TariffSchema.parse({
 *   id: "us-301-steel-2024", type: "tariff", measure: "additional_tariff", status: "announced",
 *   title: "Section 301 tariffs on Chinese steel and aluminum", imposer: "usa", targets: ["china"],
 *   priorDuty: { kind: "ad_valorem", rate: 7.5 }, duty: { kind: "ad_valorem", rate: 25 },
 * });
 * ```
 */
export const TariffSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("tariff"),
    measure: z.enum(TRADE_MEASURES).meta({ description: "The kind of trade measure." }),
    status: z.enum(TARIFF_STATUSES).meta({ description: "Where the measure is in its lifecycle." }),
    title: z.string().min(1).meta({ description: "A short title." }),
    description: z.string().min(1).optional().meta({ description: "A longer description." }),
    imposer: reference(
      { type: "actor", kinds: ["state", "organization"] },
      "The state or customs union imposing the measure.",
    ),
    targets: z
      .array(reference({ type: "actor" }, "An actor whose goods the measure targets."))
      .min(1, "a tariff needs at least one target")
      .meta({ description: "The actors (usually states) whose goods the measure targets." }),
    exclusions: z
      .array(reference({ type: "actor" }, "An actor excluded from the measure."))
      .optional()
      .meta({ description: "Actors excluded from the measure." }),
    products: z
      .array(ProductCodeSchema)
      .optional()
      .meta({ description: "The products covered, by code." }),
    productDescription: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The products covered, in words, e.g. `steel and aluminum products`." }),
    priorDuty: DutySchema.optional().meta({ description: "The duty before the measure." }),
    duty: DutySchema.optional().meta({ description: "The duty the measure sets (the new rate)." }),
    schedule: z
      .array(TariffPhaseSchema)
      .optional()
      .meta({ description: "Phased steps, in date order." }),
    legalBasis: LegalBasisSchema.optional(),
    dates: TariffDatesSchema.optional(),
    issues: z
      .array(reference({ type: "issue" }, "An issue the measure concerns."))
      .optional()
      .meta({ description: "Issues the measure concerns." }),
    counterMeasureTo: z
      .array(reference({ type: "tariff" }, "A measure this one retaliates against."))
      .optional()
      .meta({ description: "Measures this one responds to." }),
  })
  .meta({
    id: "Tariff",
    title: "Tariff",
    description: "A tariff or other trade measure one actor imposes on others.",
  });

export type { Tariff } from "./generated/types.js";
