import { isDefinitelyBefore, isPartialDate } from "@statecraft/core";
import type { ImportContext, RowRef } from "../../internal/context.js";
import { asText } from "../../internal/json.js";
import type { Term } from "./terms.js";

/** The dates an office takes from a membership, the notes on how, and what it took from its term. */
export interface MembershipDates {
  readonly start: string | undefined;
  readonly end: string | undefined;
  /** Notes on dates left out, in order. */
  readonly notes: string[];
  /** What was taken from the legislative period: `dates`, `start date`, `end date`, or nothing. */
  readonly fromTerm: string | undefined;
}

/** Where a membership is, for its dates: its row, file, legislative period and location. */
export interface MembershipAt {
  readonly row: string;
  readonly file: string;
  readonly termId: string | undefined;
  readonly term: Term | undefined;
  readonly where: RowRef;
}

/** A date Statecraft accepts, else `undefined` with a warning. */
function dateOf(
  value: unknown,
  context: ImportContext,
  where: RowRef,
  what: string,
): string | undefined {
  const text = asText(value);
  if (text === undefined) return undefined;
  if (isPartialDate(text)) return text;
  context.warn(
    "invalid_date",
    "warning",
    `${what} "${text}" is not a date; left out`,
    where,
    `${what}:${text}`,
  );
  return undefined;
}

/**
 * The dates of a membership: its own, else its legislative period's, never one that would make
 * it end before it starts (reported).
 */
export function membershipDates(
  m: Record<string, unknown>,
  at: MembershipAt,
  context: ImportContext,
): MembershipDates {
  const { row, file, termId, term, where: mWhere } = at;
  const ownStart = dateOf(m.start_date, context, mWhere, "membership start date");
  let ownEnd = dateOf(m.end_date, context, mWhere, "membership end date");
  const notes: string[] = [];
  if (ownStart !== undefined && ownEnd !== undefined && isDefinitelyBefore(ownEnd, ownStart)) {
    // Which bound is wrong cannot be told: the office keeps its start and no end.
    context.warn(
      "membership_ends_before_start",
      "warning",
      `${row} ends (${ownEnd}) before it starts (${ownStart}); the office keeps the start date and has no end`,
      mWhere,
      `${file}|${row}`,
    );
    notes.push(`end date ${ownEnd} left out: before the start date`);
    ownEnd = undefined;
  }
  const termStart =
    ownStart === undefined && term?.start && isPartialDate(term.start) ? term.start : undefined;
  const termEnd =
    ownEnd === undefined && term?.end && isPartialDate(term.end) ? term.end : undefined;
  // A membership that ends before its legislative period starts (Estonia: four members
  // elected to the 13th Riigikogu whose seats end on 2015-03-27, three days before it starts)
  // keeps its own date and does not take the period's; likewise a start after the period's end.
  const start =
    ownStart ??
    (termStart && !(ownEnd && isDefinitelyBefore(ownEnd, termStart)) ? termStart : undefined);
  const end =
    ownEnd ??
    (termEnd && !(ownStart && isDefinitelyBefore(termEnd, ownStart)) ? termEnd : undefined);
  if (termStart && start === undefined) {
    context.warn(
      "membership_outside_term",
      "info",
      `memberships that end before their legislative period starts (${row} of ${term?.name}: ends ${ownEnd}, the period starts ${termStart}) keep their own date and do not take the period's start`,
      mWhere,
      `${file}|${termId}|start`,
    );
    notes.push(
      `ends before the legislative period ${term?.name} starts (${termStart}): no start date`,
    );
  }
  if (termEnd && end === undefined) {
    context.warn(
      "membership_outside_term",
      "info",
      `memberships that start after their legislative period ends (${row} of ${term?.name}: starts ${ownStart}, the period ends ${termEnd}) keep their own date and do not take the period's end`,
      mWhere,
      `${file}|${termId}|end`,
    );
    notes.push(`starts after the legislative period ${term?.name} ends (${termEnd}): no end date`);
  }
  const startFromTerm = ownStart === undefined && start !== undefined;
  const endFromTerm = ownEnd === undefined && end !== undefined;
  const fromTerm =
    startFromTerm && endFromTerm
      ? "dates"
      : startFromTerm
        ? "start date"
        : endFromTerm
          ? "end date"
          : undefined;
  if (fromTerm) {
    context.warn(
      "membership_dates_from_term",
      "info",
      `memberships without their own dates take them from their legislative period (${term?.name})`,
      mWhere,
      `${file}|${termId}`,
    );
  }
  return { start, end, notes, fromTerm };
}
