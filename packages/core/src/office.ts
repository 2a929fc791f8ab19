import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import {
  dateBounds,
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
  "deputy_head_of_government",
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
 * Why an office may be held at the same time as an office serving another state:
 * `personal_union` (one monarch reigns over several realms: Charles III is King of the United
 * Kingdom and King of Canada), `ex_officio` (the office comes with another one: the President of
 * France is Co-Prince of Andorra).
 */
export const CONCURRENCY_BASES = ["personal_union", "ex_officio"] as const;

/** One of {@link CONCURRENCY_BASES}. */
export type ConcurrencyBasis = (typeof CONCURRENCY_BASES)[number];

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
    alternateTitles: z
      .array(z.string().min(1))
      .optional()
      .meta({
        description:
          "Other titles of the office, e.g. `Foreign Minister` for `Minister of Foreign Affairs`. A participant's `capacity` may name any of them.",
        examples: [["Foreign Minister"]],
      }),
    role: z.enum(OFFICE_ROLES).optional().meta({
      description:
        "The office's standard role, for comparison across states. A participant's `capacity` may name it in words (`foreign minister`).",
    }),
    organization: reference(
      { type: "actor", kinds: ["organization"] },
      "The organisation in which the office is held, e.g. the U.S. Department of State.",
    ).optional(),
    state: reference(
      { type: "actor", kinds: ["state"] },
      "The state the office serves.",
    ).optional(),
    concurrency: z.enum(CONCURRENCY_BASES).optional().meta({
      description:
        "Why the office may be held together with offices serving other states: `personal_union` or `ex_officio`. Without it, `incompatible_offices` reports two overlapping offices of different states.",
    }),
    start: PartialDateSchema.optional().meta({
      description: "The first day in office (partial date).",
    }),
    end: PartialDateSchema.optional().meta({
      description:
        "The last day in office (partial date, inclusive: the office is held on that day); absent while the office is held. An office that ends on the day another starts hands over to it: the two do not overlap.",
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
 * and whose end is not definitely before it. Partial dates compare by their bounds. Both ends of a
 * term are inclusive: on the day one office ends and another starts (a handover, such as
 * 2022-09-08 for Charles III), both are returned.
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

const DAY = 86_400_000;

/** The first instant of the last day a term may run to (`Infinity` when it is open). */
function lastDayStart(end: string | PartialDate | undefined): number {
  if (end === undefined) return Number.POSITIVE_INFINITY;
  const { latest } = dateBounds(end);
  return latest === Number.POSITIVE_INFINITY ? latest : Math.floor(latest / DAY) * DAY;
}

/**
 * Whether two terms of office may have run at the same time on some day other than a handover
 * day. Both ends of a term are inclusive, but an office that ends on the day another starts
 * hands over to it (Charles III stopped being Prince of Wales and became King on 2022-09-08):
 * that shared day alone is not an overlap. Open ends run forever; partial dates count as
 * overlapping when they may.
 *
 * @param a - A term of office.
 * @param b - Another term of office.
 * @returns `true` when the terms may have overlapped by more than a handover day.
 * @example
 * ```ts
 * officesOverlap({ start: "1958-07-26", end: "2022-09-08" }, { start: "2022-09-08" }); // false
 * officesOverlap({ start: "2017-05-14" }, { start: "2022-05-13" }); // true
 * ```
 */
export function officesOverlap(a: OfficeTerm, b: OfficeTerm): boolean {
  const aStart = a.start === undefined ? Number.NEGATIVE_INFINITY : dateBounds(a.start).earliest;
  const bStart = b.start === undefined ? Number.NEGATIVE_INFINITY : dateBounds(b.start).earliest;
  return aStart < lastDayStart(b.end) && bStart < lastDayStart(a.end);
}

/** How a capacity, a title or a role compare: case, spacing and underscores aside. */
function normalizeTitle(text: string): string {
  return text.trim().toLowerCase().replaceAll("_", " ").replace(/\s+/g, " ");
}

/**
 * Whether a participant's `capacity` names an office: its `title`, one of its `alternateTitles`,
 * or its `role` in words (`foreign minister` for `foreign_minister`), ignoring case, repeated
 * spaces and surrounding space.
 *
 * @param office - The office (its title, alternate titles and role).
 * @param capacity - The capacity, as written in a participant.
 * @returns `true` when the capacity names the office.
 * @example
 * ```ts
 * const office = { title: "Minister of Foreign Affairs", alternateTitles: ["Foreign Minister"], role: "foreign_minister" } as const;
 * isOfficeNamed(office, "Foreign Minister"); // true
 * isOfficeNamed(office, "foreign minister"); // true (by role)
 * isOfficeNamed(office, "Prime Minister"); // false
 * ```
 */
export function isOfficeNamed(
  office: {
    readonly title: string;
    readonly alternateTitles?: readonly string[] | undefined;
    readonly role?: string | undefined;
  },
  capacity: string,
): boolean {
  if (office.title === capacity) return true;
  const wanted = normalizeTitle(capacity);
  if (normalizeTitle(office.title) === wanted) return true;
  if (office.alternateTitles?.some((title) => normalizeTitle(title) === wanted)) return true;
  return (
    office.role !== undefined && office.role !== "other" && normalizeTitle(office.role) === wanted
  );
}
