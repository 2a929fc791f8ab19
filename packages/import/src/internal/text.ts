import type { ImportInput } from "../input.js";

/** Decodes an input's chunks to text, streaming; `windows-1252` for legacy files such as the USITC database. */
export async function* decode(
  input: ImportInput,
  encoding: "utf-8" | "windows-1252" = "utf-8",
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  let first = true;
  for await (const chunk of input.read()) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
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
