/**
 * The example dataset (examples/blinken-china-2024, CC0, part of this repository), parsed.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, RecordSchema, toDataset } from "@statecraft/core";
import { parse } from "yaml";

/** The example dataset's directory. */
export const EXAMPLE_DIR = fileURLToPath(new URL("../../../../examples/blinken-china-2024/", import.meta.url));

/** Reads and parses every record of the example dataset, in file order. */
export function loadExample(): Dataset {
  const records = readdirSync(EXAMPLE_DIR)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .flatMap((file) => (parse(readFileSync(join(EXAMPLE_DIR, file), "utf8")) as unknown[]).map((value) => RecordSchema.parse(value)));
  return toDataset(records, { name: "Blinken's visit to China, April 2024", license: "CC0-1.0" });
}
