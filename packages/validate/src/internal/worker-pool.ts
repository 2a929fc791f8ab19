/**
 * Checking files on worker threads, which callers ask for with the `workers` option: how many
 * threads, which Node options they get, and the pool that hands them files and feeds what they
 * find to the engine in file order.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { StatecraftRecord } from "@statecraft/core";
import { WorkersUnavailableError } from "../workers-unavailable-error.js";
import type { Engine } from "./engine.js";
import type { RawProblem } from "./file-check.js";
import type { FoundFile, KeptFile } from "./node-files.js";
import type { RecordSummary } from "./record-summary.js";
import type { WorkerJob, WorkerMessage } from "./worker-protocol.js";

/**
 * How many worker threads check `files` files: none unless asked for, and never more than one
 * per file or per core (more would only cost memory and start-up time).
 *
 * @param requested - The `workers` option: `undefined` or `0` for none, a whole number, or `Infinity`.
 * @param files - How many files are to be checked.
 * @param cores - The cores available (`os.availableParallelism()`).
 * @throws {RangeError} When `requested` is negative, not a number or not whole.
 */
export function workerThreads(
  requested: number | undefined,
  files: number,
  cores: number = availableParallelism(),
): number {
  if (requested === undefined) return 0;
  if (!(requested >= 0) || (Number.isFinite(requested) && !Number.isInteger(requested)))
    throw new RangeError(
      `workers must be a whole number of threads, 0 or more (or Infinity), not ${String(requested)}`,
    );
  return Math.min(requested, files, Math.max(1, cores));
}

/**
 * The worker script: a sibling of the bundle (`dist/worker.js`).
 *
 * @param base - Where the bundle is (`import.meta.url` of the module asking).
 * @throws {WorkersUnavailableError} When there is none: the library runs from its sources.
 */
export function workerBundle(threads: number, base: string | URL = import.meta.url): URL {
  const url = new URL("./worker.js", base);
  if (existsSync(fileURLToPath(url))) return url;
  throw new WorkersUnavailableError(
    threads,
    `the worker bundle ${fileURLToPath(url)} is missing (worker threads run the built package's dist/worker.js, and this copy of @statecraft/validate runs from its sources)`,
  );
}

/**
 * Node options that configure V8 or the whole process rather than one thread: `new Worker`
 * refuses them in `execArgv` (ERR_WORKER_INVALID_EXEC_ARGV; Node's docs: "V8 options (such as
 * `--max-old-space-size`) and options that affect the process (such as `--title`) are not
 * supported"). They already apply to every thread. The ones Node 20 accepts in NODE_OPTIONS;
 * options NODE_OPTIONS refuses are dropped anyway (see {@link workerExecArgv}).
 */
const PROCESS_WIDE = new Set([
  "--abort-on-uncaught-exception",
  "--debug-arraybuffer-allocations",
  "--disable-proto",
  "--disable-wasm-trap-handler",
  "--disallow-code-generation-from-strings",
  "--enable-etw-stack-walking",
  "--enable-fips",
  "--experimental-shadow-realm",
  "--expose-gc",
  "--force-fips",
  "--huge-max-old-generation-size",
  "--icu-data-dir",
  "--interpreted-frames-native-stack",
  "--jitless",
  "--max-heap-size",
  "--max-old-space-size",
  "--max-semi-space-size",
  "--node-memory-debug",
  "--node-snapshot",
  "--openssl-config",
  "--openssl-legacy-provider",
  "--openssl-shared-config",
  "--perf-basic-prof",
  "--perf-basic-prof-only-functions",
  "--perf-prof",
  "--perf-prof-unwinding-info",
  "--report-compact",
  "--report-dir",
  "--report-directory",
  "--report-filename",
  "--report-on-fatalerror",
  "--secure-heap",
  "--secure-heap-min",
  "--snapshot-blob",
  "--stack-size",
  "--stack-trace-limit",
  "--title",
  "--tls-cipher-list",
  "--trace-event-categories",
  "--trace-event-file-pattern",
  "--trace-events-enabled",
  "--trace-sigint",
  "--use-bundled-ca",
  "--use-largepages",
  "--use-openssl-ca",
  "--use-system-ca",
  "--v8-pool-size",
  "--zero-fill-buffers",
]);

