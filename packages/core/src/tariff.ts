import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { CompanyRateSchema } from "./company-rate.js";
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

/**
 * The stage of a trade-remedy measure (anti-dumping, countervailing, safeguard): `provisional`
 * duties during the investigation, then `definitive` duties, then `renewed` after an expiry review
 * (often at the same rate). Each stage is its own record; a later stage names the one it follows
 * in `supersedes`.
 */
export const TARIFF_STAGES = ["provisional", "definitive", "renewed"] as const;

/** One of {@link TARIFF_STAGES}. */
export type TariffStage = (typeof TARIFF_STAGES)[number];

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
 * `duty` is the rate the measure itself charges. For a measure charged on top of the ordinary
 * customs duty (an additional, retaliatory, anti-dumping, countervailing or safeguard duty, or a
 * surtax), that is the additional rate, and `baseDuty` gives the ordinary duty it adds to (Canada's
 * 100% surtax on Chinese electric vehicles sits on a 6.1% MFN duty: `duty` 100%, `baseDuty` 6.1%);
 * for a change of the ordinary tariff, it is the new ordinary rate. `priorDuty` is the measure's
 * rate before this record's change (the same rate for a renewal); `schedule` lists phased steps
 * when the rate changes over time; `companyRates` gives rates per exporter.
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
    stage: z.enum(TARIFF_STAGES).optional().meta({
      description:
        "For a trade remedy: `provisional`, `definitive` or `renewed` (after an expiry review).",
    }),
    supersedes: reference(
      { type: "tariff" },
      "The earlier stage of the same measure this record follows: the provisional duties a definitive duty replaces, or the definitive duty a renewal extends.",
    ).optional(),
    products: z
      .array(ProductCodeSchema)
      .optional()
      .meta({ description: "The products covered, by code." }),
    excludedProducts: z.array(ProductCodeSchema).optional().meta({
      description:
        "Products left out of the measure although their codes fall under `products` (product exclusions).",
    }),
    productDescription: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The products covered, in words, e.g. `steel and aluminum products`." }),
    priorDuty: DutySchema.optional().meta({
      description:
        "The measure's duty before this change; equal to `duty` only for a renewal (`stage: renewed`).",
    }),
    duty: DutySchema.optional().meta({
      description:
        "The rate the measure itself charges: for a duty charged on top of the ordinary duty, the additional rate (see `baseDuty`).",
    }),
    baseDuty: DutySchema.optional().meta({
      description:
        "The ordinary customs duty (e.g. the MFN rate) that `duty` is charged on top of; the total paid is both.",
    }),
    companyRates: z.array(CompanyRateSchema).optional().meta({
      description:
        "Rates per exporter (trade remedies): named companies, then `other_cooperating` and `all_other`.",
    }),
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
