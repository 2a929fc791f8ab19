import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import {
  isDefinitelyAfter,
  isDefinitelyBefore,
  type PartialDate,
  PartialDateSchema,
} from "./date.js";
import { reference } from "./reference-field.js";

/** Standard roles an office can have, so offices compare across states and languages. */
export const OFFICE_ROLES = [
  "head_of_state",
  "head_of_government",
  "foreign_minister",
  "defense_minister",
  "finance_minister",
  "trade_minister",
  "minister",
  "deputy_minister",
  "ambassador",
  "envoy",
  "spokesperson",
  "adviser",
  "legislator",
  "party_leader",
  "military_officer",
  "official",
  "other",
] as const;

/** One of {@link OFFICE_ROLES}. */
export type OfficeRole = (typeof OFFICE_ROLES)[number];

/**
 * An office a person holds for a period: "Secretary of State of the United States, from 2021-01-26".
 *
 * @example
 * ```ts
 * OfficeSchema.parse({ title: "Secretary of State", role: "foreign_minister", state: "usa", start: "2021-01-26" });
 * ```
 */
export const OfficeSchema = /* @__PURE__ */ z
  .strictObject({
    title: z
      .string()
      .min(1)
      .meta({
        description:
          "The office's title as commonly written in English, e.g. `Secretary of State`.",
        examples: ["Secretary of State", "President", "Minister of Foreign Affairs"],
      }),
    role: z
      .enum(OFFICE_ROLES)
      .optional()
      .meta({ description: "The office's standard role, for comparison across states." }),
    organization: reference(
      { type: "actor", kinds: ["organization"] },
      "The organisation in which the office is held, e.g. the U.S. Department of State.",
    ).optional(),
    state: reference(
      { type: "actor", kinds: ["state"] },
      "The state the office serves.",
    ).optional(),
    start: PartialDateSchema.optional().meta({
      description: "When the person took office (partial date).",
    }),
    end: PartialDateSchema.optional().meta({
      description: "When the person left office (partial date); absent while the office is held.",
    }),
    sources: CitationsSchema,
  })
  .meta({
    id: "Office",
    title: "Office",
    description: "An office a person holds over a period of time.",
  });

export type { Office } from "./generated/types.js";

/**
 * When an office was held, as its dates are written (`"2021-01-26"`) or already parsed: any
 * {@link Office} is one. An absent `start` or `end` leaves that side of the term open.
 */
export interface OfficeTerm {
  /** When the office was taken up. */
  readonly start?: string | PartialDate | undefined;
  /** When the office was left. */
  readonly end?: string | PartialDate | undefined;
}

/**
 * The offices a person may hold on a date: those whose start is not definitely after the date
 * and whose end is not definitely before it. Partial dates compare by their bounds.
 *
 * Dates may be given as text or parsed (with {@link parsePartialDate}), so that a caller who
 * checks many dates parses each one once.
 *
 * @typeParam O - The offices' type: {@link Office}, or anything else with a start and an end.
 * @param offices - A person's offices.
 * @param date - A partial date, e.g. `2024-04-26` or `2024-04`.
 * @returns The offices possibly held on that date, in their order.
 * @example
 * ```ts
 * const blinken = index.getOf("actor", "antony-blinken");
 * if (blinken?.kind === "person")
 *   officesHeldOn(blinken.offices ?? [], "2024-04-26").map((o) => o.title); // ["Secretary of State"]
 * ```
 */
export function officesHeldOn<O extends OfficeTerm>(
  offices: readonly O[],
  date: string | PartialDate,
): O[] {
  return offices.filter(
    (office) =>
      (office.start === undefined || !isDefinitelyAfter(office.start, date)) &&
      (office.end === undefined || !isDefinitelyBefore(office.end, date)),
  );
}
