/**
 * Reading an exported JSON-LD document back into a dataset.
 *
 * @module
 */
import { type Dataset, type StatecraftRecord, toDataset } from "@statecraft/core";
import { StatecraftJsonLdError } from "./error.js";
import { decodeId } from "./internal/iri.js";
import { taggedFields, withTaggedText } from "./internal/language-tagged.js";
import { type Field, getModel, type Shape } from "./internal/model.js";

/** Options of {@link fromJsonLd}. */
export interface FromJsonLdOptions {
  /**
   * The base IRI record IRIs were made with. Defaults to the document's `@base`, else the `@id`
   * of its dataset node.
   */
  readonly base?: string;
}

type Json = unknown;

function fail(message: string): never {
  throw new StatecraftJsonLdError("invalid_document", message);
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A language-tagged value object (`{ "@value": "习近平", "@language": "zh-Hans" }`). */
function isTaggedValue(value: Json): value is { "@value": string; "@language": string } {
  return (
    isObject(value) &&
    typeof value["@value"] === "string" &&
    typeof value["@language"] === "string" &&
    Object.keys(value).length === 2
  );
}

class Reader {
  constructor(private readonly base: string | undefined) {}

  id(value: Json, where: string): string {
    if (typeof value !== "string")
      fail(`${where}: expected an IRI string, got ${JSON.stringify(value)}`);
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) {
      if (this.base === undefined || !value.startsWith(this.base)) {
        fail(
          `${where}: ${JSON.stringify(value)} is not under the base IRI ${JSON.stringify(this.base ?? "(none)")}`,
        );
      }
      return decodeId(value.slice(this.base.length));
    }
    return decodeId(value);
  }

  value(field: Field, data: Json, where: string): unknown {
    const v = field.value;
    switch (v.type) {
      case "string":
      case "entity":
        if (typeof data !== "string") fail(`${where}: expected a string`);
        return data;
      case "enum":
        if (typeof data !== "string" || !v.enumeration.values.some((m) => m.value === data)) {
          fail(`${where}: expected one of ${v.enumeration.values.map((m) => m.value).join(", ")}`);
        }
        return data;
      case "number":
        if (typeof data !== "number") fail(`${where}: expected a number`);
        return data;
      case "date":
        if (!isObject(data) || typeof data["@value"] !== "string")
          fail(`${where}: expected a date value object`);
        return data["@value"];
      case "url":
        if (typeof data === "string") return data;
        if (isObject(data) && typeof data["@value"] === "string") return data["@value"];
        return fail(`${where}: expected a URL`);
      case "ref":
        return this.id(data, where);
      case "node": {
        if (!isObject(data)) fail(`${where}: expected an object`);
        const fields = taggedFields(v.shape);
        if (fields !== undefined && isTaggedValue(data))
          return withTaggedText(v.shape, {}, data["@value"], data["@language"]);
        if (data.type !== undefined && data.type !== v.shape.name)
          fail(`${where}: expected type ${v.shape.name}, got ${JSON.stringify(data.type)}`);
        const text = fields === undefined ? undefined : data[fields.text];
        if (fields === undefined || !isTaggedValue(text))
          return this.fields(v.shape, data, where, {});
        // A name with a kind: the node's name is a language-tagged literal.
        if (data[fields.language] !== undefined)
          fail(`${where}: both a language-tagged ${fields.text} and ${fields.language}`);
        const rest = this.fields(v.shape, { ...data, [fields.text]: text["@value"] }, where, {});
        return withTaggedText(v.shape, rest, text["@value"], text["@language"]);
      }
      case "union": {
        if (!isObject(data)) fail(`${where}: expected an object`);
        const shape = v.shapes.find((s) => s.name === data.type);
        if (!shape?.discriminator) fail(`${where}: unknown type ${JSON.stringify(data.type)}`);
        return this.fields(shape, data, where, {
          [shape.discriminator.field]: shape.discriminator.value,
        });
      }
    }
  }

  fields(
    shape: Shape,
    node: Record<string, Json>,
    where: string,
    out: Record<string, unknown>,
  ): Record<string, unknown> {
    for (const field of shape.fields) {
      if (!Object.hasOwn(node, field.name)) continue;
      const data = node[field.name];
      if (field.array) {
        if (!Array.isArray(data)) fail(`${where}/${field.name}: expected an array`);
        out[field.name] = data.map((item, i) =>
          this.value(field, item, `${where}/${field.name}/${i}`),
        );
      } else {
        out[field.name] = this.value(field, data, `${where}/${field.name}`);
      }
    }
    return out;
  }
}

function contextBase(doc: Record<string, Json>): string | undefined {
  const context = doc["@context"];
  for (const entry of Array.isArray(context) ? context : [context]) {
    if (isObject(entry) && typeof entry["@base"] === "string") return entry["@base"];
  }
  return undefined;
}

/**
 * Reads a document written by {@link toJsonLd} back into a dataset: `fromJsonLd(toJsonLd(d))`
 * deep-equals `d` (an empty record list reads back as absent). Derived schema.org statements
 * (`eventStatus`, `attendee`...) are skipped; they are recomputed on export.
 *
 * It reads the compacted form `toJsonLd` writes (parsed JSON), not arbitrary JSON-LD: compact
 * other documents with the Statecraft context first.
 *
 * @param doc - The parsed JSON-LD document.
 * @param options - The base IRI, if the document does not say.
 * @returns The dataset, with metadata from the dataset node.
 * @throws {StatecraftJsonLdError} With code `invalid_document` naming the JSON Pointer of the first problem.
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 *
 * const dataset = fromJsonLd(JSON.parse(readFileSync("out/example.jsonld", "utf8")));
 * ```
 */
export function fromJsonLd(doc: unknown, options?: FromJsonLdOptions): Dataset {
  if (!isObject(doc) || !Array.isArray(doc["@graph"]))
    fail("expected a JSON-LD document with an @graph array");
  const model = getModel();
  const graph = doc["@graph"] as Json[];
  const datasetNode = graph.find((node) => isObject(node) && node.type === "Dataset") as
    | Record<string, Json>
    | undefined;
  const datasetId = datasetNode?.id;
  const uriSpace = datasetNode?.uriSpace;
  const base =
    options?.base ??
    contextBase(doc) ??
    (typeof uriSpace === "string" ? uriSpace : undefined) ??
    (typeof datasetId === "string" && datasetId !== "" ? datasetId : undefined);
  const reader = new Reader(base);
  const records: StatecraftRecord[] = [];
  graph.forEach((node, index) => {
    const where = `/@graph/${index}`;
    if (!isObject(node)) fail(`${where}: expected a node object`);
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes("Dataset")) return;
    const shape = types
      .map((t) => (typeof t === "string" ? model.byName.get(t) : undefined))
      .find((s) => s?.record);
    if (!shape?.record) fail(`${where}: no record type among ${JSON.stringify(node.type)}`);
    const record: Record<string, unknown> = {
      id: reader.id(node.id, `${where}/id`),
      type: shape.record.type,
    };
    if (shape.record.kind !== undefined) record.kind = shape.record.kind;
    records.push(reader.fields(shape, node, where, record) as StatecraftRecord);
  });
  const metadata = datasetNode
    ? (reader.fields(model.dataset, datasetNode, "/@graph/dataset", {}) as Pick<
        Dataset,
        "name" | "description" | "license"
      >)
    : {};
  return toDataset(records, metadata);
}
