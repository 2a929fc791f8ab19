/**
 * `pnpm bench`: how fast and how lean validation is, side by side with its floors. Prints
 * figures; asserts nothing (speed is never a test). Needs the CLI built (turbo's `bench` task
 * builds first). Writes its data under the system temp folder and deletes it.
 *
 *   pnpm --filter @statecraft/validate bench            # all sections
 *   BENCH_QUICK=1 pnpm --filter @statecraft/validate bench   # skip the 1 GB file
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RecordSchema, toJsonSchema } from "@statecraft/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYamlText, stringify as toYaml } from "yaml";
import * as z from "zod";
import { checkStructure, recordSchema } from "../src/internal/structure.js";
import { generateRecords, writeNdjson } from "./generate.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/cli.js");
const DIR = mkdtempSync(join(tmpdir(), "statecraft-bench-"));
const QUICK = process.env.BENCH_QUICK === "1";
/** The CLI's code cache (packages/cli/src/code-cache.ts), kept with the bench's files. */
const CODE_CACHE = join(DIR, "code-cache");
const ENV = { ...process.env, STATECRAFT_COMPILE_CACHE: CODE_CACHE };
const rows: string[][] = [];

function row(...cells: (string | number)[]): void {
  rows.push(cells.map(String));
  console.log(cells.join("  |  "));
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MB. */
function timed(args: string[]): { seconds: number; rssMb: number } {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: ENV,
  });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  return { seconds: seconds!, rssMb: Math.round(kb! / 1024) };
}

