// Prints the example dataset's meetings in date order with @statecraft/core's query helpers.
// Run: pnpm --filter @statecraft/core exec tsx examples/timeline.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { createDatasetIndex, RecordSchema, timeline } from "../src/index.js";

const dir = new URL("../../../examples/blinken-china-2024/", import.meta.url).pathname;
const records = readdirSync(dir)
  .filter((file) => file.endsWith(".yaml"))
  .flatMap((file) => parse(readFileSync(join(dir, file), "utf8")) as unknown[])
  .map((value) => RecordSchema.parse(value));

for (const meeting of timeline(createDatasetIndex(records))) {
  console.log(
    `${(meeting.date ?? "undated").padEnd(22)} ${meeting.status.padEnd(9)} ${meeting.title}`,
  );
}
