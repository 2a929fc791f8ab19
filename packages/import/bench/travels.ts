/**
 * `pnpm bench`: import throughput (records/s) for the whole hsg-travels folder of ../shared/data.
 * Prints a message and exits 0 when the folder is absent.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { collect } from "../src/index.js";
import { importFiles } from "../src/node.js";

const folder = fileURLToPath(new URL("../../../../shared/data/hsg-travels", import.meta.url));
if (!existsSync(folder)) {
  console.log(
    `bench skipped: ${folder} not found (the benchmark reads ../shared/data next to the repository)`,
  );
  process.exit(0);
}
const runs = 5;
const timings: number[] = [];
let records = 0;
let rows = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = await collect(await importFiles("hsg-travels", [folder]));
  timings.push((performance.now() - started) / 1000);
  records = result.records.length;
  rows = result.report.rows;
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(runs / 2)]!;
console.log(`hsg-travels, whole folder: ${rows} rows -> ${records} records`);
console.log(
  `median of ${runs} runs: ${median.toFixed(3)} s = ${Math.round(records / median)} records/s (${Math.round(rows / median)} rows/s); fastest ${timings[0]!.toFixed(3)} s`,
);
