// The published JSON Schema (what editors check as users type) accepts the example folders, and
// states the constraints the zod schemas add by refinement where JSON Schema can (a company rate
// names an exporter or a group of exporters, not both).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonSchema } from "@statecraft/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const EXAMPLES = join(import.meta.dirname, "../../../examples");
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validateFile = ajv.compile(toJsonSchema("file"));

describe("the JSON Schema", () => {
  it.each(["blinken-china-2024", "real-engagements"])(
    "accepts every file of examples/%s",
    (folder) => {
      const dir = join(EXAMPLES, folder);
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
        const ok = validateFile(parse(readFileSync(join(dir, file), "utf8")));
        expect(ok, `${file}: ${JSON.stringify(validateFile.errors)}`).toBe(true);
      }
    },
  );

  it("requires a company rate to name an exporter or a group, not both and not neither", () => {
    const tariff = (rate: Record<string, unknown>) => ({
      id: "t",
      type: "tariff",
      measure: "countervailing_duty",
      status: "in_force",
      title: "T",
      imposer: "european-union",
      targets: ["china"],
      companyRates: [{ ...rate, duty: { kind: "ad_valorem", rate: 17 } }],
    });
    expect(validateFile(tariff({ exporter: "byd" }))).toBe(true);
    expect(validateFile(tariff({ exporters: "all_other" }))).toBe(true);
    expect(validateFile(tariff({ exporter: "byd", exporters: "all_other" }))).toBe(false);
    expect(validateFile(tariff({}))).toBe(false);
  });
});
