import { describe, expect, it } from "vitest";
import { isOfficeNamed, officesHeldOn, officesOverlap } from "./office.js";

// Charles III: Prince of Wales until the day he became King (2022-09-08).
const princeOfWales = { title: "Prince of Wales", start: "1958-07-26", end: "2022-09-08" };
const king = { title: "King of Canada", start: "2022-09-08" };

describe("both ends of a term are inclusive", () => {
  it("officesHeldOn gives both offices on a handover day, and only one on either side", () => {
    const offices = [princeOfWales, king];
    expect(officesHeldOn(offices, "2022-09-08").map((o) => o.title)).toEqual([
      "Prince of Wales",
      "King of Canada",
    ]);
    expect(officesHeldOn(offices, "2022-09-07").map((o) => o.title)).toEqual(["Prince of Wales"]);
    expect(officesHeldOn(offices, "2022-09-09").map((o) => o.title)).toEqual(["King of Canada"]);
  });

  it("officesOverlap does not count a handover day as an overlap, in either order", () => {
    expect(officesOverlap(princeOfWales, king)).toBe(false);
    expect(officesOverlap(king, princeOfWales)).toBe(false);
  });

  it("officesOverlap counts a day more, open ends, and partial dates that may overlap", () => {
    expect(officesOverlap({ ...princeOfWales, end: "2022-09-09" }, king)).toBe(true);
    expect(officesOverlap({}, king)).toBe(true);
    expect(officesOverlap({ end: "2022-09" }, { start: "2022-09-08" })).toBe(true);
    expect(officesOverlap({ end: "2022-08" }, { start: "2022-09" })).toBe(false);
    expect(officesOverlap({ end: "2022-09-08T10:00:00Z" }, { start: "2022-09-08" })).toBe(false);
  });

  it("a one-day office overlaps an office running through that day", () => {
    expect(officesOverlap({ start: "2024-01-05", end: "2024-01-05" }, { start: "2024" })).toBe(
      true,
    );
  });
});

describe("isOfficeNamed", () => {
  const office = {
    title: "Minister of Foreign Affairs",
    alternateTitles: ["Foreign Minister"],
    role: "foreign_minister",
  } as const;

  it.each([
    ["the title", "Minister of Foreign Affairs", true],
    ["the title, case and spaces aside", "  minister of  foreign affairs ", true],
    ["an alternate title", "Foreign Minister", true],
    ["the role in words", "foreign minister", true],
    ["the role as written", "foreign_minister", true],
    ["another title", "Prime Minister", false],
  ])("matches %s", (_, capacity, want) => {
    expect(isOfficeNamed(office, capacity)).toBe(want);
  });

  it("never matches the catch-all role `other`", () => {
    expect(isOfficeNamed({ title: "Prince of Wales", role: "other" }, "other")).toBe(false);
  });
});
