/**
 * Lone UTF-16 surrogates in parsed data: half of a surrogate pair without the other half, as a
 * JSON or YAML escape such as `"\uD800"` makes. No UTF-8 text, IRI or RDF literal can hold one,
 * so a record with one cannot be exported faithfully (`@statecraft/jsonld` refuses such an id, and
 * a text literal would reach N-Quads as U+FFFD); validation reports every string and key holding one.
 */
import { isWellFormedText } from "@statecraft/core";
import { escapePointerSegment } from "./json.js";
import type { Finding } from "./structure.js";

/** With the `u` flag, `\p{Cs}` matches only surrogates that are not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether parsing a JSON, NDJSON or YAML text can yield a string with a lone surrogate: the text
 * holds one itself (text given as a string can; a file decoded from UTF-8 cannot), or holds a
 * `\u` or `\U` escape, the only escapes of JSON and YAML that can write a surrogate. Most texts
 * have neither, and their records need no scan.
 *
 * @param text - The text of a document or an NDJSON line.
 */
export function mayHoldLoneSurrogate(text: string): boolean {
  const escapes = text.includes("\\") && (text.includes("\\u") || text.includes("\\U"));
  return escapes || !isWellFormedText(text);
}

/** A step of the path to a value, linked to its parent, so pointers are built only when needed. */
interface Step {
  readonly parent: Step | undefined;
  readonly segment: string;
}

function pointerOf(step: Step | undefined): string {
  let pointer = "";
  for (let s = step; s; s = s.parent) pointer = `/${escapePointerSegment(s.segment)}${pointer}`;
  return pointer;
}

function finding(text: string, what: "string" | "key", step: Step | undefined): Finding {
  const at = text.search(LONE_SURROGATE);
  const unit = text.charCodeAt(at).toString(16).padStart(4, "0");
  return {
    code: "lone_surrogate",
    message: `the ${what} holds a lone UTF-16 surrogate, \\u${unit}, at position ${at + 1}, which no UTF-8 text, IRI or RDF literal can hold: write the whole character or remove the escape`,
    pointer: pointerOf(step),
    ...(what === "key" ? { key: true } : {}),
  };
}

/**
 * Finds the strings and keys of a value (a record, or a dataset's metadata) that hold a lone
 * surrogate: one finding per string or key, at its JSON Pointer (relative to the value), naming
 * the first such surrogate and its position (UTF-16 code units, from 1). Walks without
 * recursion, so any nesting depth is safe.
 *
 * @param value - A value as parsed.
 * @returns The findings (the caller sorts problems by position); none for most values.
 */
export function loneSurrogates(value: unknown): Finding[] {
  const findings: Finding[] = [];
  // The objects on the path to the value being visited: a value built in code may hold itself
  // (parsed text never does), and is not walked into again. `leave` marks leaving an object.
  const path = new Set<object>();
  const stack: { value: unknown; step: Step | undefined; leave?: object }[] = [
    { value, step: undefined },
  ];
  while (stack.length > 0) {
    const { value: v, step, leave } = stack.pop()!;
    if (leave !== undefined) {
      path.delete(leave);
      continue;
    }
    if (typeof v === "string") {
      if (!isWellFormedText(v)) findings.push(finding(v, "string", step));
      continue;
    }
    if (v === null || typeof v !== "object" || path.has(v)) continue;
    path.add(v);
    stack.push({ value: undefined, step, leave: v });
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++)
        stack.push({ value: v[i], step: { parent: step, segment: String(i) } });
    } else {
      for (const [key, member] of Object.entries(v)) {
        const at: Step = { parent: step, segment: key };
        if (!isWellFormedText(key)) findings.push(finding(key, "key", at));
        stack.push({ value: member, step: at });
      }
    }
  }
  return findings;
}
