import { describe, expect, test } from "vitest";
import {
  DEFAULT_STATE,
  formatViewState,
  parseViewState,
  type ViewState,
  withFilter,
} from "./view-state.js";

describe("parseViewState", () => {
  test.each<[string, { given: string; want: ViewState }]>([
    ["an empty query is the default state", { given: "", want: DEFAULT_STATE }],
    [
      "view and filters",
      {
        given: "?view=network&actor=antony-blinken&issue=taiwan",
        want: { view: "network", actor: "antony-blinken", issue: "taiwan" },
      },
    ],
    [
      "an unknown view falls back to the timeline",
      { given: "?view=map&actor=wang-yi", want: { view: "timeline", actor: "wang-yi" } },
    ],
    [
      "empty and blank filters are dropped",
      { given: "?actor=&issue=%20", want: { view: "timeline" } },
    ],
    [
      "a period that is a partial date is kept",
      { given: "?period=2024-04", want: { view: "timeline", period: "2024-04" } },
    ],
    [
      "a period that is not a date is dropped",
      { given: "?period=last-week", want: { view: "timeline" } },
    ],
  ])("%s", (_, { given, want }) => {
    expect(parseViewState(given)).toEqual(want);
  });
});

describe("formatViewState", () => {
  test.each<[string, { given: ViewState; want: string }]>([
    ["the default state is the bare URL", { given: DEFAULT_STATE, want: "" }],
    [
      "the timeline is not written",
      { given: { view: "timeline", actor: "wang-yi" }, want: "?actor=wang-yi" },
    ],
    [
      "other views are",
      {
        given: { view: "issues", issue: "taiwan", period: "2024" },
        want: "?view=issues&issue=taiwan&period=2024",
      },
    ],
  ])("%s", (_, { given, want }) => {
    expect(formatViewState(given)).toBe(want);
  });

  test("round-trips through parseViewState", () => {
    const state: ViewState = {
      view: "tariffs",
      actor: "usa",
      issue: "us-china-trade",
      period: "2024-04",
    };
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });
});

describe("withFilter", () => {
  test("sets, replaces and removes one filter, leaving the rest", () => {
    const state: ViewState = { view: "network", actor: "usa" };
    expect(withFilter(state, "issue", "taiwan")).toEqual({
      view: "network",
      actor: "usa",
      issue: "taiwan",
    });
    expect(withFilter(state, "actor", "china")).toEqual({ view: "network", actor: "china" });
    expect(withFilter(state, "actor", undefined)).toEqual({ view: "network" });
  });
});
