import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  CountryCodeSchema,
  countries,
  getCountry,
  getRetiredCountryCode,
  isCountryCode,
  retiredCountryCodes,
} from "./country.js";

describe("countries", () => {
  it("lists the 249 officially assigned ISO 3166-1 codes, sorted by alpha-2", () => {
    expect(countries).toHaveLength(249);
    const codes = countries.map((c) => c.alpha2);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has well-formed, unique alpha-3 and zero-padded numeric codes", () => {
    for (const c of countries) {
      expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.officialName.length).toBeGreaterThan(0);
    }
    expect(new Set(countries.map((c) => c.alpha3)).size).toBe(249);
    expect(new Set(countries.map((c) => c.numeric)).size).toBe(249);
  });

  it("leaves out the user-assigned XK (Kosovo)", () => {
    expect(countries.some((c) => c.alpha2 === "XK")).toBe(false);
  });
});

describe("getCountry", () => {
  it("finds a country by upper-case alpha-2", () => {
    expect(getCountry("CN")).toEqual({
      alpha2: "CN",
      alpha3: "CHN",
      numeric: "156",
      name: "China",
      officialName: "China",
    });
    expect(getCountry("AF")?.numeric).toBe("004");
    expect(getCountry("AS")?.numeric).toBe("016");
    expect(getCountry("NA")).toEqual({
      alpha2: "NA",
      alpha3: "NAM",
      numeric: "516",
      name: "Namibia",
      officialName: "Namibia",
    });
  });

  it("uses the CLDR display name (or a hand-kept override of an abbreviation) as name and the UN Statistics Division name as officialName", () => {
    const names = Object.fromEntries(
      ["CN", "TW", "HK", "MO", "KP", "KR", "US", "GB", "RU", "IR", "VN", "PS", "EH"].map((code) => [
        code,
        [getCountry(code)?.name, getCountry(code)?.officialName],
      ]),
    );
    expect(names).toEqual({
      CN: ["China", "China"],
      TW: ["Taiwan", "Taiwan"],
      HK: ["Hong Kong", "China, Hong Kong Special Administrative Region"],
      MO: ["Macao", "China, Macao Special Administrative Region"],
      KP: ["North Korea", "Democratic People's Republic of Korea"],
      KR: ["South Korea", "Republic of Korea"],
      US: ["United States", "United States of America"],
      GB: ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland"],
      RU: ["Russia", "Russian Federation"],
      IR: ["Iran", "Iran (Islamic Republic of)"],
      VN: ["Vietnam", "Viet Nam"],
      PS: ["Palestine", "State of Palestine"],
      EH: ["Western Sahara", "Western Sahara"],
    });
  });

  it("keeps non-ASCII names as they are", () => {
    expect(getCountry("CI")?.name).toBe("Côte d’Ivoire");
    expect(getCountry("TR")?.name).toBe("Türkiye");
    expect(getCountry("AX")?.officialName).toBe("Åland Islands");
  });

  it("is case-sensitive and exact", () => {
    expect(getCountry("cn")).toBeUndefined();
    expect(getCountry(" CN")).toBeUndefined();
    expect(getCountry("CHN")).toBeUndefined();
    expect(getCountry("")).toBeUndefined();
  });

  it("returns undefined for withdrawn and user-assigned codes", () => {
    expect(getCountry("YU")).toBeUndefined();
    expect(getCountry("XK")).toBeUndefined();
  });

  it("returns the same object as the list", () => {
    expect(getCountry("DE")).toBe(countries.find((c) => c.alpha2 === "DE"));
  });
});

