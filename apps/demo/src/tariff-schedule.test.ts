import { type Tariff, TariffSchema } from "@statecraft/core";
import { describe, expect, test } from "vitest";
import { percentOf, rateSchedule } from "./tariff-schedule.js";

const base = {
  id: "t",
  type: "tariff",
  measure: "additional_tariff",
  status: "in_force",
  title: "A tariff",
  imposer: "usa",
  targets: ["china"],
} as const;
const tariff = (extra: Partial<Tariff>): Tariff => TariffSchema.parse({ ...base, ...extra });

describe("rateSchedule", () => {
  test("the prior rate, then each phase in date order, with lifecycle events in date order", () => {
    const schedule = rateSchedule(
      tariff({
        priorDuty: { kind: "ad_valorem", rate: 7.5 },
        duty: { kind: "ad_valorem", rate: 50 },
        schedule: [
          { date: "2026-01-01", duty: { kind: "ad_valorem", rate: 50 } },
          { date: "2024-09-27", duty: { kind: "ad_valorem", rate: 25 }, label: "First step" },
        ],
        dates: { effective: "2024-09-27", requested: "2024-04-17" },
      }),
    );
    expect(schedule.steps.map((s) => [s.from, percentOf(s.duty), s.label])).toEqual([
      [undefined, 7.5, "Before the measure"],
      ["2024-09-27", 25, "First step"],
      ["2026-01-01", 50, "Phase"],
    ]);
    expect(schedule.events).toEqual([
      { date: "2024-04-17", kind: "requested" },
      { date: "2024-09-27", kind: "effective" },
    ]);
    expect(schedule.ends).toBeUndefined();
  });

  test("without phases, the new rate starts on the effective date", () => {
    const schedule = rateSchedule(
      tariff({ duty: { kind: "ad_valorem", rate: 25 }, dates: { effective: "2024-09" } }),
    );
    expect(schedule.steps).toEqual([
      { from: "2024-09", duty: { kind: "ad_valorem", rate: 25 }, label: "New rate" },
    ]);
  });

  test("a removed tariff ends on its removal date", () => {
    expect(
      rateSchedule(tariff({ dates: { removed: "2025-01-01", suspended: "2024-12" } })).ends,
    ).toBe("2025-01-01");
  });

  test("a specific duty has no percentage", () => {
    expect(
      percentOf({ kind: "specific", amount: 0.5, currency: "USD", unit: "kg" }),
    ).toBeUndefined();
    expect(
      percentOf({ kind: "compound", rate: 10, amount: 0.5, currency: "USD", unit: "kg" }),
    ).toBe(10);
  });
});
