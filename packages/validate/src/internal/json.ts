/**
 * A strict JSON parser that never recurses, reports duplicate keys, defines `__proto__` as an
 * own property, and can find where given JSON Pointers are in the text.
 *
 * Why not a library: jsonc-parser and @humanwhocodes/momoa (the position-aware parsers) both
 * recurse per nesting level and overflow the stack on 100,000-deep input, and neither reports
 * duplicate keys; `JSON.parse` gives no positions. Validation parses NDJSON lines with
 * `JSON.parse` and uses this parser for `.json` documents and to locate problems.
 */
import { positionOf } from "./text.js";

/** A syntax error: what is wrong and at which UTF-16 offset. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly offset: number;
}

/** A key that appears twice in one object. */
export interface JsonDuplicateKey {
  /** The JSON Pointer of the duplicated member. */
  readonly pointer: string;
  /** The offset of the second occurrence's key. */
  readonly offset: number;
  readonly key: string;
}

/** Where a pointer was found: the value's offset and, for an object member, its key's. */
export interface JsonLocation {
  readonly offset: number;
  readonly keyOffset?: number;
  /** `false` when the pointer does not exist and `offset` is that of its deepest existing ancestor. */
  readonly exact: boolean;
}

/** The outcome of {@link parseJson}. */
export interface JsonParseOutcome {
  readonly value?: unknown;
  readonly error?: JsonSyntaxError;
  readonly duplicates: readonly JsonDuplicateKey[];
  readonly locations?: ReadonlyMap<string, JsonLocation>;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  pointer?: string;
}

interface Frame {
  readonly container: Record<string, unknown> | unknown[];
  readonly isArray: boolean;
  readonly open: number;
  key: string;
  keyOffset: number;
  readonly trie: TrieNode | undefined;
  childTrie: TrieNode | undefined;
  /** The key, or index as text, this frame has in its parent (for duplicate-key pointers). */
  readonly segment: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Escapes a JSON Pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.includes("~") || segment.includes("/")
    ? segment.replaceAll("~", "~0").replaceAll("/", "~1")
    : segment;
}

/** Splits a JSON Pointer into unescaped segments; `""` is the whole document. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => (s.includes("~") ? s.replaceAll("~1", "/").replaceAll("~0", "~") : s));
}

function buildTrie(pointers: Iterable<string>): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const segment of pointerSegments(pointer)) {
      let next = node.children.get(segment);
      if (!next) {
        next = { children: new Map() };
        node.children.set(segment, next);
      }
      node = next;
    }
    node.pointer = pointer;
  }
  return root;
}

function describe(text: string, i: number): string {
  if (i >= text.length) return "end of file";
  const code = text.codePointAt(i) ?? 0;
  if (code < 0x20) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(String.fromCodePoint(code));
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Parses JSON text strictly (RFC 8259), iteratively.
 *
 * @param text - The document.
 * @param locate - Pointers whose positions to record in `locations`.
 */
