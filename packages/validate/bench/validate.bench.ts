/**
 * `pnpm bench`: how fast and how lean validation is, side by side with its floors. Prints
 * figures; asserts nothing (speed is never a test). Needs the CLI built (turbo's `bench` task
 * builds first). Writes its data under the system temp folder and deletes it.
 *
 *   pnpm --filter @statecraft/validate bench            # all sections
 *   BENCH_QUICK=1 pnpm --filter @statecraft/validate bench   # skip the 1 GB file
 *   BENCH_ONLY=yaml pnpm --filter @statecraft/validate bench # the YAML sections only
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RecordSchema, toJsonSchema } from "@statecraft/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { load as loadYaml } from "js-yaml";
import { stringify as toYaml } from "yaml";
import * as z from "zod";
import { checkStructure, recordSchema } from "../src/internal/structure.js";
import { readYaml } from "../src/internal/yaml.js";
import { generateRecords, writeNdjson } from "./generate.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/cli.js");
const DIR = mkdtempSync(join(tmpdir(), "statecraft-bench-"));
const QUICK = process.env.BENCH_QUICK === "1";
const YAML_ONLY = process.env.BENCH_ONLY === "yaml";
/** Node's compile cache (the CLI enables it on Node ≥ 22.1), kept with the bench's files. */
const CODE_CACHE = join(DIR, "code-cache");
const ENV = { ...process.env, NODE_COMPILE_CACHE: CODE_CACHE };
const rows: string[][] = [];

function row(...cells: (string | number)[]): void {
  rows.push(cells.map(String));
  console.log(cells.join("  |  "));
}

/** Runs a command under /usr/bin/time; returns wall and CPU (user + system) seconds and peak RSS in MB. */
function timed(args: string[]): { seconds: number; cpu: number; rssMb: number } {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: ENV,
  });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [seconds, user, system, kb] = last.split(" ").map(Number);
  return { seconds: seconds!, cpu: user! + system!, rssMb: Math.round(kb! / 1024) };
}

/** The best of a few runs (the least disturbed by other load on the machine). */
function best(args: string[], runs = 3): { seconds: number; cpu: number; rssMb: number } {
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
/** The YAML floor: js-yaml's `load` alone, on the same text. */
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
for (const n of YAML_ONLY ? [] : [20_000, 200_000]) {
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
if (!YAML_ONLY) {
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

// 3. YAML: the whole validation vs js-yaml's `load` alone (the floor), on a valid file and on
// the same file with one warning (a source no record cites: a cross-record problem, located by
// reading the file again).
{
  const generated = [...generateRecords(20_000)];
  // Valid: without the sources no record happens to cite (each would be a warning).
  const cited = new Set(JSON.stringify(generated).match(/"source":"[^"]+"/g));
  const records = generated.filter(
    (r) => r.type !== "source" || cited.has(`"source":${JSON.stringify(r.id)}`),
  );
  const n = records.length;
  const clean = join(DIR, `${n}.yaml`);
  writeFileSync(clean, toYaml(records));
  const warned = join(DIR, `${n}-warning.yaml`);
  writeFileSync(
    warned,
    toYaml([
      ...records,
      { id: "source-uncited", type: "source", kind: "news_article", title: "Uncited" },
    ]),
  );
  const mb = (statSync(clean).size / 1e6).toFixed(1);
  // The reader alone, in this process: values and positions vs js-yaml's values only.
  {
    const text = readFileSync(clean, "utf8");
    const fastest = (fn: () => void): number => {
      let ms = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        fn();
        ms = Math.min(ms, performance.now() - t);
      }
      return ms;
    };
    const load = fastest(() => loadYaml(text));
    const read = fastest(() => readYaml(text));
    row(
      `YAML reader alone, ${n.toLocaleString("en-US")} records (${mb} MB), in process`,
      `js-yaml load ${load.toFixed(0)} ms`,
      `readYaml (values, problems, locator) ${read.toFixed(0)} ms`,
      `ratio ${(read / load).toFixed(2)}x`,
    );
  }
  for (const [label, file, target] of [
    ["valid", clean, 1.5],
    ["one warning", warned, 2],
  ] as const) {
    const floor = best([FLOOR_JS_YAML, file]);
    const cli = best([CLI, "validate", file, "--format", "json", "--max-problems", "0"]);
    row(
      `YAML ${n.toLocaleString("en-US")} records (${mb} MB), ${label}`,
      `js-yaml load ${floor.seconds.toFixed(2)} s (CPU ${floor.cpu.toFixed(2)} s)`,
      `statecraft validate ${cli.seconds.toFixed(2)} s (CPU ${cli.cpu.toFixed(2)} s)`,
      `ratio ${(cli.seconds / floor.seconds).toFixed(2)}x, CPU ${(cli.cpu / floor.cpu).toFixed(2)}x (target ≤ ${target.toFixed(1)}x)`,
      `peak RSS ${cli.rssMb} MB`,
    );
  }
}

// 3b. YAML aliases: one record in eleven anchors its sources (`sources: &s1 [...]`), the next
// ten reuse them (`sources: *s1`), so the time per alias shows whether reading is linear.
for (const aliases of [1_000, 10_000, 100_000]) {
  const file = join(DIR, `aliases-${aliases}.yaml`);
  writeFileSync(file, aliasedYaml(aliases));
  const floor = best([FLOOR_JS_YAML, file]);
  const cli = best([CLI, "validate", file, "--format", "json", "--max-problems", "0"]);
  const problems = spawnSync(process.execPath, [CLI, "validate", file, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: ENV,
  });
  const stats = (JSON.parse(problems.stdout) as { stats?: { errors: number; warnings: number } })
    .stats;
  row(
    `YAML ${aliases.toLocaleString("en-US")} aliases (${(statSync(file).size / 1e6).toFixed(1)} MB)`,
    `js-yaml load ${floor.seconds.toFixed(2)} s (CPU ${floor.cpu.toFixed(2)} s)`,
    `statecraft validate ${cli.seconds.toFixed(2)} s (CPU ${cli.cpu.toFixed(2)} s, ${((cli.cpu / aliases) * 1e6).toFixed(0)} µs per alias)`,
    `ratio ${(cli.seconds / floor.seconds).toFixed(2)}x, CPU ${(cli.cpu / floor.cpu).toFixed(2)}x`,
    `${stats?.errors ?? "?"} errors, ${stats?.warnings ?? "?"} warnings located`,
    `peak RSS ${cli.rssMb} MB`,
  );
}

/** A YAML list of records (one per line, in flow style) with `aliases` aliases of sources lists. */
function aliasedYaml(aliases: number): string {
  const lines: string[] = [];
  let written = 0;
  let anchor = 0;
  for (const record of generateRecords(Math.ceil(aliases * 1.5))) {
    const { sources, ...rest } = record;
    if (!Array.isArray(sources) || written >= aliases) {
      lines.push(`- ${JSON.stringify(record)}`);
      continue;
    }
    const body = JSON.stringify(rest).slice(0, -1);
    const k = Math.floor(written / 10);
    if (k >= anchor) {
      anchor++;
      lines.push(`- ${body}, "sources": &s${k} ${JSON.stringify(sources)}}`);
    } else {
      written++;
      lines.push(`- ${body}, "sources": *s${k}}`);
    }
  }
  loadYaml(lines.join("\n")); // the file is valid YAML
  return `${lines.join("\n")}\n`;
}

// 4. Peak memory on 1,000,000 records in a 1 GB NDJSON file (memory follows the ids, not the file).
if (!QUICK && !YAML_ONLY) {
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
if (!YAML_ONLY) {
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
if (!YAML_ONLY) {
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
