import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readHsRows } from "../scripts/reference/hs-codes.js";
import { HS_2022_CHAPTERS, HS_2022_CODES } from "./generated/hs-2022.js";
import { HS_2022_DESCRIPTIONS } from "./generated/hs-2022-descriptions.js";
import { describeHsCode } from "./hs.js";
import {
  HS_NOMENCLATURE_VERSIONS,
  type HsNomenclatureVersion,
  hs2022Codes,
  hsCodeLevel,
  hsParent,
  isHsCode,
  normalizeHsCode,
} from "./hs-code.js";
import { decodeHsCodes, encodeHsCodes } from "./hs-code-table.js";
import { StatecraftCoreError } from "./statecraft-error.js";

const HS_2022_HEADINGS = hs2022Codes(4);
const HS_2022_SUBHEADINGS = hs2022Codes(6);

describe("HS 2022 code set", () => {
  it("decodes from its compact form to exactly the vendored CSV's headings and subheadings", () => {
    const rows = readHsRows();
    const codes = (level: number) =>
      rows
        .filter((r) => r.level === level)
        .map((r) => r.code)
        .join("");
    expect(HS_2022_HEADINGS).toBe(codes(4));
    expect(HS_2022_SUBHEADINGS).toBe(codes(6));
    expect(HS_2022_CODES.length).toBeLessThan(12_000);
  });

  it("round-trips any ascending headings and subheadings through the compact form", () => {
    const lists = fc
      .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 40 })
      .chain((numbers) => {
        const headings = numbers.sort((a, b) => a - b).map((n) => String(n).padStart(4, "0"));
        return fc
          .array(fc.tuple(fc.constantFrom(...headings), fc.integer({ min: 0, max: 99 })), {
            maxLength: 80,
          })
          .map((pairs) => ({
            headings,
            subheadings: [...new Set(pairs.map(([h, s]) => h + String(s).padStart(2, "0")))].sort(),
          }));
      });
    fc.assert(
      fc.property(lists, ({ headings, subheadings }) => {
        expect(decodeHsCodes(encodeHsCodes(headings, subheadings))).toEqual({
          headings: headings.join(""),
          subheadings: subheadings.join(""),
        });
      }),
    );
  });

  it("has 96 chapters, 1,228 headings and 5,612 subheadings (chapter 99 left out)", () => {
    expect(HS_2022_CHAPTERS.length / 2).toBe(96);
    expect(HS_2022_HEADINGS.length / 4).toBe(1228);
    expect(HS_2022_SUBHEADINGS.length / 6).toBe(5612);
  });

  it("stays small enough for the main bundle", () => {
    expect(
      HS_2022_CHAPTERS.length + HS_2022_HEADINGS.length + HS_2022_SUBHEADINGS.length,
    ).toBeLessThan(60_000);
  });

  it("is hierarchical: every heading's chapter and every subheading's heading exist", () => {
    for (let i = 0; i < HS_2022_SUBHEADINGS.length; i += 6) {
      const code = HS_2022_SUBHEADINGS.slice(i, i + 6);
      expect(isHsCode(code.slice(0, 4)), code).toBe(true);
    }
    for (let i = 0; i < HS_2022_HEADINGS.length; i += 4) {
      const code = HS_2022_HEADINGS.slice(i, i + 4);
      expect(isHsCode(code.slice(0, 2)), code).toBe(true);
    }
  });
});

/** Every code of one width, split out of its concatenated list. */
function split(codes: string, width: number): string[] {
  return Array.from({ length: codes.length / width }, (_, i) =>
    codes.slice(i * width, i * width + width),
  );
}

