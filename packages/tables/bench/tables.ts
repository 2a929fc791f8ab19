/**
 * Benchmarks of `@statecraft/tables` (figures in docs/performance.md, "Tables"):
 *
 * 1. A 200,000-record NDJSON dataset (validate's benchmark generator): validating it
 *    (`safeValidateFiles`, collect) against exporting its records to Parquet
 *    (`writeParquetFolder`), with the heap growth while exporting.
 * 2. 1,000,000 meetings in a DuckDB database written by `writeDuckDbFile`: a GROUP BY over them.
 *
 * ```sh
 * npx -y pnpm@12.4.2 --filter @statecraft/tables bench
 * ```
 *
 * @module
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { safeValidateFiles } from "@statecraft/validate/node";
// The validate benchmark's generator (bench scripts are not published; no package depends on it).
import { generateRecords, writeNdjson } from "../../validate/bench/generate.js";
import { loadDuckDb, runQuery, writeDuckDbFile } from "../src/duckdb.js";
import { writeParquetFolder } from "../src/parquet.js";

const N = Number(process.env.TABLES_BENCH_RECORDS ?? 200_000);
const MEETINGS = Number(process.env.TABLES_BENCH_MEETINGS ?? 1_000_000);
const ROUNDS = 3;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

const folder = await mkdtemp(join(tmpdir(), "statecraft-tables-bench-"));
try {
  const file = join(folder, "200k.ndjson");
  const bytes = await writeNdjson(file, generateRecords(N));
  console.log(`dataset: ${N} records, ${mb(bytes)} NDJSON`);

  const validate: number[] = [];
  const exportTimes: number[] = [];
  let records: readonly StatecraftRecord[] = [];
  let heapGrowth = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let start = process.hrtime.bigint();
    const result = await safeValidateFiles([file], { collect: true });
    validate.push(ms(start));
    if (!result.valid) throw new Error("the generated dataset is invalid");
    records = result.records;
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    start = process.hrtime.bigint();
    await writeParquetFolder(join(folder, `parquet-${round}`), records, { partitionByYear: true });
    exportTimes.push(ms(start));
    clearInterval(timer);
    heapGrowth = Math.max(heapGrowth, peak - before);
  }
  const v = median(validate);
  const e = median(exportTimes);
  console.log(`validate ${N} records (NDJSON, collect): median ${v.toFixed(0)} ms of ${ROUNDS}`);
  console.log(
    `export them to Parquet (15 tables, meetings by year): median ${e.toFixed(0)} ms of ${ROUNDS} = ${(e / v).toFixed(2)}x validating (target <= 2x)`,
  );
  console.log(`heap growth while exporting (sampled every 5 ms): ${mb(heapGrowth)}`);

  // 1,000,000 meetings: the generator's meetings only, repeated with new ids.
  const base = records.filter((r) => r.type === "meeting");
  const actors = records.filter((r) => r.type === "actor");
  const meetings: StatecraftRecord[] = [...actors];
  for (let i = 0; meetings.length - actors.length < MEETINGS; i++) {
    const m = base[i % base.length]!;
    meetings.push({ ...m, id: `${m.id}-${i}`, parent: undefined } as StatecraftRecord);
  }
  for (const m of meetings)
    if ((m as { parent?: unknown }).parent === undefined) delete (m as { parent?: unknown }).parent;
  const db = join(folder, "1m.duckdb");
  let start = process.hrtime.bigint();
  await writeDuckDbFile(db, meetings);
  console.log(
    `DuckDB database with ${MEETINGS} meetings written in ${(ms(start) / 1000).toFixed(1)} s`,
  );
  const duckdb = await loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(db);
  const connection = await instance.connect();
  const sql =
    "select kind, year(date_earliest) as year, count(*) as n from meetings group by all order by all";
  const times: number[] = [];
  let groups = 0;
  for (let round = 0; round < 5; round++) {
    start = process.hrtime.bigint();
    groups = (await runQuery(connection, sql)).rows.length;
    times.push(ms(start));
  }
  const [{ rows }] = [await runQuery(connection, "select count(*) from meetings")];
  console.log(
    `GROUP BY kind, year over ${rows[0]![0]} meetings (${groups} groups): median ${median(times).toFixed(0)} ms of 5 (first ${times[0]!.toFixed(0)} ms; target < 1 s)`,
  );
  connection.closeSync();
  instance.closeSync();
} finally {
  await rm(folder, { recursive: true, force: true });
}
