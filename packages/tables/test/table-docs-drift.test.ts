import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findStaleFiles } from "../../../scripts/generated-file.js";
import { GUIDE_PATH, renderGuide, renderTablesSection } from "../scripts/generate-table-docs.js";
import { TABLES } from "../src/index.js";

describe("docs/analysing-the-data.md", () => {
  it("lists the tables and columns the schemas give (regenerate: pnpm --filter @statecraft/tables generate)", () => {
    const base = fileURLToPath(new URL("..", import.meta.url));
    expect(findStaleFiles({ [GUIDE_PATH]: renderGuide() }, base)).toEqual([]);
  });

  it("documents every column of every table", () => {
    const section = renderTablesSection();
    for (const table of TABLES)
      for (const column of table.columns)
        expect(section, `${table.name}.${column.name}`).toContain(`| \`${column.name}\` |`);
  });
});
