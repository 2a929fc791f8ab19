import { dateBounds } from "@statecraft/core";
import { describe, expect, test } from "vitest";
import { timeScale, zoomPeriods } from "./time-scale.js";

describe("timeScale", () => {
  test("spans the bounds with a margin and orders positions by time", () => {
    const scale = timeScale([
      dateBounds("2023-06-17/2023-06-19"),
      dateBounds("2024-04-24/2024-04-26"),
    ]);
    const first = scale.position(dateBounds("2023-06-17").earliest);
    const last = scale.position(dateBounds("2024-04-26").latest);
    expect(first).toBeGreaterThan(0);
    expect(last).toBeLessThan(1);
    expect(scale.position(dateBounds("2024-01-01").earliest)).toBeGreaterThan(first);
    expect(scale.position(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(scale.position(Number.POSITIVE_INFINITY)).toBe(1);
  });

  test("ticks at month starts over a year, with the year on January and the first tick", () => {
    const scale = timeScale([dateBounds("2023-06-17"), dateBounds("2024-04-26")]);
    expect(scale.ticks.map((t) => t.label)).toEqual([
      "Jul 2023",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan 2024",
      "Feb",
      "Mar",
      "Apr",
      "May",
    ]); // the margin after 26 April reaches 1 May
    expect(scale.ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      "Jul 2023",
      "Jan 2024",
    ]);
    for (const [i, tick] of scale.ticks.entries())
      if (i > 0) expect(tick.position).toBeGreaterThan(scale.ticks[i - 1]!.position);
  });

  test("steps months further apart, then years, as the span grows", () => {
    const months = timeScale([dateBounds("2020-01/2023-06")], 14).ticks;
    expect(months.length).toBeLessThanOrEqual(14);
    expect(months.every((t) => /^(Jan|Apr|Jul|Oct)/.test(t.label))).toBe(true);
    const years = timeScale([dateBounds("1990/2024")], 14).ticks;
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(years.length).toBeLessThanOrEqual(14);
  });

  test("ticks weekly within a month", () => {
    const scale = timeScale([dateBounds("2024-04")]);
    expect(scale.ticks.map((t) => t.label)).toEqual(["1 Apr", "8", "15", "22", "29", "1 May"]);
  });

  test("widens a single day to a month so it can be drawn", () => {
    const scale = timeScale([dateBounds("2024-04-02")]);
    expect(scale.end - scale.start).toBeGreaterThanOrEqual(30 * 86_400_000);
  });

  test("an axis without finite dates still has a range", () => {
    const scale = timeScale([
      { earliest: Number.NEGATIVE_INFINITY, latest: Number.POSITIVE_INFINITY },
    ]);
    expect(scale.end).toBeGreaterThan(scale.start);
  });
});

describe("zoomPeriods", () => {
  test("offers each year touched and each month in which two or more dates start", () => {
    const dates = [
      "2023-06-17/2023-06-19",
      "2023-11-15",
      "2024-04-02",
      "2024-04-11",
      "2024-04-24/2024-04-26",
    ];
    expect(zoomPeriods(dates.map((d) => dateBounds(d)))).toEqual(["2023", "2024", "2024-04"]);
  });

  test("offers no year when all dates fall in one", () => {
    expect(zoomPeriods([dateBounds("2024-04-02"), dateBounds("2024-05-01")])).toEqual([]);
  });
});