describe("isHsCode", () => {
  it("searches lists that are in strictly ascending order", () => {
    for (const [codes, width] of [
      [HS_2022_CHAPTERS, 2],
      [HS_2022_HEADINGS, 4],
      [HS_2022_SUBHEADINGS, 6],
    ] as const) {
      const list = split(codes, width);
      for (let i = 1; i < list.length; i++) expect(list[i]! > list[i - 1]!, list[i]).toBe(true);
    }
  });

  it("agrees with membership in the code lists for any 2, 4 or 6 digits", () => {
    const all = new Set([
      ...split(HS_2022_CHAPTERS, 2),
      ...split(HS_2022_HEADINGS, 4),
      ...split(HS_2022_SUBHEADINGS, 6),
    ]);
    for (const code of all) expect(isHsCode(code), code).toBe(true);
    const digits = (n: number) =>
      fc
        .array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n })
        .map((d) => d.join(""));
    fc.assert(
      fc.property(fc.oneof(digits(2), digits(4), digits(6)), (code) => {
        expect(isHsCode(code)).toBe(all.has(code));
      }),
      { seed: 2022, numRuns: 5_000 },
    );
  });

  it.each(["01", "72", "97", "0101", "7208", "010121", "720810", "151800"])(
    "accepts %s",
    (code) => {
      expect(isHsCode(code)).toBe(true);
      expect(isHsCode(code, "2022")).toBe(true);
    },
  );

  it.each([
    ["77", "reserved chapter"],
    ["98", "national-use chapter"],
    ["99", "national-use chapter (UN Comtrade's 'not specified')"],
    ["999999", "UN Comtrade's 'not specified'"],
    ["851712", "pre-2022 subheading"],
    ["810790", "pre-2022 subheading"],
    ["854140", "pre-2022 subheading"],
    ["7208.10", "dotted form (normalize first)"],
    ["72081000", "8-digit national line"],
    ["720", "odd length"],
    ["", "empty"],
    ["TOTAL", "the CSV's synthetic root"],
  ])("rejects %j (%s)", (code) => {
    expect(isHsCode(code)).toBe(false);
  });

  it("throws on an unsupported version", () => {
    expect(() => isHsCode("72", "2017" as HsNomenclatureVersion)).toThrow(StatecraftCoreError);
    expect(HS_NOMENCLATURE_VERSIONS).toEqual(["2022"]);
  });
});

describe("hsCodeLevel", () => {
  it("reads the level from the shape", () => {
    expect(hsCodeLevel("72")).toBe(2);
    expect(hsCodeLevel("7208")).toBe(4);
    expect(hsCodeLevel("720810")).toBe(6);
    expect(hsCodeLevel("851712")).toBe(6); // shape only, not membership
  });

  it.each(["7", "720", "72081", "72081000", "7208.10", "72a8", ""])(
    "returns undefined for %j",
    (code) => {
      expect(hsCodeLevel(code)).toBeUndefined();
    },
  );
});

describe("hsParent", () => {
  it("drops the last two digits", () => {
    expect(hsParent("720810")).toBe("7208");
    expect(hsParent("7208")).toBe("72");
    expect(hsParent("72")).toBeUndefined();
    expect(hsParent("7208.10")).toBeUndefined();
  });
});

describe("normalizeHsCode", () => {
  it.each([
    ["72", "72"],
    [" 72 ", "72"],
    ["7208", "7208"],
    ["72.08", "7208"],
    ["720810", "720810"],
    ["7208.10", "720810"],
    ["7208 10", "720810"],
    ["\t0101.21\n", "010121"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeHsCode(input)).toBe(expected);
  });

  it.each(["101", "7208.10.00", "72081000", "72.08.10", "72 08", "7208-10", "7208.1", "abcd", ""])(
    "rejects %j",
    (input) => {
      expect(normalizeHsCode(input)).toBeUndefined();
    },
  );

  it("does not check membership", () => {
    expect(normalizeHsCode("8517.12")).toBe("851712");
    expect(isHsCode("851712")).toBe(false);
  });
});

describe("describeHsCode (@statecraft/core/hs)", () => {
  it("describes chapters, headings and subheadings", () => {
    expect(describeHsCode("72")).toBe("Iron and steel");
    expect(describeHsCode("0101")).toBe("Horses, asses, mules and hinnies; live");
    expect(describeHsCode("010121")).toBe("Horses; live, pure-bred breeding animals");
  });

  it("has a description for every code in the set, and nothing else", () => {
    const all = [
      ...(HS_2022_CHAPTERS.match(/\d{2}/g) ?? []),
      ...(HS_2022_HEADINGS.match(/\d{4}/g) ?? []),
      ...(HS_2022_SUBHEADINGS.match(/\d{6}/g) ?? []),
    ];
    expect(all).toHaveLength(6936);
    for (const code of all) expect(describeHsCode(code), code).toBeTruthy();
    expect(Object.keys(HS_2022_DESCRIPTIONS).sort()).toEqual([...all].sort());
  });

  it("returns undefined for non-codes, dotted input and prototype keys", () => {
    expect(describeHsCode("851712")).toBeUndefined();
    expect(describeHsCode("999999")).toBeUndefined();
    expect(describeHsCode("7208.10")).toBeUndefined();
    expect(describeHsCode("constructor")).toBeUndefined();
    expect(describeHsCode("__proto__")).toBeUndefined();
  });

  it("keeps descriptions trimmed (the source has trailing spaces on truncated rows)", () => {
    const text = describeHsCode("382762");
    expect(text).toBeDefined();
    expect(text).toBe(text?.trim());
    expect(text?.length).toBeLessThanOrEqual(255);
  });

  it("throws on an unsupported version", () => {
    expect(() => describeHsCode("72", "2017" as HsNomenclatureVersion)).toThrow(
      StatecraftCoreError,
    );
  });
});
