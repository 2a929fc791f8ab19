// Loads the bundled example dataset through the built @statecraft/core and prints a summary.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  actorDisplayName,
  createDatasetIndex,
  RecordSchema,
  recordReferences,
  timeline,
} from "@statecraft/core";
import { parse } from "yaml";

const dir = new URL("../examples/blinken-china-2024/", import.meta.url).pathname;
const records = [];
let problems = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()) {
  for (const value of parse(readFileSync(join(dir, file), "utf8"))) {
    const result = RecordSchema.safeParse(value);
    if (result.success) records.push(result.data);
    else {
      problems += result.error.issues.length;
      console.error(`${file}: ${value?.id}: ${result.error.message}`);
    }
  }
}
const index = createDatasetIndex(records);
for (const record of records) {
  for (const ref of recordReferences(record)) {
    if (!index.has(ref.id)) {
      problems++;
      console.error(`${record.id}${ref.pointer}: no record with id "${ref.id}"`);
    }
  }
}
const count = (type) => index.ofType(type).length;
console.log(
  `examples/blinken-china-2024: ${records.length} records — ${count("actor")} actors, ${count("meeting")} meetings, ${count("issue")} issues, ${count("tariff")} tariffs, ${count("source")} sources`,
);
for (const meeting of timeline(index)) {
  const who = meeting.participants
    .map((p) => actorDisplayName(index.getOf("actor", p.actor) ?? { kind: "state", name: p.actor }))
    .join(", ");
  console.log(
    `  ${meeting.date?.padEnd(22) ?? "undated".padEnd(22)} ${meeting.status.padEnd(9)} ${meeting.title} (${who})`,
  );
}
console.log(problems === 0 ? "valid: no problems found" : `${problems} problem(s) found`);
process.exitCode = problems === 0 ? 0 : 1;
