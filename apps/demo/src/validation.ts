/**
 * The one place the demo validates data: the bundled example and the user's files both go
 * through {@link validateFiles}.
 *
 * INTERIM: `@statecraft/validate` (with its browser-safe entry) is being built on the `validate`
 * branch. Until it is merged, this module parses with `yaml` and checks each record against
 * core's zod schemas only (structure, no cross-record rules), locating problems in the source
 * text. When the package lands, this file becomes a thin adapter over its browser entry and
 * nothing else in the demo changes.
 */
import {
  DatasetSchema,
  datasetRecords,
  RecordSchema,
  type StatecraftRecord,
} from "@statecraft/core";
import { type Document, LineCounter, parseDocument } from "yaml";

/** A file to validate: its name (for messages) and its text. */
export interface InputFile {
  readonly name: string;
  readonly text: string;
}

/** One problem found in the input, located in the file it comes from. */
export interface Problem {
  /** A stable, `snake_case` code naming the rule broken. */
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly file: string;
  /** 1-based line, when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;
  /** The id of the record the problem is in, when known. */
  readonly recordId?: string;
}

/** The records read from a set of files, and what is wrong with them. */
export interface ValidationResult {
  readonly records: readonly StatecraftRecord[];
  readonly problems: readonly Problem[];
}

/** Whether a result has no errors (warnings allowed): its records can replace the dataset. */
export function isValid(result: ValidationResult): boolean {
  return !result.problems.some((problem) => problem.severity === "error");
}

/**
 * Parses and validates data files (YAML or JSON: a dataset, a record, or a list of records).
 *
 * @param files - The files, in the order they were given.
 * @returns Every record that passed, and every problem with file, line and column.
 */
export async function validateFiles(files: readonly InputFile[]): Promise<ValidationResult> {
  const records: StatecraftRecord[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
    const locate = (offset: number | undefined) => {
      if (offset === undefined) return {};
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    };
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({
          code: "yaml_syntax",
          severity: "error",
          message: error.message.split("\n")[0] ?? error.message,
          file: file.name,
          ...locate(error.pos[0]),
        });
      }
      continue;
    }
    const value: unknown = doc.toJS();
    const entries: { value: unknown; path: (string | number)[] }[] = Array.isArray(value)
      ? value.map((item, index) => ({ value: item, path: [index] }))
      : [{ value, path: [] }];
    for (const entry of entries) {
      const isRecord =
        typeof entry.value === "object" && entry.value !== null && "type" in entry.value;
      const result = isRecord
        ? RecordSchema.safeParse(entry.value)
        : DatasetSchema.safeParse(entry.value);
      if (result.success) {
        if ("type" in result.data) records.push(result.data);
        else records.push(...datasetRecords(result.data));
        continue;
      }
      const id = isRecord ? (entry.value as { id?: unknown }).id : undefined;
      for (const issue of result.error.issues) {
        const path = [
          ...entry.path,
          ...issue.path.map((key) => (typeof key === "number" ? key : String(key))),
        ];
        problems.push({
          code: issue.code,
          severity: "error",
          message: issue.message,
          file: file.name,
          ...(typeof id === "string" ? { recordId: id } : {}),
          ...locate(nodeOffset(doc, path)),
        });
      }
    }
  }
  return { records, problems };
}

/** The start offset of the deepest node along `path` that exists in the document. */
function nodeOffset(doc: Document, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range))
      return node.range[0];
  }
  return undefined;
}
