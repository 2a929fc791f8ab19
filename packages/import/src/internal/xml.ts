import { SaxesParser } from "saxes";
import type { ImportInput } from "../input.js";
import type { ImportContext } from "./context.js";
import { baseName, decode } from "./text.js";

/** One repeated element of an XML document (a `<trip>`, a `<visit>`), flattened. */
export interface XmlRecord {
  /** The document's root element name, e.g. `trips`. */
  readonly root: string;
  /** The record element's attributes. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Text of each descendant element by relative path (`id`, `started/date`); repeated paths keep every value. */
  readonly fields: ReadonlyMap<string, string[]>;
  /** Attributes of each descendant element by relative path, first occurrence. */
  readonly fieldAttributes: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The 1-based line where the record element starts. */
  readonly line: number;
}

/** The first text of a field, or `undefined` when the element is absent or empty. */
export function field(record: XmlRecord, path: string): string | undefined {
  const value = record.fields.get(path)?.[0]?.trim();
  return value ? value : undefined;
}

/**
 * Streams the elements named `tag` out of an XML input, with their line numbers. Malformed XML
 * is reported (with line and column) and parsing continues where the parser can.
 */
export async function* xmlRecords(
  input: ImportInput,
  tag: string,
  context: ImportContext,
): AsyncGenerator<XmlRecord> {
  const parser = new SaxesParser({ position: true });
  const file = baseName(input.name);
  const ready: XmlRecord[] = [];
  let root: string | undefined;
  const stack: string[] = [];
  let current:
    | {
        attributes: Record<string, string>;
        fields: Map<string, string[]>;
        fieldAttributes: Map<string, Record<string, string>>;
        line: number;
        depth: number;
      }
    | undefined;
  let text = "";
  parser.on("opentag", (node) => {
    root ??= node.name;
    stack.push(node.name);
    const attributes = Object.fromEntries(
      Object.entries(node.attributes).map(([k, v]) => [k, String(v)]),
    );
    if (current === undefined && node.name === tag) {
      current = {
        attributes,
        fields: new Map(),
        fieldAttributes: new Map(),
        line: parser.line,
        depth: stack.length,
      };
    } else if (current) {
      const path = stack.slice(current.depth).join("/");
      if (!current.fieldAttributes.has(path)) current.fieldAttributes.set(path, attributes);
    }
    text = "";
  });
  parser.on("text", (t) => {
    text += t;
  });
  parser.on("closetag", (node) => {
    if (current) {
      if (stack.length === current.depth && node.name === tag) {
        ready.push({ root: root ?? tag, ...current });
        current = undefined;
      } else {
        const path = stack.slice(current.depth).join("/");
        const values = current.fields.get(path);
        if (values) values.push(text);
        else current.fields.set(path, [text]);
      }
    }
    stack.pop();
    text = "";
  });
  parser.on("error", (error) => {
    context.warn(
      "malformed_xml",
      "warning",
      `malformed XML (${error.message}); the parser resumed after it`,
      { file, line: parser.line },
    );
  });
  for await (const chunk of decode(input)) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.close();
  yield* ready.splice(0);
}
