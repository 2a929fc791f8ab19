import type { ValidationResult } from "../problem.js";
import { RULE_CODES, RULES } from "../rule-codes.js";

/** Where the rules are documented; each SARIF rule links to its entry. */
export const RULES_DOC_URL =
  "https://github.com/statecraft-data/statecraft/blob/main/docs/validation-rules.md";

/** Options for {@link formatSarif}. */
export interface SarifOptions {
  /** The tool version to record, e.g. the CLI's. */
  readonly version?: string;
}

function level(severity: "error" | "warning"): "error" | "warning" {
  return severity;
}

/**
 * Builds a SARIF 2.1.0 log of a result, as code-scanning tools (GitHub code scanning, VS Code's
 * SARIF viewer) accept: one run, every rule in the driver, one result per problem with its
 * file, line and column (UTF-16 columns), and the record id and pointer as a logical location.
 *
 * @param result - A validation result.
 * @param options - The tool version.
 * @returns The SARIF log object.
 * @example
 * ```ts
 * const log = toSarif(result, { version: "1.0.0" });
 * ```
 */
export function toSarif(
  result: ValidationResult,
  options: SarifOptions = {},
): Record<string, unknown> {
  const index = new Map(RULE_CODES.map((code, i) => [code, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "statecraft",
            informationUri: "https://github.com/statecraft-data/statecraft",
            ...(options.version ? { version: options.version } : {}),
            rules: RULE_CODES.map((code) => ({
              id: code,
              name: code,
              shortDescription: { text: RULES[code].summary },
              fullDescription: { text: RULES[code].description },
              helpUri: `${RULES_DOC_URL}#${code}`,
              defaultConfiguration: { level: level(RULES[code].severity) },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: result.problems.map((p) => ({
          ruleId: p.code,
          ruleIndex: index.get(p.code),
          level: level(p.severity),
          message: { text: p.message },
          locations: [
            {
              ...(p.file !== undefined
                ? {
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(p.file), uriBaseId: "%SRCROOT%" },
                      ...(p.line !== undefined
                        ? {
                            region: {
                              startLine: p.line,
                              ...(p.column !== undefined ? { startColumn: p.column } : {}),
                            },
                          }
                        : {}),
                    },
                  }
                : {}),
              ...(p.recordId !== undefined
                ? {
                    logicalLocations: [
                      {
                        name: p.recordId,
                        fullyQualifiedName: `${p.recordId}${p.pointer}`,
                        kind: "object",
                      },
                    ],
                  }
                : {}),
            },
          ],
        })),
        ...(result.omitted > 0
          ? { properties: { omitted: result.omitted, counts: result.counts } }
          : {}),
      },
    ],
  };
}

/**
 * Formats a result as SARIF 2.1.0 JSON text.
 *
 * @param result - A validation result.
 * @param options - The tool version.
 * @returns The SARIF text and a newline.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 *
 * writeFileSync("statecraft.sarif", formatSarif(result, { version: "1.0.0" })); // for GitHub code scanning
 * ```
 */
export function formatSarif(result: ValidationResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}
