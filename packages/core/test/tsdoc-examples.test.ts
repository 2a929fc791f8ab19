import { describe, expect, it } from "vitest";
import {
  checkExamples,
  extractExamples,
  formatFailures,
  functionsWithoutExample,
} from "../../../scripts/tsdoc-examples.js";

describe("the @example blocks of the TSDoc comments in src/", () => {
  // One TypeScript program over the examples and the sources they use: seconds, not milliseconds.
  it("compile against the package's entry points", { timeout: 180_000 }, () => {
    const { examples, failures } = checkExamples("core");
    expect(examples).toBeGreaterThan(0);
    expect(formatFailures(failures)).toBe("");
  });

  it("document every function the entry points export", { timeout: 180_000 }, () => {
    expect(functionsWithoutExample("core")).toEqual([]);
  });
});

describe("extractExamples", () => {
  const source = [
    "/**",
    " * Adds.",
    " *",
    " * ```ts",
    " * notAnExample();",
    " * ```",
    " * @example",
    " * ```ts",
    " * add(1, 2); // 3",
    " * ```",
    " * @remarks",
    " * ```ts",
    " * notAnExampleEither();",
    " * ```",
    " */",
    "export function add(a: number, b: number): number { return a + b; }",
  ].join("\n");

  it("takes the ```ts blocks of @example tags only, with their line in the file", () => {
    expect(extractExamples("add.ts", source)).toEqual([
      { file: "add.ts", line: 9, code: "add(1, 2); // 3" },
    ]);
  });
});
