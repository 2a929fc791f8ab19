// The real engagements of examples/real-engagements (issue 14): facts the seed story did not need,
// read back through the query helpers.
import { beforeAll, describe, expect, it } from "vitest";
import {
  CompanyRateSchema,
  childMeetings,
  createDatasetIndex,
  type DatasetIndex,
  officesHeldOn,
  TariffSchema,
  tariffsOnProduct,
} from "../src/index.js";
import { loadExample, REAL_ENGAGEMENTS_DIR } from "../src/test-utils/example.js";

let index: DatasetIndex;
beforeAll(() => {
  index = createDatasetIndex(loadExample(REAL_ENGAGEMENTS_DIR));
});

describe("the real engagements", () => {
  it("on 2022-09-08, Charles III was Prince of Wales and King of both realms (a handover day)", () => {
    const charles = index.getOf("actor", "charles-iii");
    if (charles?.kind !== "person") throw new Error("charles-iii is a person");
    expect(officesHeldOn(charles.offices ?? [], "2022-09-08").map((o) => o.title)).toEqual([
      "Prince of Wales",
      "King of the United Kingdom",
      "King of Canada",
    ]);
    expect(officesHeldOn(charles.offices ?? [], "2022-09-09").map((o) => o.concurrency)).toEqual([
      "personal_union",
      "personal_union",
    ]);
  });

  it("lists the Lima bilateral among the legs of Biden's trip (parent) and of the APEC week (partOf)", () => {
    expect(childMeetings(index, "biden-trip-peru-brazil-2024-11").map((m) => m.id)).toEqual([
      "biden-xi-lima-2024-11",
    ]);
    expect(childMeetings(index, "apec-leaders-2024").map((m) => m.id)).toEqual([
      "biden-xi-lima-2024-11",
    ]);
  });

  it("links the postponed trip to the one held instead", () => {
    const postponed = index.getOf("meeting", "blinken-china-trip-2023-02");
    expect(postponed?.rescheduledAs).toBe("blinken-china-trip-2023-06");
    expect(postponed?.participants.map((p) => p.attendance)).toEqual(["postponed", "postponed"]);
  });

  it("keeps the definitive EU duties' company rates and the provisional stage they supersede", () => {
    const definitive = index.getOf("tariff", "eu-cvd-bev-china-2024");
    expect(definitive?.stage).toBe("definitive");
    expect(index.getOf("tariff", definitive?.supersedes ?? "")?.stage).toBe("provisional");
    expect(
      definitive?.companyRates?.map((r) => [
        r.exporter ?? r.exporters,
        r.duty.kind === "ad_valorem" && r.duty.rate,
      ]),
    ).toEqual([
      ["byd", 17],
      ["geely", 18.8],
      ["saic", 35.3],
      ["tesla-shanghai", 7.8],
      ["other_cooperating", 20.7],
      ["all_other", 35.3],
    ]);
  });
});

describe("company rates", () => {
  it("name an exporter or a group of exporters, not both and not neither", () => {
    const duty = { kind: "ad_valorem", rate: 17 } as const;
    expect(CompanyRateSchema.safeParse({ exporter: "byd", duty }).success).toBe(true);
    expect(CompanyRateSchema.safeParse({ exporters: "all_other", duty }).success).toBe(true);
    expect(
      CompanyRateSchema.safeParse({ exporter: "byd", exporters: "all_other", duty }).success,
    ).toBe(false);
    expect(CompanyRateSchema.safeParse({ duty }).success).toBe(false);
  });
});

describe("product exclusions", () => {
  it("leave the excluded products out of tariffsOnProduct, and keep the rest of the measure", () => {
    const tariff = TariffSchema.parse({
      id: "t",
      type: "tariff",
      measure: "additional_tariff",
      status: "in_force",
      title: "Steel",
      imposer: "usa",
      targets: ["china"],
      products: [{ scheme: "HS", version: "2022", code: "7208" }],
      excludedProducts: [{ scheme: "HS", version: "2022", code: "720810" }],
    });
    const products = createDatasetIndex([tariff]);
    expect(tariffsOnProduct(products, "720825").map((t) => t.id)).toEqual(["t"]);
    expect(tariffsOnProduct(products, "720810").map((t) => t.id)).toEqual([]);
    expect(tariffsOnProduct(products, "7208").map((t) => t.id)).toEqual(["t"]);
  });
});
