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
export const EXAMPLE_DIR = fileURLToPath(
  new URL("../../../../examples/blinken-china-2024/", import.meta.url),
);

/** The real engagements beyond the seed story (examples/real-engagements, CC0). */
export const REAL_ENGAGEMENTS_DIR = fileURLToPath(
  new URL("../../../../examples/real-engagements/", import.meta.url),
);

/** Reads and parses every record of an example folder (the seed story by default), in file order. */
export function loadExample(dir: string = EXAMPLE_DIR): Dataset {
  const records = readdirSync(dir)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .flatMap((file) =>
      (parse(readFileSync(join(dir, file), "utf8")) as unknown[]).map((value) =>
        RecordSchema.parse(value),
      ),
    );
  return toDataset(records, {
    name: dir === EXAMPLE_DIR ? "Blinken's visit to China, April 2024" : "Real engagements",
    license: "CC0-1.0",
  });
}
