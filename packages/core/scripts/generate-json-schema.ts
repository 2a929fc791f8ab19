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
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, content] of Object.entries(renderJsonSchemaFiles())) {
    const file = join(PACKAGE_ROOT, path);
    if (check) {
      let committed = "";
      try {
        committed = readFileSync(file, "utf8");
      } catch {}
      if (committed !== content) {
        stale++;
        console.error(`${path} is out of date: run \`pnpm --filter @statecraft/core generate\``);
      }
    } else {
      writeFileSync(file, content);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
