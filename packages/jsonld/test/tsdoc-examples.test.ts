import { describe, expect, it } from "vitest";
import {
  checkExamples,
  formatFailures,
  functionsWithoutExample,
} from "../../../scripts/tsdoc-examples.js";

describe("the @example blocks of the TSDoc comments in src/", () => {
  // One TypeScript program over the examples and the sources they use: seconds, not milliseconds.
  it("compile against the package's entry points", { timeout: 180_000 }, () => {
    const { examples, failures } = checkExamples("jsonld");
    expect(examples).toBeGreaterThan(0);
    expect(formatFailures(failures)).toBe("");
  });

  it("document every function the entry points export", { timeout: 180_000 }, () => {
    expect(functionsWithoutExample("jsonld")).toEqual([]);
  });
});
