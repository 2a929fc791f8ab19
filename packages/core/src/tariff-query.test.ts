import { describe, expect, it } from "vitest";
import { type Tariff, TariffSchema } from "./tariff.js";
import { dutyInForce } from "./tariff-query.js";

const base = {
  id: "t",
  type: "tariff",
  measure: "retaliatory_tariff",
  status: "in_force",
  title: "List 1",
  imposer: "china",
  targets: ["usa"],
} as const;
const pct = (rate: number) => ({ kind: "ad_valorem", rate }) as const;

const phased: Tariff = TariffSchema.parse({
  ...base,
  priorDuty: pct(5),
  schedule: [
    { date: "2019-06-01", duty: pct(25) },
    { date: "2018-09-24", duty: pct(10) },
  ],
  dates: { suspended: "2020-02" },
});

describe("dutyInForce", () => {
  it.each([
    ["before any phase: the prior duty", phased, "2018-09-23", pct(5)],
    ["on the first phase's day", phased, "2018-09-24", pct(10)],
    ["between phases (schedule given out of order)", phased, "2019-01", pct(10)],
    ["on the second phase", phased, "2019-06-01", pct(25)],
    ["a month that a phase starts on the first day of", phased, "2019-06", pct(25)],
    [
      "a month with a phase starting mid-month: the earlier phase",
      TariffSchema.parse({
        ...base,
        priorDuty: pct(5),
        schedule: [{ date: "2019-06-15", duty: pct(25) }],
      }),
      "2019-06",
      pct(5),
    ],
    ["after suspension", phased, "2020-03-01", undefined],
    ["once suspension month is over", phased, "2021", undefined],
    [
      "without schedule, after effective date",
      TariffSchema.parse({
        ...base,
        priorDuty: pct(0),
        duty: pct(15),
        dates: { effective: "2019-09-01" },
      }),
      "2019-09-02",
      pct(15),
    ],
    [
      "without schedule, before effective date",
      TariffSchema.parse({
        ...base,
        priorDuty: pct(0),
        duty: pct(15),
        dates: { effective: "2019-09-01" },
      }),
      "2019-08",
      pct(0),
    ],
    [
      "without any dates: nothing known",
      TariffSchema.parse({ ...base, duty: pct(15) }),
      "2019-08",
      undefined,
    ],
    [
      "removed",
      TariffSchema.parse({
        ...base,
        duty: pct(15),
        dates: { effective: "2019", removed: "2020-01-01" },
      }),
      "2020-06-01",
      undefined,
    ],
  ])("%s", (_name, tariff, date, want) => {
    expect(dutyInForce(tariff, date)).toEqual(want);
  });
});
