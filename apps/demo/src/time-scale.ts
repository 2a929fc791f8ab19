/**
 * A linear time axis over date bounds: where a date falls (0 to 1), and day, month or year
 * ticks to label it. Dates are epoch milliseconds, as `dateBounds` gives them.
 */

import { MONTHS } from "./format.js";

const DAY = 86_400_000;

/** A labelled tick on the axis. */
export interface Tick {
  /** Epoch ms of the tick. */
  readonly at: number;
  /** Where it falls, 0 to 1. */
  readonly position: number;
  readonly label: string;
  /** Year starts and the first tick carry the year; the others may be hidden on narrow screens. */
  readonly major: boolean;
}

/** A time axis. */
export interface TimeScale {
  readonly start: number;
  readonly end: number;
  /** Where an instant falls, clamped to 0..1. */
  position(at: number): number;
  readonly ticks: readonly Tick[];
}

/** The bounds of a date, as epoch ms; infinite for open or unknown ends. */
export interface Bounds {
  readonly earliest: number;
  readonly latest: number;
}

const MONTH_STEPS = [1, 2, 3, 6, 12] as const;

/**
 * Builds an axis that spans the finite bounds given, with a small margin either side, and
 * ticks at weekly days of the month (spans under three months), at month starts (every 1, 2,
 * 3, 6 or 12 months, at most `maxTicks`) or at years.
 */
export function timeScale(bounds: readonly Bounds[], maxTicks = 14): TimeScale {
  const finite = bounds.flatMap((b) => [b.earliest, b.latest]).filter(Number.isFinite);
  let min = finite.length > 0 ? Math.min(...finite) : Date.UTC(2024, 0, 1);
  let max = finite.length > 0 ? Math.max(...finite) : Date.UTC(2025, 0, 1);
  if (max - min < 30 * DAY) {
    const middle = (min + max) / 2;
    min = middle - 15 * DAY;
    max = middle + 15 * DAY;
  }
  const pad = (max - min) * 0.03;
  const start = min - pad;
  const end = max + pad;
  const position = (at: number) => Math.min(1, Math.max(0, (at - start) / (end - start)));
  return { start, end, position, ticks: monthTicks(start, end, maxTicks, position) };
}

function monthTicks(
  start: number,
  end: number,
  maxTicks: number,
  position: (at: number) => number,
): Tick[] {
  const first = new Date(start);
  const months =
    (new Date(end).getUTCFullYear() - first.getUTCFullYear()) * 12 +
    new Date(end).getUTCMonth() -
    first.getUTCMonth();
  if (months < 3) return dayTicks(start, end, position);
  const step = MONTH_STEPS.find((n) => months / n <= maxTicks);
  if (step === undefined) return yearTicks(start, end, maxTicks, position);
  const ticks: Tick[] = [];
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1; // the first month start after `start`
  if (month === 12) {
    month = 0;
    year++;
  }
  while (month % step !== 0) {
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  for (let at = Date.UTC(year, month, 1); at <= end; at = Date.UTC(year, month, 1)) {
    const major = ticks.length === 0 || month === 0;
    ticks.push({
      at,
      position: position(at),
      label: major ? `${MONTHS[month]} ${year}` : MONTHS[month]!,
      major,
    });
    month += step;
    if (month >= 12) {
      month -= 12;
      year++;
    }
  }
  return ticks;
}

/** Ticks on the 1st, 8th, 15th, 22nd and 29th of each month, for spans of weeks. */
function dayTicks(start: number, end: number, position: (at: number) => number): Tick[] {
  const ticks: Tick[] = [];
  const first = new Date(start);
  for (let at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); at <= end; at += DAY) {
    const date = new Date(at);
    const day = date.getUTCDate();
    if (at < start || (day - 1) % 7 !== 0) continue;
    const major = ticks.length === 0 || day === 1;
    const month = MONTHS[date.getUTCMonth()]!;
    ticks.push({
      at,
      position: position(at),
      label: major ? `${day} ${month}` : String(day),
      major,
    });
  }
  return ticks;
}

function yearTicks(
  start: number,
  end: number,
  maxTicks: number,
  position: (at: number) => number,
): Tick[] {
  const firstYear = new Date(start).getUTCFullYear() + 1;
  const lastYear = new Date(end).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / maxTicks));
  const ticks: Tick[] = [];
  for (let year = firstYear; year <= lastYear; year += step) {
    const at = Date.UTC(year, 0, 1);
    ticks.push({ at, position: position(at), label: String(year), major: true });
  }
  return ticks;
}

/**
 * Periods worth zooming the timeline to, as partial dates: every year the dates touch (when
 * there are several), and every month in which two or more of them start.
 */
export function zoomPeriods(bounds: readonly Bounds[]): string[] {
  const years = new Set<number>();
  const monthStarts = new Map<string, number>();
  for (const b of bounds) {
    for (const at of [b.earliest, b.latest])
      if (Number.isFinite(at)) years.add(new Date(at).getUTCFullYear());
    if (!Number.isFinite(b.earliest)) continue;
    const start = new Date(b.earliest);
    const month = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
    monthStarts.set(month, (monthStarts.get(month) ?? 0) + 1);
  }
  const periods = years.size > 1 ? [...years].map(String) : [];
  for (const [month, count] of monthStarts) if (count >= 2) periods.push(month);
  return periods.sort();
}
