/**
 * Where `statecraft merge`, `diff` and `import --into` read a dataset from: a file or folder, or
 * a git revision (read with `git ls-tree` and `git cat-file`, never checked out).
 *
 * @module
 */
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { StreamedRecord } from "@statecraft/compose";
import type { StatecraftRecord } from "@statecraft/core";
import {
  formatPretty,
  safeValidateTexts,
  type ValidateOptions,
  type ValidationResult,
} from "@statecraft/validate";
import { loadDataset, safeValidateFiles } from "@statecraft/validate/node";
import { stylesFor } from "./color.js";
import { UsageError } from "./errors.js";
import { ioMessage, isIoError } from "./io.js";

/** The extensions of data files. */
const DATA_EXTENSIONS = new Set([".yaml", ".yml", ".json", ".ndjson", ".jsonl"]);

/** A dataset read and validated. */
export interface LoadedSource {
  /** How messages name it: the path as given, or `<revision>:<path>`. */
  readonly name: string;
  /** Its records, valid. */
  readonly records: readonly StatecraftRecord[];
}

/** A dataset that failed validation: its problems are printed by {@link reportInvalid}. */
export class InvalidSourceError extends Error {
  constructor(
    readonly source: string,
    readonly result: ValidationResult,
  ) {
    super(`${source} is not valid`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      { cwd, maxBuffer: 1 << 30, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim() || error.message));
        else resolve(stdout);
      },
    );
  });
}

