/**
 * Writes the JSON Schema files shipped in `schema/` from the zod schemas.
 *
 * ```sh
 * pnpm exec tsx scripts/generate-json-schema.ts          # write schema/*.json
 * pnpm exec tsx scripts/generate-json-schema.ts --check  # exit 1 if a committed file differs
 * ```
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { isMainModule, runGenerator } from "../../../scripts/generated-file.js";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "../src/json-schema.js";

/** The `packages/core` directory. */
const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Renders every shipped JSON Schema file, keyed by its path relative to `packages/core`.
 *
 * @returns File path to file content (pretty JSON with a trailing newline).
 */
export function renderJsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of JSON_SCHEMA_NAMES) {
    files[`schema/${name}.json`] = `${JSON.stringify(toJsonSchema(name), null, 2)}\n`;
  }
  return files;
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runGenerator(process.argv.slice(2), {
    name: "generate-json-schema",
    base: PACKAGE_ROOT,
    regenerate: "pnpm --filter @statecraft/core generate",
    render: renderJsonSchemaFiles,
  });
}
