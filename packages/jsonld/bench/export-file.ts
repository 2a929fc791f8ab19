/**
 * Child process of the export benchmark: streams a generated dataset of N records to a file with
 * `writeExport` and prints timing and peak memory as JSON.
 *
 * ```sh
 * node --import tsx bench/export-file.ts 200000 nquads /tmp/out.nq
 * ```
 *
 * @module
 */
import { writeExport } from "../src/node.js";
import { generateRecords } from "./generate-dataset.js";

const [count = "200000", format = "nquads", output = "/tmp/statecraft-export.nq"] =
  process.argv.slice(2);
const baselineRssMb = process.memoryUsage().rss / 1e6;
let heap = 0;
const sampler = setInterval(() => {
  heap = Math.max(heap, process.memoryUsage().heapUsed);
}, 20);
const start = performance.now();
await writeExport(generateRecords(Number(count)), {
  format: format === "jsonld" ? "jsonld" : "nquads",
  base: "https://data.example.org/bench/",
  output,
});
const ms = performance.now() - start;
clearInterval(sampler);
heap = Math.max(heap, process.memoryUsage().heapUsed);
process.stdout.write(
  JSON.stringify({
    ms,
    records: Number(count),
    baselineRssMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: heap / 1e6,
  }),
);