/** The best of a few runs (the least disturbed by other load on the machine). */
function best(args: string[], runs = 3): { seconds: number; rssMb: number } {
  const results = Array.from({ length: runs }, () => timed(args));
  return results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

const FLOOR_NDJSON = join(DIR, "floor-ndjson.mjs");
// The floor: read the file in 1 MB chunks and JSON.parse every line, copying only a line split
// across two chunks (copying every chunk onto the last one's tail costs this floor 17% more).
writeFileSync(
  FLOOR_NDJSON,
  `import { createReadStream } from "node:fs";
let carry;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  let s = 0;
  let nl = chunk.indexOf(10);
  if (carry !== undefined) {
    if (nl === -1) { carry = Buffer.concat([carry, chunk]); continue; }
    JSON.parse(Buffer.concat([carry, chunk.subarray(0, nl)]).toString("utf8"));
    carry = undefined; s = nl + 1; nl = chunk.indexOf(10, s);
  }
  while (nl !== -1) { JSON.parse(chunk.toString("utf8", s, nl)); s = nl + 1; nl = chunk.indexOf(10, s); }
  if (s < chunk.length) carry = Buffer.from(chunk.subarray(s));
}
if (carry !== undefined) JSON.parse(carry.toString("utf8"));
`,
);
const FLOOR_YAML = join(DIR, "floor-yaml.mjs");
writeFileSync(
  FLOOR_YAML,
  `import { readFileSync } from "node:fs";\nimport { parseDocument } from ${JSON.stringify(import.meta.resolve("yaml"))};\nparseDocument(readFileSync(process.argv[2], "utf8")).toJS();\n`,
);

const FLOOR_JS_YAML = join(DIR, "floor-js-yaml.mjs");
writeFileSync(
  FLOOR_JS_YAML,
  `import { readFileSync } from "node:fs";\nimport { load } from ${JSON.stringify(import.meta.resolve("js-yaml"))};\nload(readFileSync(process.argv[2], "utf8"));\n`,
);

function perSecond(n: number, seconds: number): string {
  return `${Math.round(n / seconds).toLocaleString("en-US")}/s`;
}

console.log(
  `# statecraft validate benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), load ${execFileSync("cat", ["/proc/loadavg"], { encoding: "utf8" }).split(" ").slice(0, 3).join(" ")}\n`,
);

// 1. NDJSON: the whole validation vs reading and JSON.parse-ing every line.
for (const n of [20_000, 200_000]) {
  const file = join(DIR, `${n}.ndjson`);
  await writeNdjson(file, generateRecords(n));
  const mb = (statSync(file).size / 1e6).toFixed(0);
  const floor = best([FLOOR_NDJSON, file]);
  const cli = best([CLI, "validate", file, "--format", "json", "--max-problems", "0"]);
  row(
    `NDJSON ${n.toLocaleString("en-US")} records (${mb} MB)`,
    `floor ${floor.seconds.toFixed(2)} s`,
    `statecraft validate ${cli.seconds.toFixed(2)} s (${perSecond(n, cli.seconds)})`,
    `ratio ${(cli.seconds / floor.seconds).toFixed(2)}x (target ≤ 2.0x)`,
    `peak RSS ${cli.rssMb} MB`,
  );
}

// 2. The structural pass alone vs ajv 8 compiled from the exported JSON Schema, in this process.
{
  const records = [...generateRecords(20_000)];
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  const validateAjv = ajv.compile(toJsonSchema("record"));
  const bySchema = records.map((r) => recordSchema(r) as z.ZodType);
  // One compiled schema per record shape (compiling per record would defeat the point).
  const compiledBySchema = new Map(bySchema.map((s) => [s, s]));
  for (const s of compiledBySchema.keys()) compiledBySchema.set(s, z.compile(s));
  const compiled = bySchema.map((s) => compiledBySchema.get(s)!);
  const candidates: [string, () => void][] = [
    [
      "ajv 8 (record.json)",
      () => {
        for (const r of records) validateAjv(r);
      },
    ],
    [
      "zod RecordSchema.safeParse",
      () => {
        for (const r of records) RecordSchema.safeParse(r);
      },
    ],
    [
      "zod shape schema .safeParse (by type/kind)",
      () => {
        for (const [i, r] of records.entries()) bySchema[i]!.safeParse(r);
      },
    ],
    [
      "zod z.compile(shape).safeParse",
      () => {
        for (const [i, r] of records.entries()) compiled[i]!.safeParse(r);
      },
    ],
    [
      "statecraft structural pass (checkStructure)",
      () => {
        for (const r of records) checkStructure(r);
      },
    ],
  ];
  for (const [name, fn] of candidates) {
    for (let i = 0; i < 3; i++) fn(); // warm up
    let bestMs = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      fn();
      bestMs = Math.min(bestMs, performance.now() - t);
    }
    row(
      `structure: ${name}`,
      `${bestMs.toFixed(1)} ms / 20,000 records`,
      perSecond(records.length, bestMs / 1000),
    );
  }
}

// 3. YAML: the whole validation vs the yaml parser alone.
{
  const n = 20_000;
  const file = join(DIR, `${n}.yaml`);
  writeFileSync(file, toYaml([...generateRecords(n)]));
  parseYamlText(readFileSync(file, "utf8")); // the file is valid YAML
  const floor = best([FLOOR_YAML, file]);
  const quick = best([FLOOR_JS_YAML, file]);
  const cli = best([CLI, "validate", file, "--format", "json", "--max-problems", "0"]);
  row(
    `YAML ${n.toLocaleString("en-US")} records (${(statSync(file).size / 1e6).toFixed(0)} MB)`,
    `yaml parseDocument+toJS ${floor.seconds.toFixed(2)} s (peak RSS ${floor.rssMb} MB)`,
    `js-yaml load ${quick.seconds.toFixed(2)} s`,
    `statecraft validate ${cli.seconds.toFixed(2)} s`,
    `ratio to yaml ${(cli.seconds / floor.seconds).toFixed(2)}x, to js-yaml ${(cli.seconds / quick.seconds).toFixed(2)}x`,
    `peak RSS ${cli.rssMb} MB`,
  );
}

