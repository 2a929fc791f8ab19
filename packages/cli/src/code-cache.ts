import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire, wrap } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import envPaths from "env-paths";

/**
 * Loads the CLI's command bundles through V8's code cache, so that a command started again does
 * not parse and compile its JavaScript again.
 *
 * Every start of `statecraft validate` used to compile about 300 KB of minified JavaScript (zod,
 * the core schemas, the validator): a third of its start-up time on top of bare Node. Node 22
 * caches compiled modules itself (`module.enableCompileCache`); Node 20, which this package
 * supports, does not. So the command bundles are CommonJS files run through `vm.Script` with
 * `cachedData`: the first run compiles as usual and, at exit, saves V8's code cache (which then
 * holds every function that run compiled, not just the top level); later runs deserialise it.
 *
 * The cache lives in the user's cache folder (`~/.cache/statecraft-nodejs/compile-cache` on
 * Linux; see {@link cacheDirectory}). Entries are keyed by the bundle file's identity (size,
 * modification and change times, inode) and the Node version and architecture, because V8's
 * own check of cached data looks at the source's length only. Every failure to read or write
 * the cache is silent: the cache only ever makes a run faster, never changes what it does.
 */

/** Environment variable: a folder for the cache, or `0` / `off` / `false` to disable it. */
const CACHE_ENV = "STATECRAFT_COMPILE_CACHE";

/** Bundles whose cache is written when the process exits, by cache file. */
const pending = new Map<string, Script>();

/**
 * The folder the code cache is kept in, or `undefined` when caching is disabled — by
 * `STATECRAFT_COMPILE_CACHE=0` or by Node's own switch, `NODE_DISABLE_COMPILE_CACHE`.
 */
function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const setting = env[CACHE_ENV];
  if (setting !== undefined && /^(?:0|off|false|no)$/i.test(setting)) return undefined;
  if (setting) return setting;
  return join(envPaths("statecraft").cache, "compile-cache");
}

/** The cache file for a bundle: one per bundle build and Node build. */
function cacheFile(directory: string, file: string): string | undefined {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    const key = [
      size,
      Math.trunc(mtimeMs),
      Math.trunc(ctimeMs),
      ino,
      process.version,
      process.arch,
    ];
    return join(directory, `${basename(file, ".cjs")}-${key.join("-")}.v8`);
  } catch {
    return undefined;
  }
}

function readCache(path: string | undefined): Buffer | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Runs a file-system step whose failure only costs the next run its head start. */
function attempt(step: () => void): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
  }
}

/**
 * Entries kept per bundle besides the one being written. Several installs of statecraft (a
 * global one and a project's, say) share the cache folder; each keeps its own entry, and the
 * oldest beyond this many go when a new one is written.
 */
const KEEP = 4;

/** Removes the oldest entries of a bundle beyond {@link KEEP}. */
function prune(directory: string, name: string): void {
  const prefix = `${name.split("-")[0]}-`;
  const others = readdirSync(directory)
    .filter((entry) => entry.startsWith(prefix) && entry.endsWith(".v8") && entry !== name)
    .map((entry) => ({ entry, time: statSync(join(directory, entry)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { entry } of others.slice(KEEP)) attempt(() => rmSync(join(directory, entry)));
}

/** Writes the code caches the run produced. */
function flush(): void {
  for (const [path, script] of pending) {
    const directory = dirname(path);
    if (!attempt(() => mkdirSync(directory, { recursive: true, mode: 0o700 }))) continue;
    attempt(() => prune(directory, basename(path)));
    // Written whole, then renamed: a concurrent run reads either no cache or a complete one.
    const temporary = `${path}.${process.pid}.tmp`;
    const written = attempt(() => {
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, path);
    });
    if (!written) attempt(() => rmSync(temporary, { force: true }));
  }
  pending.clear();
}

/**
 * Runs a CommonJS bundle that sits beside this one (`dist/<name>`), with its code cache, and
 * returns its `module.exports`.
 */
export function loadBundle<T>(name: string): T {
  // The bundles are CommonJS files side by side in dist/, so `__dirname` is that folder.
  const file = join(__dirname, name);
  const source = readFileSync(file, "utf8");
  const directory = cacheDirectory();
  const path = directory === undefined ? undefined : cacheFile(directory, file);
  const cachedData = readCache(path);
  // Bundles contain no `import()` (the build turns it into `require`), so no module loader.
  const script = new Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (
    exports: T,
    require: NodeJS.Require,
    module: { exports: T },
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (path !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    if (pending.size === 0) process.once("exit", flush);
    pending.set(path, script);
  }
  return module.exports;
}
