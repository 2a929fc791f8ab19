import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "./count.js";

describe("formatCount", () => {
  it("groups thousands like toLocaleString('en-US')", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(-12345)).toBe("-12,345");
  });

  it("agrees with Intl on any safe integer and on fractions", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.double({ noNaN: true }), fc.constant(-0)),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
        },
      ),
    );
  });
});