// 4. Peak memory on 1,000,000 records in a 1 GB NDJSON file (memory follows the ids, not the file).
if (!QUICK) {
  const file = join(DIR, "1m.ndjson");
  const bytes = await writeNdjson(file, generateRecords(1_000_000, { padding: 700 }));
  const cli = timed([CLI, "validate", file, "--format", "json", "--max-problems", "100"]);
  row(
    `NDJSON 1,000,000 records (${(bytes / 1e9).toFixed(2)} GB)`,
    `statecraft validate ${cli.seconds.toFixed(1)} s (${perSecond(1_000_000, cli.seconds)})`,
    `peak RSS ${cli.rssMb} MB (target < 400 MB)`,
  );
  rmSync(file);
}

// 5. Cold start vs bare node: wall-clock time of whole processes, to the microsecond, interleaved.
{
  const small = [...generateRecords(50)];
  const files = {
    YAML: join(DIR, "small.yaml"),
    JSON: join(DIR, "small.json"),
    NDJSON: join(DIR, "small.ndjson"),
  };
  writeFileSync(files.YAML, toYaml(small));
  writeFileSync(files.JSON, JSON.stringify(small, null, 2));
  writeFileSync(files.NDJSON, `${small.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const commands: [string, string[], boolean][] = [
    ["node -e 0", ["-e", "0"], false],
    ["statecraft --version", [CLI, "--version"], false],
    ...Object.entries(files).map(([format, file]): [string, string[], boolean] => [
      `statecraft validate, 50 records of ${format}`,
      [CLI, "validate", file, "-q"],
      false,
    ]),
    [
      "statecraft validate, 50 records of YAML, first run (no code cache)",
      [CLI, "validate", files.YAML, "-q"],
      true,
    ],
  ];
  const runs = 15;
  const times = commands.map((): number[] => []);
  spawnSync(process.execPath, [CLI, "validate", ...Object.values(files), "-q"], { env: ENV });
  for (let round = 0; round < runs; round++) {
    for (const [i, [, args, fresh]] of commands.entries()) {
      if (fresh) rmSync(CODE_CACHE, { recursive: true, force: true });
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, args, { env: ENV, stdio: "ignore" });
      times[i]!.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (fresh)
        spawnSync(process.execPath, [CLI, "validate", ...Object.values(files), "-q"], { env: ENV });
    }
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const node = median(times[0]!);
  for (const [i, [name]] of commands.entries()) {
    const ms = median(times[i]!);
    const target = i === 0 ? "" : i === 1 ? " (target ≤ 1.2x)" : " (target ≤ 2.0x)";
    row(
      `cold start: ${name}`,
      `median ${ms.toFixed(0)} ms, best ${Math.min(...times[i]!).toFixed(0)} ms of ${runs}`,
      ...(i === 0 ? [] : [`${(ms / node).toFixed(2)}x${target}`]),
    );
  }
}

// 6. Parallelism: a folder of many files, one thread vs worker threads.
{
  const folder = join(DIR, "many");
  mkdirSync(folder);
  const records = [...generateRecords(200_000)];
  const per = 5_000;
  for (let i = 0; i < records.length; i += per)
    writeFileSync(
      join(folder, `part-${String(i / per).padStart(3, "0")}.json`),
      JSON.stringify(records.slice(i, i + per)),
    );
  const one = best([CLI, "validate", folder, "--workers", "0", "-q"]);
  // Asked for: workers are opt-in (none by default).
  const threads = Math.max(2, availableParallelism());
  const many = best([CLI, "validate", folder, "--workers", String(threads), "-q"]);
  row(
    `parallel: 40 JSON files, 200,000 records`,
    `1 thread ${one.seconds.toFixed(2)} s`,
    `${threads} workers ${many.seconds.toFixed(2)} s`,
    `speed-up ${(one.seconds / many.seconds).toFixed(2)}x`,
  );
}

rmSync(DIR, { recursive: true, force: true });
console.log(
  `\n| measure | figures |\n| --- | --- |\n${rows.map((r) => `| ${r[0]} | ${r.slice(1).join("; ")} |`).join("\n")}`,
);
