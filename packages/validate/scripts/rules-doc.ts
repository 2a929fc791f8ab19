import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RULE_CODES, RULES, type RuleLayer } from "../src/rules.js";

/** Where the generated page lives, from the repository root. */
export const RULES_DOC_PATH = fileURLToPath(new URL("../../../docs/validation-rules.md", import.meta.url));

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
    "<!-- Generated from packages/validate/src/rules.ts by `pnpm --filter @statecraft/validate generate`; do not edit. -->",
    "",
    "Every problem `statecraft validate` reports has one of these codes. Codes are stable. Change a",
    "rule's severity with `--rule CODE=off|warning|error` or the `rules` key of",
    "`statecraft.config.json`.",
    "",
    "| code | default | layer | finds |",
    "| --- | --- | --- | --- |",
    ...RULE_CODES.map((code) => `| [\`${code}\`](#${code}) | ${RULES[code].severity} | ${RULES[code].layer} | ${RULES[code].summary} |`),
    "",
  ];
  for (const layer of Object.keys(LAYERS) as RuleLayer[]) {
    lines.push(`## ${LAYERS[layer]}`, "");
    for (const code of RULE_CODES.filter((c) => RULES[c].layer === layer)) {
      const rule = RULES[code];
      lines.push(`### ${code}`, "", `**${rule.severity}** — ${rule.summary}`, "", rule.description, "");
    }
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(RULES_DOC_PATH, renderRulesDoc());
