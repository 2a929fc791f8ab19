import { beforeAll, describe, expect, test } from "vitest";
import { EXAMPLE_FILES } from "./example.js";
import { type PreparedDataset, preparedDataset } from "./prepared-dataset.js";
import { issueFamily, select } from "./selection.js";
import { validateFiles } from "./validation.js";

let index: PreparedDataset;

beforeAll(async () => {
  const result = await validateFiles(EXAMPLE_FILES);
  expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  index = preparedDataset(result.records);
});

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe("select", () => {
  test("without filters, everything, meetings in date order", () => {
    const all = select(index, {});
    expect(all.meetings).toHaveLength(index.ofType("meeting").length);
    expect(all.issues).toHaveLength(index.ofType("issue").length);
    expect(all.tariffs).toHaveLength(index.ofType("tariff").length);
    expect(all.meetings[0]?.id).toBe("blinken-china-visit-2023-06");
  });

  test("an actor keeps the meetings they take part in, their positions and tariffs naming them", () => {
    const blinken = select(index, { actor: "antony-blinken" });
    for (const meeting of blinken.meetings)
      expect(meeting.participants.map((p) => p.actor)).toContain("antony-blinken");
    expect(ids(blinken.meetings)).toContain("blinken-shanghai-2024-04");
    expect(ids(blinken.meetings)).not.toContain("biden-xi-call-2024-04");
    const positions = blinken.issues.flatMap((i) => i.positions);
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) expect([p.actor, p.target]).toContain("antony-blinken");
    expect(blinken.tariffs).toEqual([]);
  });

  test("a state also selects the meetings it is represented at, and tariffs it imposes or is targeted by", () => {
    const china = select(index, { actor: "china" });
    expect(ids(china.meetings)).toContain("biden-xi-call-2024-04"); // Xi represents China
    expect(ids(china.tariffs)).toEqual(["us-section-301-steel-aluminum-2024"]);
    const positions = china.issues.flatMap((i) => i.positions);
    expect(positions.some((p) => p.actor === "china")).toBe(true);
    expect(positions.some((p) => p.target === "china")).toBe(true);
  });

  test("an issue keeps itself and its sub-issues, and the meetings raising them (a trip raises its legs' issues)", () => {
    expect([...issueFamily(index, "middle-east")].sort()).toEqual([
      "iran-escalation",
      "israel-hamas-war",
      "middle-east",
    ]);
    const middleEast = select(index, { issue: "middle-east" });
    expect(middleEast.issues.map((i) => i.issue.id).sort()).toEqual([
      "iran-escalation",
      "israel-hamas-war",
      "middle-east",
    ]);
    expect(ids(middleEast.meetings)).toContain("blinken-wang-yi-calls-2023-2024"); // via iran-escalation
    expect(ids(middleEast.meetings)).toContain("blinken-china-visit-2024-04");
    expect(ids(middleEast.meetings)).not.toContain("biden-xi-summit-2023-11");
    expect(middleEast.tariffs).toEqual([]);
  });

  test("filters combine", () => {
    const both = select(index, { actor: "wang-yi", issue: "iran-escalation" });
    expect(ids(both.meetings)).toEqual(["blinken-wang-yi-calls-2023-2024"]);
  });

  test("an unknown id selects nothing", () => {
    const none = select(index, { actor: "nobody" });
    expect(none.meetings).toEqual([]);
    expect(none.issues).toEqual([]);
    expect(none.tariffs).toEqual([]);
  });
});
