// Prints who met whom in the example dataset with @statecraft/core's query helpers.
// Run: pnpm --filter @statecraft/core exec tsx examples/who-met-whom.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import {
  counterparts,
  createDatasetIndex,
  MEETING_STATUSES,
  meetingsBetween,
  RecordSchema,
} from "../src/index.js";

const dir = new URL("../../../examples/blinken-china-2024/", import.meta.url).pathname;
const records = readdirSync(dir)
  .filter((file) => file.endsWith(".yaml"))
  .flatMap((file) => parse(readFileSync(join(dir, file), "utf8")) as unknown[])
  .map((value) => RecordSchema.parse(value));
const index = createDatasetIndex(records);

const show = (title: string, actor: string, status?: (typeof MEETING_STATUSES)[number][]) => {
  console.log(title);
  for (const c of counterparts(index, actor, status ? { status } : {})) {
    const dates = c.first === c.last ? c.first : `${c.first} … ${c.last}`;
    console.log(`  ${c.name.padEnd(46)} ${String(c.count).padStart(2)}  ${dates}`);
  }
};
show("Blinken met (held):", "antony-blinken");
show("Blinken met or will meet (any status):", "antony-blinken", [...MEETING_STATUSES]);
show("The United States met (held):", "usa");
console.log("Meetings between the United States and China:");
for (const m of meetingsBetween(index, "usa", "china")) {
  console.log(`  ${m.date?.padEnd(22)} ${m.status.padEnd(9)} ${m.title}`);
}