/** Whether `name` is a commit in the repository of `cwd`. */
async function isRevision(name: string, cwd: string): Promise<boolean> {
  if (name.startsWith("-")) return false;
  try {
    await git(["rev-parse", "--verify", "--quiet", `${name}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** Reads blobs through one `git cat-file --batch`: fast for thousands of files. */
function readBlobs(specs: readonly string[], cwd: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(stderr.trim() || `git cat-file exited with ${code}`));
      const all = Buffer.concat(chunks);
      const out: string[] = [];
      let at = 0;
      for (const spec of specs) {
        const newline = all.indexOf(10, at);
        const header = all.subarray(at, newline).toString();
        const size = Number(header.split(" ")[2]);
        if (header.endsWith("missing") || !Number.isFinite(size))
          return reject(new Error(`${spec}: not in the repository`));
        out.push(all.subarray(newline + 1, newline + 1 + size).toString("utf8"));
        at = newline + 1 + size + 1;
      }
      resolve(out);
    });
    child.stdin.end(specs.map((s) => `${s}\n`).join(""));
  });
}

/** What a side of a diff, or an input of a merge, names. */
export type SourceSpec =
  | { readonly kind: "path"; readonly path: string }
  | { readonly kind: "revision"; readonly revision: string; readonly paths: readonly string[] };

/**
 * What an argument names: an existing file or folder; `<revision>:<path>`; or a revision (read
 * at `paths`). Anything else is a usage error.
 */
export async function resolveSpec(
  argument: string,
  paths: readonly string[],
  cwd: string,
): Promise<SourceSpec> {
  if (await exists(argument)) return { kind: "path", path: argument };
  const colon = argument.indexOf(":");
  if (colon > 0) {
    const revision = argument.slice(0, colon);
    if (await isRevision(revision, cwd))
      return { kind: "revision", revision, paths: [argument.slice(colon + 1) || "."] };
  }
  if (await isRevision(argument, cwd)) return { kind: "revision", revision: argument, paths };
  throw new UsageError(
    `"${argument}" is neither a file or folder nor a git revision of the repository here; check the spelling (git revisions: a branch, a tag, a commit, origin/main)`,
  );
}

/** The name messages give a spec. */
export function specName(spec: SourceSpec): string {
  return spec.kind === "path" ? spec.path : `${spec.revision}:${spec.paths.join(",")}`;
}

/**
 * Reads and validates a dataset (with the rule severities of the configuration, as `statecraft validate`). Throws an {@link InvalidSourceError} for invalid data and a
 * {@link UsageError} for a path that cannot be read or a revision without data files.
 */
export async function loadSource(
  spec: SourceSpec,
  cwd: string,
  options: ValidateOptions = {},
): Promise<LoadedSource> {
  const name = specName(spec);
  if (spec.kind === "path") {
    let loaded: Awaited<ReturnType<typeof loadDataset>>;
    try {
      loaded = await loadDataset([spec.path], options);
    } catch (error) {
      if (isIoError(error)) throw new UsageError(`${spec.path}: ${ioMessage(error)}`);
      throw error;
    }
    if (!loaded.valid) throw new InvalidSourceError(name, loaded);
    return { name, records: loaded.records };
  }
  let listing: string;
  try {
    listing = await git(
      ["ls-tree", "-r", "-z", "--name-only", spec.revision, "--", ...spec.paths],
      cwd,
    );
  } catch (error) {
    throw new UsageError(`git ls-tree ${spec.revision}: ${(error as Error).message}`);
  }
  const files = listing
    .split("\0")
    .filter((file) => file !== "" && DATA_EXTENSIONS.has(extname(file).toLowerCase()))
    .sort();
  if (files.length === 0)
    throw new UsageError(
      `${name}: no data files (.yaml, .yml, .json, .ndjson, .jsonl) at that revision`,
    );
  let texts: string[];
  try {
    texts = await readBlobs(
      files.map((file) => `${spec.revision}:./${file}`),
      cwd,
    );
  } catch (error) {
    throw new UsageError(`reading ${name}: ${(error as Error).message}`);
  }
  const result = await safeValidateTexts(
    files.map((file, i) => ({ name: `${spec.revision}:${file}`, text: texts[i]! })),
    { ...options, collect: true },
  );
  if (!result.valid) throw new InvalidSourceError(name, result);
  return { name, records: result.records };
}

/** Prints an invalid dataset's problems to stderr, as `statecraft validate` would. */
export function reportInvalid(
  error: InvalidSourceError,
  consequence = "nothing was written",
): void {
  const styles = stylesFor(process.stderr);
  process.stderr.write(formatPretty(error.result, styles ? { styles } : {}));
  process.stderr.write(`${error.source} is not valid: ${consequence}\n`);
}

/** Whether a spec is one NDJSON file, which `diff` can read in passes instead of holding it. */
export async function isNdjsonFile(spec: SourceSpec): Promise<boolean> {
  if (spec.kind !== "path") return false;
  const extension = extname(spec.path).toLowerCase();
  if (extension !== ".ndjson" && extension !== ".jsonl") return false;
  try {
    return (await stat(spec.path)).isFile();
  } catch {
    return false;
  }
}

/** The id at the start of an NDJSON line, when it is written plainly (`{"id":"x",...`). */
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*"([^"\\]*)"/;

/** One NDJSON line as the diff reads it: parsed only when it differs. */
function streamedLine(line: string): StreamedRecord {
  const match = LEADING_ID.exec(line);
  const parsed = match ? undefined : (JSON.parse(line) as StatecraftRecord);
  return {
    id: match ? match[1]! : parsed!.id,
    fingerprint: () => createHash("sha1").update(line).digest("base64"),
    read: () => parsed ?? (JSON.parse(line) as StatecraftRecord),
  };
}

/**
 * Validates one NDJSON file without keeping its records, and returns a way to read them again,
 * record by record, as many times as needed: memory stays bounded whatever the file's size.
 */
export async function streamNdjsonSource(
  path: string,
  options: ValidateOptions = {},
): Promise<{ name: string; records: () => AsyncIterable<StreamedRecord> }> {
  let result: Awaited<ReturnType<typeof safeValidateFiles>>;
  try {
    result = await safeValidateFiles([path], options);
  } catch (error) {
    if (isIoError(error)) throw new UsageError(`${path}: ${ioMessage(error)}`);
    throw error;
  }
  if (!result.valid) throw new InvalidSourceError(path, result);
  return {
    name: path,
    records: async function* () {
      // Lines split by hand: node:readline is several times slower on large files.
      let rest = "";
      for await (const chunk of createReadStream(path, {
        encoding: "utf8",
        highWaterMark: 1 << 20,
      })) {
        const text = rest + (chunk as string);
        let start = 0;
        let end = text.indexOf("\n", start);
        while (end !== -1) {
          const line = text.slice(start, end);
          if (line.trim() !== "") yield streamedLine(line);
          start = end + 1;
          end = text.indexOf("\n", start);
        }
        rest = text.slice(start);
      }
      if (rest.trim() !== "") yield streamedLine(rest);
    },
  };
}
