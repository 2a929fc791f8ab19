/**
 * Writes the generated section of `docs/analysing-the-data.md` (between the `tables:start` and
 * `tables:end` markers): every table, its key and its columns, from the layouts that
 * `@statecraft/tables` derives from the core schemas, and the DuckDB views.
 *
 * ```sh
 * npx -y pnpm@12.4.2 --filter @statecraft/tables generate          # rewrite the section
 * npx -y pnpm@12.4.2 --filter @statecraft/tables generate --check  # exit 1 if it differs
 * ```
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainModule, runGenerator } from "../../../scripts/generated-file.js";
import { VIEWS } from "../src/duckdb.js";
import { TABLES } from "../src/index.js";

/** The guide the section lives in. */
export const GUIDE_PATH = fileURLToPath(
  new URL("../../../docs/analysing-the-data.md", import.meta.url),
);

const START = "<!-- tables:start -->";
const END = "<!-- tables:end -->";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Renders the generated section: one subsection per table, then the views. */
export function renderTablesSection(): string {
  const lines = [
    START,
    "<!-- Generated from the core schemas by `npx -y pnpm@12.4.2 --filter @statecraft/tables generate`; do not edit. -->",
    "",
  ];
  for (const table of TABLES) {
    lines.push(`### ${table.name}`, "", table.description, "");
    lines.push(
      `Primary key: ${table.primaryKey.length > 0 ? table.primaryKey.map((c) => `\`${c}\``).join(", ") : "none (see the description)"}.`,
    );
    if (table.foreignKeys.length > 0)
      lines.push(
        `Foreign keys: ${table.foreignKeys.map((k) => `\`${k.columns.join(", ")}\` → \`${k.reference.table}.${k.reference.columns.join(", ")}\``).join("; ")}.`,
      );
    lines.push("", "| column | type | required | description |", "| --- | --- | --- | --- |");
    for (const column of table.columns) {
      const values = column.enum
        ? ` One of: ${column.enum.map((v) => `\`${v}\``).join(", ")}.`
        : "";
      lines.push(
        `| \`${column.name}\` | ${column.type} | ${column.required ? "yes" : ""} | ${cell(column.description + values)} |`,
      );
    }
    lines.push("");
  }
  lines.push("### Views (DuckDB database and `statecraft query`)", "");
  for (const [name, view] of Object.entries(VIEWS))
    lines.push(`- \`${name}\`: ${view.description}`);
  lines.push("", END);
  return lines.join("\n");
}

/** The guide with its generated section rendered anew. */
export function renderGuide(): string {
  const text = readFileSync(GUIDE_PATH, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE_PATH} has no ${START} … ${END} section`);
  return text.slice(0, start) + renderTablesSection() + text.slice(end + END.length);
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runGenerator(process.argv.slice(2), {
    name: "generate-table-docs",
    base: fileURLToPath(new URL("..", import.meta.url)),
    regenerate: "npx -y pnpm@12.4.2 --filter @statecraft/tables generate",
    render: () => ({ [GUIDE_PATH]: renderGuide() }),
  });
}
