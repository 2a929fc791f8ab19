/** Line and column (both 1-based) of a UTF-16 offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Maps offsets of a text to lines and columns; the line table is built on first use.
 */
export class LineIndex {
  #starts: number[] | undefined;
  readonly #text: string;
  /** The 1-based line the text starts at (an NDJSON line keeps its line in the file). */
  readonly #firstLine: number;

  constructor(text: string, firstLine = 1) {
    this.#text = text;
    this.#firstLine = firstLine;
  }

  /** The 1-based line and column of an offset. */
  position(offset: number): Position {
    if (!this.#starts) {
      const starts = [0];
      let at = this.#text.indexOf("\n");
      while (at !== -1) {
        starts.push(at + 1);
        at = this.#text.indexOf("\n", at + 1);
      }
      this.#starts = starts;
    }
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.#firstLine, column: offset - starts[lo]! + 1 };
  }
}

/** Line and column of an offset, for one-off use. */
export function positionOf(text: string, offset: number): Position {
  return new LineIndex(text).position(offset);
}

/** Text decoded from a file's bytes, or why it could not be. */
export type Decoded = { readonly text: string } | { readonly error: string; readonly offset: number };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 bytes strictly: a BOM is dropped; NUL bytes (binary files), UTF-16 BOMs and
 * invalid sequences are refused with the byte offset of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", offset: 0 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { error: `the file looks binary: it contains a NUL byte at byte ${nul}`, offset: nul };
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `the file is not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at byte ${at} does not start or continue a character`, offset: at };
  }
}

/** The offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return bytes.length;
}

/** The line and column (1-based) of a byte offset in bytes that are valid UTF-8 up to it. */
export function bytePosition(bytes: Uint8Array, byteOffset: number): Position {
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, byteOffset));
  return positionOf(prefix, prefix.length);
}
