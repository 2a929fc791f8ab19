import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dataPackageDescriptor, TABLES, writeTables } from "../src/node.js";
import { EXAMPLE, FIXTURES, temporaryFolder, validRecords } from "./helpers.js";

// CommonJS packages whose default export TypeScript's NodeNext view does not construct.
const require = createRequire(import.meta.url);
const Ajv = require("ajv-draft-04") as typeof import("ajv-draft-04").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

async function profileValidator() {
  const profile = JSON.parse(
    await readFile(join(FIXTURES, "frictionless", "tabular-data-package.json"), "utf8"),
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // A hint for form editors in the profile, not a constraint.
  ajv.addFormat("textarea", true);
  return ajv.compile(profile);
}

describe("the Frictionless Data Package", () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(await temporaryFolder(), "package");
    await writeTables(await validRecords([EXAMPLE]), {
      format: "datapackage",
      output: folder,
      dataPackage: {
        name: "Blinken in China, April 2024",
        title: "Blinken in China, April 2024",
        license: "CC-BY-4.0",
        sources: [{ title: "U.S. Department of State", path: "https://www.state.gov/" }],
      },
    });
  });

  it("validates against the published Tabular Data Package profile", async () => {
    const validate = await profileValidator();
    const descriptor = JSON.parse(await readFile(join(folder, "datapackage.json"), "utf8"));
    expect(validate(descriptor) ? [] : validate.errors).toEqual([]);
    expect(descriptor.name).toBe("blinken-in-china-april-2024");
    expect(descriptor.licenses[0].name).toBe("CC-BY-4.0");
  });

  it("is refused by the profile when broken (the check can fail)", async () => {
    const validate = await profileValidator();
    const descriptor = structuredClone(dataPackageDescriptor(TABLES)) as unknown as {
      resources: { schema: { fields: { type: string }[] } }[];
    };
    descriptor.resources[0]!.schema.fields[0]!.type = "text";
    expect(validate(descriptor)).toBe(false);
  });

  it("describes every CSV file: its header is the schema's field names", async () => {
    const descriptor = JSON.parse(await readFile(join(folder, "datapackage.json"), "utf8"));
    for (const resource of descriptor.resources) {
      const text = await readFile(join(folder, resource.path), "utf8");
      const header = text.slice(0, text.indexOf("\r\n"));
      expect(header, resource.name).toBe(
        resource.schema.fields.map((f: { name: string }) => f.name).join(","),
      );
    }
  });

  it("declares the foreign keys of the tables, to tables in the package", () => {
    const descriptor = dataPackageDescriptor(TABLES);
    const names = new Set(descriptor.resources.map((r) => r.name));
    const participants = descriptor.resources.find((r) => r.name === "participants")!;
    expect(participants.schema.primaryKey).toEqual(["meeting_id", "ordinal"]);
    expect(participants.schema.foreignKeys).toContainEqual({
      fields: ["actor"],
      reference: { resource: "actors", fields: ["id"] },
    });
    for (const resource of descriptor.resources)
      for (const key of resource.schema.foreignKeys)
        expect(names.has(key.reference.resource)).toBe(true);
  });
});
