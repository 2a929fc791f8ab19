import { describe, expect, it } from "vitest";
import { parsePartialDate } from "./date.js";
import { isHsCode } from "./hs-code.js";
import { StatecraftCoreError, StatecraftError } from "./statecraft-error.js";

describe("StatecraftCoreError", () => {
  it.each([
    ["an invalid date", () => parsePartialDate("21 April 2024"), "invalid_date"],
    [
      "an unsupported HS edition",
      () => isHsCode("72", "2017" as never),
      "unsupported_nomenclature",
    ],
  ])("is thrown for %s, with its stable code and name", (_, call, code) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StatecraftCoreError);
    expect(caught).toBeInstanceOf(StatecraftError);
    expect(caught).toMatchObject({ code, name: "StatecraftCoreError" });
  });
});
