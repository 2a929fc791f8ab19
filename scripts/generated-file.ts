/**
 * Writes generated files, or with `--check` fails when the committed ones differ: the one
 * write-or-check step of every generator script in the workspace (core's reference data, JSON
 * Schema and data dictionary, jsonld's vocabulary, validate's rules page).
 *
 * Generator scripts run with tsx and are not published, so they import this module by relative
 * path (`../../../scripts/generated-file.js`) and no package depends on another for it.
 *
 * ```ts
 * if (isMainModule(import.meta.url)) {
 *   process.exitCode = await runGenerator(process.argv.slice(2), {
 *     name: "generate-json-schema",
 *     base: PACKAGE_ROOT,
 *     regenerate: "pnpm --filter @statecraft/core generate",
 *     render: renderJsonSchemaFiles,
 *   });
 * }
 * ```
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root (this module lives in `scripts/`). */
export const REPO_ROOT: string = fileURLToPath(new URL("..", import.meta.url));

/**
 * Generated files: the full text of each, keyed by its path — absolute, or relative to the
 * generator's base directory.
 */
export type GeneratedFiles = Readonly<Record<string, string>>;

/** A generator, as {@link runGenerator} runs it. */
export interface Generator {
  /** The script's name, for messages (`generate-reference`). */
  readonly name: string;
  /** The directory relative paths of the rendered files start from. */
  readonly base: string;
  /** The command that rewrites the files, for the message `--check` prints when they differ. */
  readonly regenerate: string;
  /** Renders every file, without writing anything. */
  readonly render: () => GeneratedFiles | Promise<GeneratedFiles>;
}

/** A path as messages show it: relative to the repository root. */
function shown(path: string): string {
  return relative(REPO_ROOT, path).split("\\").join("/");
}

/**
 * Returns the paths (keys of `files`) whose file differs from the rendered text, or is missing.
 *
 * @param base - The directory relative paths start from.
 */
export function findStaleFiles(files: GeneratedFiles, base: string): string[] {
  const stale: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    let committed: string | undefined;
    try {
      committed = readFileSync(resolve(base, path), "utf8");
    } catch {
      committed = undefined;
    }
    if (committed !== text) stale.push(path);
  }
  return stale;
}

/**
 * Writes every file (whether or not it changed).
 *
 * @param base - The directory relative paths start from.
 * @returns The files' absolute paths, in the order written.
 */
export function writeGeneratedFiles(files: GeneratedFiles, base: string): string[] {
  return Object.entries(files).map(([path, text]) => {
    const file = resolve(base, path);
    writeFileSync(file, text);
    return file;
  });
}

/**
 * Runs a generator from the command line: with no argument, writes its files; with `--check`,
 * writes nothing and fails when a committed file differs from what it renders.
 *
 * @param argv - The script's arguments (`process.argv.slice(2)`).
 * @returns The exit code: 0 when written or up to date, 1 when `--check` finds a stale file,
 * 2 on an unknown argument.
 */
export async function runGenerator(argv: readonly string[], generator: Generator): Promise<number> {
  const { name, base, regenerate } = generator;
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`${name}: unknown argument(s) ${unknown.join(" ")}; usage: [--check]`);
    return 2;
  }
  const files = await generator.render();
  if (!argv.includes("--check")) {
    for (const file of writeGeneratedFiles(files, base)) console.log(`wrote ${shown(file)}`);
    return 0;
  }
  const stale = findStaleFiles(files, base);
  if (stale.length > 0) {
    const list = stale.map((path) => `  ${shown(resolve(base, path))}`).join("\n");
    console.error(
      `${name} --check: ${stale.length} generated file(s) differ from what the generator renders:\n${list}\nRun \`${regenerate}\` and commit the result.`,
    );
    return 1;
  }
  console.log(`${name} --check: ${Object.keys(files).length} generated file(s) up to date.`);
  return 0;
}

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script Node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(entry).href;
}
