/**
 * Canonical N-Quads benchmark (run with `npx tsx bench/canonical.bench.ts`; figures are printed,
 * nothing is asserted on time):
 *
 * 1. Plain `toNQuadsString` against `toNQuadsString(…, { canonical: true })` on a records file
 *    (`BENCH_DATASET`: a JSON array of records, e.g. the imported HSG visits) or, without it, on
 *    generated records (`BENCH_RECORDS`, default 5,000); median of three runs each.
 * 2. rdf-canonize on the first `BENCH_RDF_CANONIZE_RECORDS` records (default 300; it is far too
 *    slow for the whole file) against our canonical labelling of the same records, and a check
 *    that both give the same bytes.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { type StatecraftRecord, toDataset } from "@statecraft/core";
import { canonize } from "rdf-canonize";
import { toNQuads, toNQuadsString } from "../src/index.js";
import { generateRecords } from "./generate-dataset.js";

const base = "https://data.example.org/bench/";
const path = process.env.BENCH_DATASET;
const records: StatecraftRecord[] = path
  ? (JSON.parse(readFileSync(path, "utf8")) as StatecraftRecord[])
  : [...generateRecords(Number(process.env.BENCH_RECORDS ?? 5_000))];
const dataset = toDataset(records);
const SUBSET = Number(process.env.BENCH_RDF_CANONIZE_RECORDS ?? 300);

async function median(run: () => Promise<unknown>, times = 3): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

const quads = [...toNQuads(dataset, { base })].length;
const blank = new Set(
  [...toNQuads(dataset, { base })].flatMap((line) => line.match(/_:b\d+/g) ?? []),
).size;
console.log(
  `dataset: ${records.length} records${path ? ` from ${path}` : " (generated)"}, ${quads} quads, ${blank} blank nodes`,
);
const plain = await median(() => toNQuadsString(dataset, { base }));
const canonical = await median(() => toNQuadsString(dataset, { base, canonical: true }));
console.log(`plain N-Quads:      ${plain.toFixed(0).padStart(7)} ms (median of 3)`);
console.log(`canonical N-Quads:  ${canonical.toFixed(0).padStart(7)} ms (median of 3)`);
console.log(`ratio:              ${(canonical / plain).toFixed(2)}x  (target: at most 5x)`);

const subset = toDataset(records.slice(0, SUBSET));
const subsetText = await toNQuadsString(subset, { base });
let reference = "";
const referenceMs = await median(async () => {
  reference = await canonize(subsetText, {
    algorithm: "RDFC-1.0",
    inputFormat: "application/n-quads",
    format: "application/n-quads",
    maxWorkFactor: 3,
  });
}, 1);
let ours = "";
const oursMs = await median(async () => {
  ours = await toNQuadsString(subset, { base, canonical: true });
});
console.log(
  `first ${SUBSET} records (${subsetText.split("\n").length - 1} quads): rdf-canonize ${referenceMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms (includes writing the plain N-Quads); same bytes: ${ours === reference ? "yes" : "NO"}`,
);
if (ours !== reference) process.exitCode = 1;
