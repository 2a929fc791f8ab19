/**
 * Writes `docs/validation-rules.md` from the `RULES` table.
 *
 * ```sh
 * npx -y pnpm@12.4.2 exec tsx scripts/rules-doc.ts          # write the page
 * npx -y pnpm@12.4.2 exec tsx scripts/rules-doc.ts --check  # exit 1 if the committed page differs
 * ```
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { isMainModule, REPO_ROOT, runGenerator } from "../../../scripts/generated-file.js";
import { RULE_CODES, RULES, type RuleLayer } from "../src/rule-codes.js";

/** Where the generated page lives, from the repository root. */
export const RULES_DOC_PATH = fileURLToPath(
  new URL("../../../docs/validation-rules.md", import.meta.url),
);

const LAYERS: Record<RuleLayer, string> = {
  file: "Reading files",
  structure: "Structure (the zod schemas)",
  record: "Record rules",
  dataset: "Cross-record rules",
};

/** Renders docs/validation-rules.md from the `RULES` table. */
export function renderRulesDoc(): string {
  const lines = [
    "# Validation rules",
    "",
    "<!-- Generated from packages/validate/src/rule-codes.ts by `npx -y pnpm@12.4.2 --filter @statecraft/validate generate`; do not edit. -->",
    "",
    "Every problem `statecraft validate` reports has one of these codes. Codes are stable. Change a",
    "rule's severity with `--rule CODE=off|warning|error` or the `rules` key of",
    "`statecraft.config.json`.",
    "",
    "| code | default | layer | finds |",
    "| --- | --- | --- | --- |",
    ...RULE_CODES.map(
      (code) =>
        `| [\`${code}\`](#${code}) | ${RULES[code].severity} | ${RULES[code].layer} | ${RULES[code].summary} |`,
    ),
    "",
  ];
  for (const layer of Object.keys(LAYERS) as RuleLayer[]) {
    lines.push(`## ${LAYERS[layer]}`, "");
    for (const code of RULE_CODES.filter((c) => RULES[c].layer === layer)) {
      const rule = RULES[code];
      lines.push(
        `### ${code}`,
        "",
        `**${rule.severity}** — ${rule.summary}`,
        "",
        rule.description,
        "",
      );
    }
  }
  return lines.join("\n");
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runGenerator(process.argv.slice(2), {
    name: "rules-doc",
    base: REPO_ROOT,
    regenerate: "npx -y pnpm@12.4.2 --filter @statecraft/validate generate",
    render: () => ({ [RULES_DOC_PATH]: renderRulesDoc() }),
  });
}
