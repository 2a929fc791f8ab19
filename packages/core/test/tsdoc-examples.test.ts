import { describe, expect, it } from "vitest";
import { extractExamples } from "../../../scripts/tsdoc-examples.js";
import { describeTsdocExamples } from "../../../scripts/tsdoc-examples-suite.js";

describeTsdocExamples("core");

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