describe("isCountryCode", () => {
  it.each(["US", "FR", "TW", "PS", "EH", "AQ", "SK", "GE"])("accepts %s", (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each(["us", "XK", "YU", "SU", "AN", "UK", "EU", "ZZ", "USA", ""])("rejects %j", (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe("retired country codes (ISO 3166-3)", () => {
  it("has the 30 withdrawn alpha-2 entries, sorted by code then year", () => {
    expect(retiredCountryCodes).toHaveLength(30);
    const keys = retiredCountryCodes.map((r) => `${r.alpha2}${r.withdrawn}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("includes the well-known withdrawals", () => {
    expect(getRetiredCountryCode("AN")).toEqual({
      alpha2: "AN",
      name: "Netherlands Antilles",
      withdrawn: 2010,
    });
    expect(getRetiredCountryCode("YU")?.withdrawn).toBe(2003);
    expect(getRetiredCountryCode("SU")?.withdrawn).toBe(1992);
    expect(getRetiredCountryCode("DD")?.withdrawn).toBe(1990);
    expect(getRetiredCountryCode("ZR")?.withdrawn).toBe(1997);
    expect(getRetiredCountryCode("TP")?.withdrawn).toBe(2002);
    expect(getRetiredCountryCode("BU")?.withdrawn).toBe(1989);
  });

  it("returns the most recent withdrawal of a twice-withdrawn code", () => {
    expect(retiredCountryCodes.filter((r) => r.alpha2 === "CS").map((r) => r.name)).toEqual([
      "Czechoslovakia",
      "Serbia and Montenegro",
    ]);
    expect(getRetiredCountryCode("CS")).toEqual({
      alpha2: "CS",
      name: "Serbia and Montenegro",
      withdrawn: 2006,
    });
  });

  it("leaves out BY (only the alpha-3 of the Byelorussian SSR changed)", () => {
    expect(getRetiredCountryCode("BY")).toBeUndefined();
  });

  it("marks exactly AI, BQ, GE and SK as reassigned since", () => {
    const reassigned = [...new Set(retiredCountryCodes.map((r) => r.alpha2))].filter(isCountryCode);
    expect(reassigned).toEqual(["AI", "BQ", "GE", "SK"]);
    expect(getRetiredCountryCode("SK")?.name).toBe("Sikkim");
    expect(getCountry("SK")?.name).toBe("Slovakia");
  });

  it("returns undefined for a code never withdrawn", () => {
    expect(getRetiredCountryCode("FR")).toBeUndefined();
    expect(getRetiredCountryCode("yu")).toBeUndefined();
  });
});

describe("CountryCodeSchema", () => {
  const messages = (input: unknown): string[] =>
    CountryCodeSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

  it("accepts assigned codes", () => {
    expect(CountryCodeSchema.parse("CN")).toBe("CN");
    expect(CountryCodeSchema.safeParse("NA").success).toBe(true);
  });

  it("rejects an unassigned code with one clear message", () => {
    expect(messages("XX")).toEqual(['"XX" is not an ISO 3166-1 alpha-2 code']);
  });

  it("names what a withdrawn code stood for", () => {
    expect(messages("YU")).toEqual([
      '"YU" is not an ISO 3166-1 alpha-2 code (Yugoslavia, withdrawn 2003)',
    ]);
  });

  it("explains the user-assigned XK", () => {
    expect(messages("XK")).toEqual([
      '"XK" is not an ISO 3166-1 alpha-2 code (user-assigned, used for Kosovo)',
    ]);
  });

  it("rejects malformed input once, without running the assignment check", () => {
    expect(messages("cn")).toEqual([
      '"cn" is not an ISO 3166-1 alpha-2 code (expected two upper-case letters)',
    ]);
    expect(messages("CHN")).toHaveLength(1);
    expect(CountryCodeSchema.safeParse(42).success).toBe(false);
  });

  it("is registered with id CountryCode and shows in JSON Schema", () => {
    expect(z.globalRegistry.get(CountryCodeSchema)?.id).toBe("CountryCode");
    const json = z.toJSONSchema(CountryCodeSchema) as {
      $ref?: string;
      $defs?: Record<string, { type?: string; pattern?: string; description?: string }>;
    };
    expect(json.$ref).toBe("#/$defs/CountryCode");
    const def = json.$defs?.CountryCode;
    expect(def?.type).toBe("string");
    expect(def?.pattern).toBe("^[A-Z]{2}$");
    expect(def?.description).toMatch(/ISO 3166-1 alpha-2/);
  });
});
