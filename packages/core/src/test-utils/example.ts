import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { RecordSchema, type StatecraftRecord } from "../dataset.js";

/** The example dataset's folder. */
export const EXAMPLE_DIR = fileURLToPath(
  new URL("../../../../examples/blinken-china-2024/", import.meta.url),
);

/** The real engagements beyond the seed story (issue 14's cases). */
export const REAL_ENGAGEMENTS_DIR = fileURLToPath(
  new URL("../../../../examples/real-engagements/", import.meta.url),
);

/**
 * Loads every record of an example folder (the seed story by default) through `RecordSchema`,
 * failing loudly on any issue.
 */
export function loadExample(dir: string = EXAMPLE_DIR): StatecraftRecord[] {
  const records: StatecraftRecord[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const values: unknown = parse(readFileSync(join(dir, file), "utf8"));
    if (!Array.isArray(values)) throw new Error(`${file}: expected a list of records`);
    for (const value of values) {
      const result = RecordSchema.safeParse(value);
      if (!result.success) throw new Error(`${file}: ${JSON.stringify(result.error.issues)}`);
      records.push(result.data);
    }
  }
  return records;
}
