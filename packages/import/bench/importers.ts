/**
 * `pnpm bench`: import throughput of every importer over its whole ../shared/data folder
 * (median of 5 runs). Prints a message and exits 0 when the data is absent.
 */
import { existsSync } from "node:fs";
import { collect } from "../src/index.js";
import { importFiles } from "../src/node.js";
import { WHOLE_FOLDERS as FOLDERS, SHARED_DATA } from "../test/whole-files.js";

const data = SHARED_DATA;
if (!existsSync(data)) {
  console.log(
    `bench skipped: ${data} not found (the benchmark reads ../shared/data next to the repository)`,
  );
  process.exit(0);
}
const runs = 5;
for (const [source, folder] of FOLDERS) {
  const timings: number[] = [];
  let records = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await collect(await importFiles(source, [`${data}/${folder}`]));
    timings.push((performance.now() - started) / 1000);
    records = result.records.length;
    rows = result.report.rows;
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(runs / 2)]!;
  console.log(
    `${source.padEnd(11)} ${String(rows).padStart(5)} rows -> ${String(records).padStart(5)} records: median ${median.toFixed(3)} s = ${String(Math.round(rows / median)).padStart(6)} rows/s (fastest ${timings[0]!.toFixed(3)} s)`,
  );
}
