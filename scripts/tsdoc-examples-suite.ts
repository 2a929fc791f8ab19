/**
 * The vitest suite each library runs over its own `@example` blocks (see `tsdoc-examples.ts`):
 * they compile, and every function its entry points export has one.
 *
 * @module
 */
import { describe, expect, it } from "vitest";
import { checkExamples, formatFailures, functionsWithoutExample } from "./tsdoc-examples.ts";

/**
 * Declares the suite for one package.
 *
 * @param pkg - The package's folder name under `packages/`, e.g. `core`.
 */
export function describeTsdocExamples(pkg: string): void {
  describe("the @example blocks of the TSDoc comments in src/", () => {
    // One TypeScript program over the examples and the sources they use: seconds, not milliseconds.
    it("compile against the package's entry points", { timeout: 180_000 }, () => {
      const { examples, failures } = checkExamples(pkg);
      expect(examples).toBeGreaterThan(0);
      expect(formatFailures(failures)).toBe("");
    });

    it("document every function the entry points export", { timeout: 180_000 }, () => {
      expect(functionsWithoutExample(pkg)).toEqual([]);
    });
  });
}
