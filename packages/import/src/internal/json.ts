import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";
import type { ImportInput } from "../input.js";
import type { ImportContext } from "./context.js";
import { baseName, readText } from "./text.js";

/** A parsed JSON document with a way to find the line of a value in its text. */
export interface JsonDocument {
  readonly file: string;
  readonly value: unknown;
  /** The 1-based line where `"key": "value"` first occurs (a record's id), or `undefined`. */
  lineOf(key: string, value: string): number | undefined;
}

/**
 * Reads and parses a JSON input whole (Popolo and PLOVER files are single JSON documents of a few
 * MB). Malformed JSON is reported with its line and the file is skipped (`undefined`).
 */
export async function readJson(
  input: ImportInput,
  context: ImportContext,
): Promise<JsonDocument | undefined> {
  const file = baseName(input.name);
  const text = await readText(input);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse says what but not where; jsonc-parser (strict: no comments, no trailing commas) says where.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const before = first ? text.slice(0, first.offset) : "";
    const line = first ? before.split("\n").length : undefined;
    const column = first ? first.offset - before.lastIndexOf("\n") : undefined;
    context.warn(
      "malformed_json",
      "warning",
      `the file is not valid JSON (${first ? `${printParseErrorCode(first.error)} at line ${line}, column ${column}` : "unreadable"}); file skipped`,
      { file, line },
      file,
    );
    return undefined;
  }
  let newlines: number[] | undefined;
  return {
    file,
    value,
    lineOf(key, needle) {
      const match = new RegExp(`"${key}"\\s*:\\s*${escapeRegExp(JSON.stringify(needle))}`).exec(
        text,
      );
      if (!match) return undefined;
      newlines ??= [...text.matchAll(/\n/g)].map((m) => m.index);
      let low = 0;
      let high = newlines.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (newlines[mid]! < match.index) low = mid + 1;
        else high = mid;
      }
      return low + 1;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A plain object, or `undefined`. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A non-empty trimmed string, or `undefined`. */
export function asText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** An array (of unknown items), or an empty one. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