/**
 * Node options that say what the process runs — code from the command line (`--input-type`
 * with a file is ERR_INPUT_TYPE_NOT_ALLOWED), a REPL, a syntax check, tests, watching — or open
 * a debugger port: a worker runs its own file, and is debugged through the parent's inspector.
 */
const WHAT_TO_RUN = new Set([
  "-c",
  "--check",
  "--debug-port",
  "-e",
  "--eval",
  "-i",
  "--input-type",
  "--inspect",
  "--inspect-brk",
  "--inspect-port",
  "--inspect-publish-uid",
  "--inspect-wait",
  "--interactive",
  "-p",
  "--print",
  "-pe",
  "--test",
  "--watch",
  "--watch-path",
  "--watch-preserve-output",
]);

/** An option's name as the sets above spell it: no value, dashes for underscores, no `--no-`. */
function optionName(flag: string): string {
  const name = flag.split("=", 1)[0]!;
  if (!name.startsWith("--")) return name;
  const dashed = `--${name.slice(2).replaceAll("_", "-")}`;
  return dashed.startsWith("--no-") ? `--${dashed.slice(5)}` : dashed;
}

/**
 * The Node options to start workers with: those of this process (`process.execArgv`) that
 * workers take and need — module resolution and loading (`--conditions`, `--import`,
 * `--require`, loaders, `--preserve-symlinks`), experimental features, warnings and source maps.
 * Dropped: options that say what the process runs (`-e`/`--eval`, `-p`/`--print`,
 * `--input-type`, `--test`, `--watch`, …) and their values, debugger ports, V8 and process-wide
 * options (`--max-old-space-size`, `--title`, …), which `new Worker` refuses and which apply to
 * every thread anyway, and any option NODE_OPTIONS would refuse.
 *
 * @param execArgv - The parent's Node options, as in `process.execArgv`.
 * @param allowed - The options allowed in NODE_OPTIONS (`process.allowedNodeEnvironmentFlags`).
 */
export function workerExecArgv(
  execArgv: readonly string[],
  allowed: ReadonlySet<string> = process.allowedNodeEnvironmentFlags,
): string[] {
  const kept: string[] = [];
  let keep = false;
  for (const arg of execArgv) {
    // process.execArgv holds only Node's options: a word that is not an option is the value of
    // the one before (`-e CODE`, `-r ./hook.cjs`, `--conditions dev`).
    if (!arg.startsWith("-")) {
      if (keep) kept.push(arg);
      continue;
    }
    const name = optionName(arg);
    keep =
      !WHAT_TO_RUN.has(name) &&
      !PROCESS_WIDE.has(name) &&
      (allowed as { has(flag: string): boolean }).has(arg.split("=", 1)[0]!);
    if (keep) kept.push(arg);
  }
  return kept;
}

interface Buffered {
  problems: RawProblem[];
  records: RecordSummary[];
  /** For each record, how many of `problems` were found before it. */
  problemsBefore: number[];
  values: StatecraftRecord[];
  done: boolean;
  count: number;
}

/** What {@link checkInParallel} reports back to the caller as files are read. */
export interface PoolCallbacks {
  /** Bytes read. */
  readonly onBytes: (n: number) => void;
  /** A file finished (in file order). */
  readonly onFile: () => void;
  /** What a file's check kept to locate problems later, by position in `files`. */
  readonly keep: (position: number, kept: KeptFile | undefined) => void;
}

/**
 * Checks the files on `threads` worker threads. Results are fed to the engine in file order (a
 * file's results wait until every earlier file is in), so the outcome does not depend on
 * timing. Workers get the Node options {@link workerExecArgv} keeps.
 *
 * @throws {WorkersUnavailableError} When a worker cannot be created, or fails or exits before it
 *   says it is ready (nothing is fed to the engine then: no file is handed out before).
 */
