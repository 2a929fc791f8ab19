import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { pointerSegments } from "./json.js";

/** A problem the YAML parser found, with its code mapped to ours. */
export interface YamlProblem {
  readonly code: "parse_error" | "duplicate_key" | "nesting_too_deep" | "too_many_aliases";
  readonly message: string;
  readonly offset: number;
}

/** A parsed YAML document: its value (when it parsed), problems and a pointer locator. */
export interface YamlOutcome {
  readonly value?: unknown;
  /** `true` when the document holds no content at all (only comments or nothing). */
  readonly empty: boolean;
  readonly problems: readonly YamlProblem[];
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** How many alias expansions a document may make: enough for real files, too few for a bomb. */
export const MAX_ALIAS_COUNT = 100;

function problemCode(code: string, message: string): YamlProblem["code"] {
  if (code === "DUPLICATE_KEY") return "duplicate_key";
  if (message.includes("Maximum call stack")) return "nesting_too_deep";
  return "parse_error";
}

function cleanMessage(message: string): string {
  // yaml appends " at line L, column C" and a code frame; we print positions ourselves.
  const text = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim();
  if (text.includes("Maximum call stack")) return "the document nests collections too deeply to parse";
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Parses a YAML (1.2, core schema) document with positions, unique keys and a bounded alias budget.
 */
export function parseYaml(text: string): YamlOutcome {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const problems: YamlProblem[] = [];
  for (const e of document.errors) {
    const code = problemCode(e.code, e.message);
    // A parse failure cascades; report its first error (and every duplicate key).
    if (code !== "duplicate_key" && problems.some((p) => p.code !== "duplicate_key")) continue;
    const key = code === "duplicate_key" ? /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+?)\s*:/.exec(text.slice(e.pos[0]))?.[1] : undefined;
    problems.push({
      code,
      // Where the stack ran out depends on the stack's size: report the document's start instead.
      message: key !== undefined ? `the key ${JSON.stringify(key.replace(/^["']|["']$/g, ""))} appears twice in this object` : cleanMessage(e.message),
      offset: code === "nesting_too_deep" ? 0 : e.pos[0],
    });
  }
  const empty = document.contents === null || (isScalar(document.contents) && document.contents.value === null && document.contents.range[0] === document.contents.range[1]);
  if (problems.some((p) => p.code !== "duplicate_key")) return { empty, problems, document, lineCounter };
  try {
    const value: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { value, empty, problems, document, lineCounter };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return {
        empty,
        problems: [{ code: "too_many_aliases", message: `the document expands more than ${MAX_ALIAS_COUNT} aliases, as a "billion laughs" attack does`, offset: 0 }],
        document,
        lineCounter,
      };
    }
    if (error instanceof RangeError) {
      return { empty, problems: [{ code: "nesting_too_deep", message: "the document nests collections too deeply to parse", offset: 0 }], document, lineCounter };
    }
    throw error;
  }
}

/** Where a pointer is in a YAML document. */
export interface YamlLocation {
  readonly offset: number;
  readonly keyOffset?: number;
  readonly exact: boolean;
}

/**
 * Finds a JSON Pointer's node in a YAML document, or its deepest existing ancestor.
 */
export function locateYaml(document: Document.Parsed, pointer: string): YamlLocation {
  let node: unknown = document.contents;
  let offset = nodeOffset(node) ?? 0;
  let keyOffset: number | undefined;
  for (const segment of pointerSegments(pointer)) {
    if (isAlias(node)) node = node.resolve(document);
    let next: unknown;
    keyOffset = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (pair) {
        next = pair.value;
        keyOffset = nodeOffset(pair.key);
        // A key with no value (`title:`) has no value node: point at the key.
        if (next === null || next === undefined) return { offset: keyOffset ?? offset, keyOffset: keyOffset ?? offset, exact: true };
      }
    } else if (isSeq(node)) {
      next = node.items[Number(segment)];
    }
    const at = nodeOffset(next);
    if (at === undefined) return { offset, exact: false };
    node = next;
    offset = at;
  }
  return { offset, ...(keyOffset === undefined ? {} : { keyOffset }), exact: true };
}

function nodeOffset(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
