/**
 * The compact text form of the HS headings and subheadings shipped in the main bundle
 * (`src/generated/hs-2022.ts`): about 9 KB of text, 3 KB gzipped, where the 4- and 6-digit codes
 * written out take 38 KB and 15 KB. {@link isHsCode} decodes it once, on first use, into the
 * fixed-width strings it searches.
 *
 * The form, for the headings in ascending order: the heading as its difference from the previous
 * heading (from 0 for the first), then each of its subheadings' last two digits as the difference
 * from the previous one (from 0 for the first), then `,`. Each number is one base-36 digit when
 * below 36, else `~` and two base-36 digits (below 1,296), else `!` and three.
 *
 * @internal
 * @module
 */

/** Headings and subheadings, each a string of fixed-width codes concatenated in ascending order. */
export interface HsCodeLists {
  /** 4-digit codes. */
  readonly headings: string;
  /** 6-digit codes. */
  readonly subheadings: string;
}

function encodeNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 36 ** 3) throw new RangeError(`cannot encode ${n}`);
  if (n < 36) return n.toString(36);
  if (n < 36 ** 2) return `~${n.toString(36).padStart(2, "0")}`;
  return `!${n.toString(36).padStart(3, "0")}`;
}

/**
 * Encodes ascending headings and subheadings in the compact form.
 *
 * @param headings - 4-digit codes, ascending.
 * @param subheadings - 6-digit codes, ascending, each under one of the headings.
 * @returns The compact text.
 * @throws RangeError when a list is not ascending or a subheading has no heading.
 * @internal
 * @example
 * ```ts
 * import { encodeHsCodes } from "./hs-code-table.js";
 *
 * encodeHsCodes(["0101", "0102"], ["010121", "010129"]); // "~2tl8,1,"
 * ```
 */
export function encodeHsCodes(headings: readonly string[], subheadings: readonly string[]): string {
  const byHeading = new Map<string, number[]>(headings.map((h) => [h, []]));
  for (const code of subheadings) {
    const list = byHeading.get(code.slice(0, 4));
    if (list === undefined) throw new RangeError(`subheading ${code} has no heading`);
    list.push(Number(code.slice(4)));
  }
  let text = "";
  let previous = 0;
  for (const heading of headings) {
    text += encodeNumber(Number(heading) - previous);
    previous = Number(heading);
    let last = 0;
    for (const suffix of byHeading.get(heading) ?? []) {
      text += encodeNumber(suffix - last);
      last = suffix;
    }
    text += ",";
  }
  return text;
}

/**
 * Decodes the compact form back into fixed-width code strings.
 *
 * @param text - What {@link encodeHsCodes} returned.
 * @returns The headings and subheadings, concatenated in ascending order.
 * @internal
 * @example
 * ```ts
 * import { decodeHsCodes } from "./hs-code-table.js";
 *
 * decodeHsCodes("~2tl8,1,").subheadings; // "010121010129"
 * ```
 */
export function decodeHsCodes(text: string): HsCodeLists {
  const headings: string[] = [];
  const subheadings: string[] = [];
  let heading = 0;
  let headingText = "";
  let suffix = -1; // -1: the next number is a heading's
  for (let i = 0; i < text.length; ) {
    const char = text[i] as string;
    if (char === ",") {
      suffix = -1;
      i++;
      continue;
    }
    const width = char === "~" ? 2 : char === "!" ? 3 : 1;
    const start = width === 1 ? i : i + 1;
    const n = Number.parseInt(text.slice(start, start + width), 36);
    i = start + width;
    if (suffix < 0) {
      heading += n;
      headingText = String(heading).padStart(4, "0");
      headings.push(headingText);
      suffix = 0;
    } else {
      suffix += n;
      subheadings.push(headingText + String(suffix).padStart(2, "0"));
    }
  }
  return { headings: headings.join(""), subheadings: subheadings.join("") };
}