export async function checkInParallel(
  files: readonly FoundFile[],
  engine: Engine,
  indexes: readonly number[],
  threads: number,
  url: URL,
  callbacks: PoolCallbacks,
  maxFileBytes: number | undefined,
  execArgv: readonly string[] = workerExecArgv(process.execArgv),
): Promise<void> {
  const { onBytes, onFile, keep } = callbacks;
  const buffered = new Map<number, Buffered>();
  let next = 0; // next job to hand out
  let ingest = 0; // next file (position in `files`) to feed the engine
  const drain = (): void => {
    for (;;) {
      const b = buffered.get(ingest);
      if (!b) return;
      const fileIndex = indexes[ingest]!;
      // In the order the worker found them, as on one thread.
      let p = 0;
      for (const [i, r] of b.records.entries()) {
        for (const until = b.problemsBefore[i]!; p < until; p++)
          engine.problem(fileIndex, b.problems[p]!);
        engine.record(fileIndex, r);
      }
      for (; p < b.problems.length; p++) engine.problem(fileIndex, b.problems[p]!);
      for (const v of b.values) engine.value(v);
      b.problems = [];
      b.records = [];
      b.problemsBefore = [];
      b.values = [];
      if (!b.done) return;
      engine.records += b.count;
      buffered.delete(ingest);
      ingest++;
      onFile();
    }
  };
  // Loaded here: runs on one thread (the default) never load worker_threads.
  const { Worker } = await import("node:worker_threads");
  const workers: InstanceType<typeof Worker>[] = [];
  const count = Math.min(threads, files.length);
  let ready = 0;
  // Each worker's `give`, called once all are ready: no file is handed out before, so a worker
  // that cannot start fails the run before any result reaches the engine.
  const starters: (() => void)[] = [];
  const notStarted = (reason: string, cause: unknown): WorkersUnavailableError =>
    new WorkersUnavailableError(count, reason, { cause });
  try {
    for (let w = 0; w < count; w++) {
      try {
        workers.push(new Worker(url, { execArgv: [...execArgv] }));
      } catch (error) {
        throw notStarted(
          `Node refused to create a worker: ${error instanceof Error ? error.message : String(error)}`,
          error,
        );
      }
    }
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let started = false;
            const give = (): void => {
              if (next >= files.length) {
                resolve();
                return;
              }
              const job: WorkerJob = {
                index: next,
                file: files[next]!,
                collect: engine.collected !== undefined,
                ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
              };
              buffered.set(next, {
                problems: [],
                records: [],
                problemsBefore: [],
                values: [],
                done: false,
                count: 0,
              });
              next++;
              worker.postMessage(job);
            };
            worker.on("message", (message: WorkerMessage) => {
              if (message.kind === "ready") {
                started = true;
                ready++;
                // The last worker to be ready starts them all.
                if (ready === count) for (const start of starters) start();
                return;
              }
              if (message.kind === "progress") {
                onBytes(message.bytes);
                return;
              }
              const b = buffered.get(message.index)!;
              if (message.kind === "batch") {
                const offset = b.problems.length;
                for (const before of message.problemsBefore) b.problemsBefore.push(offset + before);
                b.problems.push(...message.problems);
                b.records.push(...message.records);
                b.values.push(...message.values);
              } else if (message.kind === "done") {
                b.done = true;
                b.count = message.records;
                keep(message.index, message.kept);
              } else {
                reject(
                  new Error(`A worker failed on ${files[message.index]!.name}: ${message.message}`),
                );
                return;
              }
              drain();
              if (message.kind === "done") give();
            });
            worker.on("error", (error) =>
              reject(
                started
                  ? error
                  : notStarted(`a worker failed as it started: ${error.message}`, error),
              ),
            );
            // Without an error (killed, out of memory): fail rather than wait forever.
            worker.on("exit", (code) =>
              reject(
                started
                  ? new Error(`A worker stopped (exit code ${code}) before finishing its files`)
                  : notStarted(
                      `a worker exited (exit code ${code}) before it was ready`,
                      undefined,
                    ),
              ),
            );
            starters.push(give);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  drain();
}
