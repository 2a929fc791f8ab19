import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { Engine } from "../src/internal/engine.js";
import { discoverFiles } from "../src/internal/node-files.js";
import { checkInParallel, workerExecArgv, workerThreads } from "../src/internal/worker-pool.js";
import { safeValidateFiles, WorkersUnavailableError } from "../src/node.js";

const DIST = fileURLToPath(new URL("../dist/node.js", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../examples/blinken-china-2024", import.meta.url));

const dir = realpathSync(mkdtempSync(join(tmpdir(), "statecraft-workers-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Three NDJSON files, 1 MB and more in all (what used to start workers by default on 3+ cores),
// with problems of their own and across files: an id used twice, a bad line, a bad country.
const data = join(dir, "data");
mkdirSync(data);
for (const part of ["a", "b", "c"]) {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    lines.push(
      JSON.stringify({
        id: i === 7 ? "source-a-7" : `source-${part}-${i}`,
        type: "source",
        kind: "news_article",
        title: `Dispatch ${part}${i} on the Secretary of State's talks in Beijing and Shanghai`,
        published: "2024-04-21",
      }),
    );
  }
  lines[100] = "{oops";
  lines[200] = `{"type":"actor","kind":"state","id":"state-${part}","name":"S","iso":"XX"}`;
  writeFileSync(join(data, `${part}.ndjson`), `${lines.join("\n")}\n`);
}

describe("workers are opt-in", () => {
  it("checks the files on this thread by default, even from sources with no worker bundle", async () => {
    const result = await safeValidateFiles([data], { maxProblems: 5 });
    expect(result.stats.files).toBe(3);
    expect(result.stats.records).toBe(9000);
    expect(result.valid).toBe(false);
    expect((await safeValidateFiles([data], { maxProblems: 5, workers: 0 })).problems).toEqual(
      result.problems,
    );
  });

  it("starts no worker unless asked, and at most one per file and per core", () => {
    expect(workerThreads(undefined, 40, 8)).toBe(0);
    expect(workerThreads(0, 40, 8)).toBe(0);
    expect(workerThreads(1, 40, 8)).toBe(1);
    expect(workerThreads(2, 40, 8)).toBe(2);
    expect(workerThreads(100, 3, 8)).toBe(3);
    expect(workerThreads(100, 40, 4)).toBe(4);
    expect(workerThreads(Number.POSITIVE_INFINITY, 40, 2)).toBe(2);
    expect(workerThreads(2, 0, 8)).toBe(0);
  });

  it("refuses a workers option that is not a number of threads", async () => {
    for (const workers of [-1, 1.5, Number.NaN]) {
      await expect(safeValidateFiles([data], { workers })).rejects.toThrow(
        /workers must be a whole number of threads/,
      );
    }
  });

  it("is a clear error when the worker bundle is missing (running from sources)", async () => {
    const error = await safeValidateFiles([data], { workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkersUnavailableError);
    const unavailable = error as WorkersUnavailableError;
    expect(unavailable.code).toBe("workers_unavailable");
    expect(unavailable.workers).toBe(Math.min(2, availableParallelism()));
    expect(unavailable.message).toMatch(
      /^cannot start \d worker threads? \(the workers option\): the worker bundle .*worker\.js is missing .*; leave workers unset or 0 to check the files on this thread$/,
    );
  });

  describe("a worker that cannot start fails the run before any file is handed out", () => {
    const run = async (script: string, execArgv?: readonly string[]) => {
      const { files } = await discoverFiles([data], dir);
      const path = join(dir, `worker-${Math.random().toString(36).slice(2)}.mjs`);
      writeFileSync(path, script);
      const engine = new Engine();
      const indexes = files.map((f) => engine.addFile(f.name));
      const seen = { bytes: 0, files: 0 };
      const error = await checkInParallel(
        files,
        engine,
        indexes,
        2,
        pathToFileURL(path),
        {
          onBytes: (n) => {
            seen.bytes += n;
          },
          onFile: () => {
            seen.files++;
          },
          keep: () => {},
        },
        undefined,
        execArgv,
      ).catch((e: unknown) => e);
      expect(seen).toEqual({ bytes: 0, files: 0 });
      expect(error).toBeInstanceOf(WorkersUnavailableError);
      return (error as Error).message;
    };

    it("when its module throws", async () => {
      expect(await run('throw new Error("no luck");\n')).toMatch(
        /^cannot start 2 worker threads \(the workers option\): a worker failed as it started: no luck; /,
      );
    });

    it("when it exits before it is ready", async () => {
      expect(await run("process.exit(3);\n")).toMatch(
        /: a worker exited \(exit code 3\) before it was ready; /,
      );
    });

    it("when Node refuses to create it", async () => {
      expect(await run("", ["--title=x"])).toMatch(
        /: Node refused to create a worker: .*--title=x/,
      );
    });
  });
});

describe("the Node options workers get", () => {
  it("keeps module loading, warnings and experiments; drops -e, -p, --input-type, V8 and process-wide options", () => {
    const parent = [
      "--input-type=module",
      "--eval",
      "console.log(1)",
      "--input-type",
      "commonjs",
      "-e",
      "x",
      "-pe",
      "1",
      "-p",
      "2",
      "--print=3",
      "--require",
      "./hook.cjs",
      "-r",
      "./other.cjs",
      "--import=data:text/javascript,",
      "-C",
      "dev",
      "--conditions=prod",
      "--preserve-symlinks",
      "--no-warnings",
      "--enable-source-maps",
      "--experimental-vm-modules",
      "--max-old-space-size=4096",
      "--max_semi_space_size=16",
      "--stack-size=900",
      "--stack-trace-limit=50",
      "--expose-gc",
      "--harmony",
      "--title",
      "statecraft",
      "--zero-fill-buffers",
      "--inspect-brk=0",
      "--watch",
      "--test",
      "--interactive",
    ];
    expect(workerExecArgv(parent)).toEqual([
      "--require",
      "./hook.cjs",
      "-r",
      "./other.cjs",
      "--import=data:text/javascript,",
      "-C",
      "dev",
      "--conditions=prod",
      "--preserve-symlinks",
      "--no-warnings",
      "--enable-source-maps",
      "--experimental-vm-modules",
    ]);
  });

  it("gives workers only options Node accepts in a worker", async () => {
    const parent = [
      "--input-type=module",
      "--conditions=dev",
      "--no-deprecation",
      "--trace-warnings",
      "--unhandled-rejections=strict",
      "--max-old-space-size=4096",
      "--stack-trace-limit=50",
      "--abort-on-uncaught-exception",
      "--jitless",
      "--title=x",
      "--disable-proto=delete",
      "--openssl-legacy-provider",
      "--use-openssl-ca",
      "--v8-pool-size=2",
      "--secure-heap=0",
      "--expose_gc",
      "--no-expose-gc",
      "--trace-event-categories=v8",
    ];
    const execArgv = workerExecArgv(parent);
    expect(execArgv).toEqual([
      "--conditions=dev",
      "--no-deprecation",
      "--trace-warnings",
      "--unhandled-rejections=strict",
    ]);
    const worker = new Worker(
      'require("node:worker_threads").parentPort.postMessage(process.execArgv)',
      { eval: true, execArgv },
    );
    const seen = await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(seen).toEqual(execArgv);
  });
});

describe("the built package (dist), from node --input-type=module -e", () => {
  it("resolves with workers: 2, starting the threads asked for, capped, with the same result as one thread", () => {
    expect(existsSync(DIST), `${DIST} is missing: build the package first`).toBe(true);
    const script = `
      import { availableParallelism } from "node:os";
      import { safeValidateFiles } from ${JSON.stringify(pathToFileURL(DIST).href)};
      let started = 0;
      process.on("worker", () => { started++; });
      const runs = [];
      for (const workers of [undefined, 2, 100]) {
        started = 0;
        const result = await safeValidateFiles(["data"], {
          maxProblems: 50,
          ...(workers === undefined ? {} : { workers }),
        });
        runs.push({ workers, started, result });
      }
      const example = await safeValidateFiles([${JSON.stringify(EXAMPLE)}], { workers: 2 });
      process.stdout.write(JSON.stringify({ cores: availableParallelism(), runs, example }));
    `;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const { cores, runs, example } = JSON.parse(child.stdout) as {
      cores: number;
      example: { problems: unknown[]; stats: unknown };
      runs: {
        workers?: number;
        started: number;
        result: { valid: boolean; problems: unknown[] };
      }[];
    };
    expect(runs.map((r) => r.started)).toEqual([0, Math.min(2, cores), Math.min(3, cores)]);
    const [one, two, capped] = runs.map((r) => r.result);
    expect(one!.valid).toBe(false);
    expect(one!.problems.length).toBeGreaterThan(3);
    expect(two).toEqual(one);
    expect(capped).toEqual(one);
    expect(example.problems).toEqual([]);
    expect(example.stats).toEqual({ files: 7, records: 73, errors: 0, warnings: 0 });
  });
});
