import { Engine } from "./internal/engine.js";
import { checkDocument, type FileFormat, formatOf } from "./internal/file-check.js";
import { loadFromDocument, loadFromNdjsonLine } from "./internal/loader.js";
import { checkNdjsonText } from "./internal/ndjson-check.js";
import { loadYaml } from "./internal/yaml-loader.js";
import type { ValidateOptions } from "./options.js";
import type { CollectedResult, ValidationResult, ValidDataset, ValidResult } from "./problem.js";
import { ValidationError } from "./validation-error.js";

/** A file held in memory: its name (which picks the format by extension) and its text. */
export interface TextFile {
  /** The file name, e.g. `meetings.yaml`; `.yaml`/`.yml`, `.json`, `.ndjson`/`.jsonl`. */
  readonly name: string;
  /** The file's text. */
  readonly text: string;
  /** The format, when the name does not say it. */
  readonly format?: FileFormat;
}

function splitLines(text: string): Map<number, string> {
  // NDJSON byte offsets -> line text, for reloading records held in memory.
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const lines = new Map<number, string>();
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    lines.set(start, decoder.decode(bytes.subarray(start, end)).replace(/\r$/, ""));
    start = end + 1;
  }
  return lines;
}

/**
 * Validates files held in memory — structure and cross-record rules — and returns the result as
 * data. Safe in browsers: no `node:` imports, no file access.
 *
 * @param files - The files of one dataset.
 * @param options - Rule severities, the problem cap, and the severity that fails.
 * @returns The result: `valid`, `stats`, `problems` (located), `counts`.
 * @example
 * ```ts
 * const result = await safeValidateTexts([{ name: "meetings.yaml", text }]);
 * for (const p of result.problems) console.log(`${p.file}:${p.line}:${p.column} ${p.message}`);
 * ```
 */
export async function safeValidateTexts(
  files: readonly TextFile[],
  options: ValidateOptions & { readonly collect: true },
): Promise<CollectedResult>;
export async function safeValidateTexts(
  files: readonly TextFile[],
  options?: ValidateOptions,
): Promise<ValidationResult>;
export async function safeValidateTexts(
  files: readonly TextFile[],
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const engine = new Engine(options);
  const formats: (FileFormat | undefined)[] = [];
  for (const file of files) {
    const index = engine.addFile(file.name);
    const format = file.format ?? formatOf(file.name);
    formats.push(format);
    const sink = engine.sink(index);
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    if (format === undefined) {
      sink.problem({
        code: "not_a_dataset",
        message: "the file name does not end in .yaml, .yml, .json, .ndjson or .jsonl",
        pointer: "",
      });
    } else if (format === "ndjson") engine.records += checkNdjsonText(text, sink);
    else engine.records += await checkDocument(text, format, sink);
  }
  return engine.finish({
    async load(file, places) {
      const format = formats[file];
      const source = files[file]!;
      const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
      if (format === "ndjson") {
        const lines = splitLines(text);
        return places.map((p) => loadFromNdjsonLine(lines.get(p.offset) ?? "", p.line));
      }
      if (format === "json") return loadFromDocument(text, "json", places);
      return loadFromDocument(text, "yaml", places, await loadYaml());
    },
  });
}

/**
 * Validates files held in memory like {@link safeValidateTexts}, but throws when they are invalid.
 *
 * @throws {ValidationError} When a problem reaches the `failOn` severity.
 * @returns The result, when valid (it may hold warnings).
 * @example
 * ```ts
 * try {
 *   const { records } = await validateTexts([{ name: "meetings.yaml", text }], { collect: true });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.error(formatPretty(error.result));
 * }
 * ```
 */
export async function validateTexts(
  files: readonly TextFile[],
  options: ValidateOptions & { readonly collect: true },
): Promise<ValidDataset>;
export async function validateTexts(
  files: readonly TextFile[],
  options?: ValidateOptions,
): Promise<ValidResult>;
export async function validateTexts(
  files: readonly TextFile[],
  options: ValidateOptions = {},
): Promise<ValidResult> {
  const result = await safeValidateTexts(files, options);
  if (!result.valid) throw new ValidationError(result);
  return result;
}
