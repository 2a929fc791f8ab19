import type { LoadedRecord, RecordPlace } from "./engine.js";
import { locateJson, parseJson, pointerSegments } from "./json.js";
import { LineIndex } from "./text.js";
import type { Yaml } from "./yaml-loader.js";
import type { YamlLocator } from "./yaml-locator.js";

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const s of pointerSegments(pointer)) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/**
 * Reloads records from a YAML or JSON document's text.
 *
 * @param yaml - The YAML reader (see `loadYaml`); needed for YAML documents only.
 */
export function loadFromDocument(
  text: string,
  format: "yaml" | "json",
  places: readonly RecordPlace[],
  yaml?: Yaml,
): (LoadedRecord | undefined)[] {
  const lines = new LineIndex(text);
  let locator: YamlLocator | undefined;
  let root: unknown;
  if (format === "yaml") {
    if (!yaml) throw new Error("loadFromDocument: a YAML document needs the YAML reader");
    const parsed = yaml.readYaml(text);
    locator = parsed.locator;
    root = parsed.value;
  } else {
    root = parseJson(text).value;
  }
  return places.map(({ base }) => ({
    value: valueAt(root, base),
    locate(pointer: string, key = false) {
      if (locator) {
        const at = locator.locate(base + pointer);
        return lines.position(key && at.keyOffset !== undefined ? at.keyOffset : at.offset);
      }
      const at = locateJson(text, [base + pointer]).get(base + pointer);
      return lines.position(
        at ? (key && at.keyOffset !== undefined ? at.keyOffset : at.offset) : 0,
      );
    },
  }));
}

/** Reloads a record from one NDJSON line. */
export function loadFromNdjsonLine(line: string, lineNumber: number): LoadedRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const lines = new LineIndex(line, lineNumber);
  return {
    value,
    locate(pointer: string, key = false) {
      const at = locateJson(line, [pointer]).get(pointer);
      return lines.position(
        at ? (key && at.keyOffset !== undefined ? at.keyOffset : at.offset) : 0,
      );
    },
  };
}
