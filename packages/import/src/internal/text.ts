import iconv from "iconv-lite";
import type { ImportInput } from "../input.js";

/** The text encodings importers read: UTF-8, and Windows-1252 for legacy files such as the USITC database. */
export type TextEncoding = "utf-8" | "windows-1252";

/** A streaming decoder: bytes in, text out, multi-byte characters split across chunks kept whole. */
interface Decoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function decoderFor(encoding: TextEncoding): Decoder {
  if (encoding === "windows-1252") {
    // iconv-lite maps all 256 bytes the way Windows-1252 does (0xA2 is ¢); TextDecoder's
    // windows-1252 needs full ICU, which not every Node build has.
    const decoder = iconv.getDecoder("windows-1252");
    return {
      write: (bytes) =>
        decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
      end: () => decoder.end() ?? "",
    };
  }
  const decoder = new TextDecoder("utf-8");
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/** Whether bytes start with the UTF-8 byte order mark EF BB BF. */
function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Decodes an input's chunks to text, streaming, and drops a leading byte order mark. Chunks that
 * are already strings are passed through. A file that starts with the UTF-8 byte order mark is
 * read as UTF-8 whatever `encoding` says (a legacy file re-saved by a modern editor).
 */
export async function* decode(
  input: ImportInput,
  encoding: TextEncoding = "utf-8",
): AsyncGenerator<string> {
  let decoder: Decoder | undefined;
  let first = true;
  for await (const chunk of input.read()) {
    if (typeof chunk !== "string") decoder ??= decoderFor(hasUtf8Bom(chunk) ? "utf-8" : encoding);
    let text = typeof chunk === "string" ? chunk : decoder!.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}

/** Reads a whole input as text (for formats that are parsed whole, such as a JSON document). */
export async function readText(
  input: ImportInput,
  encoding: TextEncoding = "utf-8",
): Promise<string> {
  let text = "";
  for await (const chunk of decode(input, encoding)) text += chunk;
  return text;
}

/** Collapses runs of whitespace (hard-wrapped XML text) to single spaces and trims. */
export function squash(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** A lower-case ASCII slug for ids: `Xi Jinping` → `xi-jinping`; non-Latin text is kept as is (lower-cased). */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The last segment of a path, for locators: `data/2020.xml` → `2020.xml`. */
export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}
