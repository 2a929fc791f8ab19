import { describe, expect, test } from "vitest";
import { attendanceLabel, dutyLabel, exporterLabel, formatDate, plural, words } from "./format.js";

describe("labels for issue 14's constructs", () => {
  test("attendance with its mode", () => {
    expect(attendanceLabel({ attendance: "attended", attendanceMode: "remote" })).toBe(
      "attended remotely",
    );
    expect(attendanceLabel({ attendance: "attended", attendanceMode: "in_person" })).toBe(
      "attended in person",
    );
    expect(attendanceLabel({ attendance: "postponed" })).toBe("postponed");
  });

  test("a duty on top of the ordinary duty (Canada's surtax on Chinese EVs)", () => {
    const pct = (rate: number) => ({ kind: "ad_valorem", rate }) as const;
    expect(dutyLabel(pct(100), pct(6.1))).toBe("100% on top of 6.1%");
    expect(dutyLabel(pct(100))).toBe("100%");
  });

  test("company rates: a named exporter, the residual groups", () => {
    const duty = { kind: "ad_valorem", rate: 17 } as const;
    const nameOf = (id: string) => (id === "byd" ? "BYD" : id);
    expect(exporterLabel({ exporter: "byd", duty }, nameOf)).toBe("BYD");
    expect(exporterLabel({ exporters: "other_cooperating", duty }, nameOf)).toBe(
      "all other cooperating companies",
    );
    expect(exporterLabel({ exporters: "all_other", duty }, nameOf)).toBe("all other companies");
  });
});

describe("formatDate", () => {
  test.each<[string, { given: string; want: string }]>([
    ["a day", { given: "2024-04-24", want: "24 Apr 2024" }],
    ["a month", { given: "2024-04", want: "Apr 2024" }],
    ["a year", { given: "2024", want: "2024" }],
    ["days in one month", { given: "2024-04-24/2024-04-26", want: "24–26 Apr 2024" }],
    [
      "days across months of a year",
      { given: "2024-04-02/2024-05-21", want: "2 Apr – 21 May 2024" },
    ],
    ["days across years", { given: "2023-10-07/2024-04-21", want: "7 Oct 2023 – 21 Apr 2024" }],
    ["months in one year", { given: "2024-04/2024-06", want: "Apr – Jun 2024" }],
    ["years", { given: "2023/2024", want: "2023 – 2024" }],
    ["an open end", { given: "2024-04/..", want: "from Apr 2024" }],
    ["an unknown start", { given: "/2024", want: "until 2024" }],
    ["approximate", { given: "2024-04~", want: "c. Apr 2024" }],
    ["uncertain", { given: "2024?", want: "2024?" }],
    ["unspecified digits are kept as written", { given: "2024-XX", want: "2024-XX" }],
    ["a date-time in UTC", { given: "2024-04-24T10:30Z", want: "24 Apr 2024, 10:30 UTC" }],
    [
      "a date-time with an offset",
      { given: "2024-04-24T10:30:00+08:00", want: "24 Apr 2024, 10:30 +08:00" },
    ],
    ["text that is not a date", { given: "next week", want: "next week" }],
  ])("%s", (_, { given, want }) => {
    expect(formatDate(given)).toBe(want);
  });
});

test("words and plural", () => {
  expect(words("red_line")).toBe("red line");
  expect(plural(1, "meeting")).toBe("1 meeting");
  expect(plural(3, "meeting")).toBe("3 meetings");
  expect(plural(2, "category", "categories")).toBe("2 categories");
});