export function parseJson(text: string, locate?: Iterable<string>): JsonParseOutcome {
  const duplicates: JsonDuplicateKey[] = [];
  const trie = locate ? buildTrie(locate) : undefined;
  const locations = trie ? new Map<string, JsonLocation>() : undefined;
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  let root: unknown;

  const fail = (message: string, offset: number): JsonParseOutcome => {
    // Record the deepest located ancestor for pointers not reached.
    return { error: { message, offset }, duplicates, ...(locations ? { locations } : {}) };
  };
  const skip = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const pointerOf = (key: string): string => {
    let p = "";
    for (let d = 1; d < stack.length; d++) p += `/${escapePointerSegment(stack[d]!.segment)}`;
    return `${p}/${escapePointerSegment(key)}`;
  };
  const readString = (): string | JsonSyntaxError => {
    const start = i; // at the opening quote
    let j = i + 1;
    let escaped = false;
    for (;;) {
      if (j >= n)
        return { message: "unterminated string (the file ends inside it)", offset: start };
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        j += 2;
        continue;
      }
      if (c < 0x20) {
        return {
          message:
            c === 0x0a
              ? "unterminated string (a line break inside a string must be written \\n)"
              : `${describe(text, j)} inside a string (write it escaped)`,
          offset: j,
        };
      }
      j++;
    }
    i = j + 1;
    if (!escaped) return text.slice(start + 1, j);
    try {
      return JSON.parse(text.slice(start, j + 1)) as string;
    } catch {
      const bad = /\\(?:u(?![0-9a-fA-F]{4})|[^"\\/bfnrtu])/.exec(text.slice(start, j + 1));
      return { message: "invalid escape sequence in a string", offset: start + (bad?.index ?? 0) };
    }
  };
  const expected = (what: string): JsonParseOutcome => {
    if (i >= n) {
      const top = stack[stack.length - 1];
      let closing = "";
      if (top) {
        const at = positionOf(text, top.open);
        closing = ` — the ${top.isArray ? "list" : "object"} opened at line ${at.line}, column ${at.column} is not closed`;
      }
      return fail(`unexpected end of file (expected ${what})${closing}`, n);
    }
    return fail(`unexpected ${describe(text, i)} (expected ${what})`, i);
  };

  // Value reading loop: `want` is true when a value is expected next.
  for (;;) {
    skip();
    // Read one value.
    const valueStart = i;
    const parent = stack[stack.length - 1];
    const here = parent ? parent.childTrie : trie;
    if (here?.pointer !== undefined && locations) {
      locations.set(here.pointer, {
        offset: valueStart,
        ...(parent && !parent.isArray ? { keyOffset: parent.keyOffset } : {}),
        exact: true,
      });
    }
    if (i >= n) return expected("a value");
    const c = text.charCodeAt(i);
    let value: unknown;
    let opened = false;
    if (c === 0x7b || c === 0x5b) {
      const isArray = c === 0x5b;
      const container: Record<string, unknown> | unknown[] = isArray ? [] : {};
      const segment = parent ? (parent.isArray ? String(parent.container.length) : parent.key) : "";
      i++;
      stack.push({
        container,
        isArray,
        open: valueStart,
        key: "",
        keyOffset: -1,
        trie: here,
        childTrie: undefined,
        segment,
      });
      opened = true;
      value = container;
    } else if (c === 0x22) {
      const s = readString();
      if (typeof s !== "string") return fail(s.message, s.offset);
      value = s;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return fail(`invalid number`, i);
      i += m[0].length;
      value = Number(m[0]);
    } else if (text.startsWith("true", i)) {
      i += 4;
      value = true;
    } else if (text.startsWith("false", i)) {
      i += 5;
      value = false;
    } else if (text.startsWith("null", i)) {
      i += 4;
      value = null;
    } else {
      return expected("a value");
    }
    if (!opened) {
      if (!parent) root = value;
      else store(parent, value);
    }
    // After a value (or an opening bracket): close containers, then find the next value.
    let first = opened;
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        skip();
        if (i < n) return fail(`unexpected ${describe(text, i)} after the end of the document`, i);
        return { value: root, duplicates, ...(locations ? { locations } : {}) };
      }
      skip();
      const d = text.charCodeAt(i);
      if (top.isArray) {
        if (d === 0x5d) {
          i++;
          finish();
          first = false;
          continue;
        }
        if (first) {
          top.childTrie = top.trie?.children.get("0");
          break;
        }
        if (d !== 0x2c) return expected('"," or "]"');
        const comma = i;
        i++;
        skip();
        if (text.charCodeAt(i) === 0x5d)
          return fail(
            'a trailing comma before "]": JSON allows no comma after the last item',
            comma,
          );
        top.childTrie = top.trie?.children.get(String((top.container as unknown[]).length));
        break;
      }
      if (d === 0x7d && first) {
        i++;
        finish();
        first = false;
        continue;
      }
      if (!first) {
        if (d === 0x7d) {
          i++;
          finish();
          continue;
        }
        if (d !== 0x2c) return expected('"," or "}"');
        const comma = i;
        i++;
        skip();
        if (text.charCodeAt(i) === 0x7d)
          return fail(
            'a trailing comma before "}": JSON allows no comma after the last member',
            comma,
          );
      }
      if (text.charCodeAt(i) !== 0x22)
        return expected(first ? 'a key in double quotes or "}"' : "a key in double quotes");
      const keyOffset = i;
      const key = readString();
      if (typeof key !== "string") return fail(key.message, key.offset);
      skip();
      if (text.charCodeAt(i) !== 0x3a) return expected('":" after the key');
      i++;
      top.key = key;
      top.keyOffset = keyOffset;
      top.childTrie = top.trie?.children.get(key);
      if (Object.hasOwn(top.container, key))
        duplicates.push({ pointer: pointerOf(key), offset: keyOffset, key });
      break;
    }
  }

  function store(frame: Frame, value: unknown): void {
    if (frame.isArray) (frame.container as unknown[]).push(value);
    else if (frame.key === "__proto__") {
      Object.defineProperty(frame.container, "__proto__", {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else (frame.container as Record<string, unknown>)[frame.key] = value;
  }
  function finish(): void {
    const done = stack.pop()!;
    const parent = stack[stack.length - 1];
    if (parent) store(parent, done.container);
    else root = done.container;
  }
}

/**
 * Finds where JSON Pointers are in a document, falling back to the deepest existing ancestor.
 *
 * @returns A location for every pointer asked for (offset 0 when nothing can be found).
 */
export function locateJson(text: string, pointers: readonly string[]): Map<string, JsonLocation> {
  const wanted = new Set<string>();
  for (const pointer of pointers) {
    const segments = pointerSegments(pointer);
    let p = "";
    wanted.add(p);
    for (const s of segments) {
      p += `/${escapePointerSegment(s)}`;
      wanted.add(p);
    }
  }
  const found = parseJson(text, wanted).locations ?? new Map<string, JsonLocation>();
  const out = new Map<string, JsonLocation>();
  for (const pointer of pointers) {
    const exact = found.get(pointer);
    if (exact) {
      out.set(pointer, exact);
      continue;
    }
    const segments = pointerSegments(pointer);
    let best: JsonLocation = { offset: 0, exact: false };
    let p = "";
    const root = found.get("");
    if (root) best = { offset: root.offset, exact: false };
    for (const s of segments) {
      p += `/${escapePointerSegment(s)}`;
      const at = found.get(p);
      if (!at) break;
      best = { ...at, exact: false };
    }
    out.set(pointer, best);
  }
  return out;
}
