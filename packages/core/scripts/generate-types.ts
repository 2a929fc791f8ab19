/**
 * Writes `src/generated/types.ts` — a named, documented TypeScript interface for every record and
 * nested object schema core exports (`Meeting`, `Participant`, `Tariff`…) — and
 * `src/generated/types.test-d.ts`, which checks that each interface and the `z.infer` / `z.input`
 * of its schema are assignable to each other.
 *
 * Editors show an interface's property docs on hover and name the interface in type errors;
 * `z.infer` of a schema shows neither. The docs come from the schemas' `.meta({ description })`
 * through the JSON Schema zod derives (`io: "output"`), so a field added to a schema appears here
 * after `pnpm --filter @statecraft/core generate`, and the drift gate fails until it does.
 *
 * ```sh
 * pnpm exec tsx scripts/generate-types.ts          # write both files
 * pnpm exec tsx scripts/generate-types.ts --check  # exit 1 if a committed file differs
 * ```
 *
 * Which schemas: every export of `src/index.ts` that is a zod schema with a `meta({ id })`, and
 * every schema with an id they contain. An object schema becomes an `interface`; a union of
 * them a `type` alias; a named string schema (`PartialDate`, `Id`, `CountryCode`) is written as
 * `string` with its description added to each field's docs. A set of enum values equal to an
 * exported `…_KINDS`/`…_STATUSES`-style constant is written as its type (`MeetingKind`). A JSON
 * Schema construct the generator does not know fails the run rather than produce a wrong type.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { isMainModule, runGenerator } from "../../../scripts/generated-file.js";
import * as core from "../src/index.js";

/** The `packages/core` directory. */
const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where the interfaces are written, relative to `packages/core`. */
export const TYPES_PATH = "src/generated/types.ts";
/** Where the type-level drift test is written, relative to `packages/core`. */
export const TYPES_TEST_PATH = "src/generated/types.test-d.ts";

/** Schema ids whose public type has another name. */
const TYPE_NAMES: Readonly<Record<string, string>> = { Record: "StatecraftRecord" };

/** The JSON Schema keywords the generator reads; any other keyword is ignored (constraints). */
interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly items?: JsonSchema | false;
  readonly prefixItems?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: JsonSchema | boolean;
  readonly description?: string;
  readonly title?: string;
  readonly examples?: readonly unknown[];
  readonly not?: JsonSchema;
}

const KEYWORDS_WITH_TYPES = ["not", "if", "then", "else", "patternProperties", "dependentSchemas"];

/** Every zod schema `src/index.ts` exports with a meta id, by id: `Meeting` → `MeetingSchema`. */
function exportedSchemas(): Map<string, { exportName: string; schema: z.ZodType }> {
  const found = new Map<string, { exportName: string; schema: z.ZodType }>();
  for (const [exportName, value] of Object.entries(core).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === null || typeof value !== "object" || !("_zod" in value)) continue;
    const schema = value as z.ZodType;
    const id = z.globalRegistry.get(schema)?.id;
    if (typeof id === "string" && !found.has(id)) found.set(id, { exportName, schema });
  }
  return found;
}

/** The type names `src/index.ts` exports (`export { type MeetingKind, … }`). */
function exportedTypeNames(): Set<string> {
  const text = readFileSync(new URL("../src/index.ts", import.meta.url), "utf8");
  return new Set([...text.matchAll(/\btype\s+([A-Z]\w*)/g)].map((m) => m[1] as string));
}

/** `MEETING_KINDS` → `MeetingKind`, `ATTENDANCE_STATUSES` → `AttendanceStatus`. */
function enumTypeName(constant: string): string {
  const singular = constant.endsWith("IES")
    ? `${constant.slice(0, -3)}Y`
    : constant.endsWith("SES")
      ? constant.slice(0, -2)
      : constant.slice(0, -1);
  return singular
    .toLowerCase()
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** Enum value sets (sorted, joined) to the exported type that names them. */
function enumTypes(typeNames: ReadonlySet<string>): Map<string, string> {
  const types = new Map<string, string>();
  for (const [name, value] of Object.entries(core).sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^[A-Z][A-Z0-9_]*S$/.test(name) || !Array.isArray(value)) continue;
    if (value.length === 0 || !value.every((v) => typeof v === "string")) continue;
    const typeName = enumTypeName(name);
    const key = enumKey(value);
    if (typeNames.has(typeName) && !types.has(key)) types.set(key, typeName);
  }
  return types;
}

const enumKey = (values: readonly unknown[]) => JSON.stringify([...values].map(String).sort());

/** The JSON Schema (output side) of every exported schema, merged into one set of definitions. */
function collectDefinitions(schemas: Map<string, { schema: z.ZodType }>): Map<string, JsonSchema> {
  const definitions = new Map<string, JsonSchema>();
  for (const [id, { schema }] of schemas) {
    const json = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io: "output",
      unrepresentable: "any",
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const { $defs = {}, $schema: _ignored, ...root } = json as typeof json & { $schema?: string };
    const entries: [string, JsonSchema][] = Object.entries($defs);
    if (root.$ref === undefined) entries.push([id, root]);
    for (const [name, definition] of entries) {
      const known = definitions.get(name);
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(definition)) {
        throw new Error(`generate-types: two different schemas have the id ${name}`);
      }
      definitions.set(name, definition);
    }
  }
  return definitions;
}

/** Whether a definition is declared as a named type (objects, and unions of them). */
function isDeclared(definition: JsonSchema, definitions: ReadonlyMap<string, JsonSchema>): boolean {
  if (definition.type === "object" || definition.properties !== undefined) return true;
  const options = definition.anyOf ?? definition.oneOf;
  if (options === undefined) return false;
  return options.every((option) => {
    if (option.$ref !== undefined) {
      const target = definitions.get(refName(option.$ref));
      return target !== undefined && isDeclared(target, definitions);
    }
    return option.type === "array" || isDeclared(option, definitions);
  });
}

function refName(ref: string): string {
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  if (match === null) throw new Error(`generate-types: unsupported $ref ${ref}`);
  return match[1] as string;
}

/** Text safe inside a `/** … *\/` comment, with `@` not starting a tag. */
function commentText(text: string): string {
  return text.replaceAll("*/", "*\\/").replaceAll("@", "\\@");
}

function docComment(
  paragraphs: readonly string[],
  indent: string,
  tags: readonly string[] = [],
): string {
  const lines = paragraphs
    .filter((p) => p.length > 0)
    .flatMap((p, i) => [...(i > 0 ? [""] : []), ...wrap(commentText(p), 96 - indent.length)]);
  if (tags.length > 0) lines.push("", ...tags);
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const examplesText = (examples: readonly unknown[] | undefined) =>
  examples && examples.length > 0
    ? `${examples.length > 1 ? "Examples" : "Example"}: ${examples.map((e) => `\`${typeof e === "string" ? e : JSON.stringify(e)}\``).join(", ")}.`
    : "";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders TypeScript types from JSON Schema. */
class TypeWriter {
  readonly enumNames = new Set<string>();

  constructor(
    private readonly definitions: ReadonlyMap<string, JsonSchema>,
    private readonly declared: ReadonlySet<string>,
    private readonly enums: ReadonlyMap<string, string>,
  ) {}

  typeName(id: string): string {
    return TYPE_NAMES[id] ?? id;
  }

  /** The docs of a field: its own description, else its type's; a named string type's too. */
  fieldDocs(schema: JsonSchema): string[] {
    const paragraphs = [schema.description ?? ""];
    const ref = schema.$ref;
    if (ref !== undefined) {
      const id = refName(ref);
      const target = this.definitions.get(id);
      if (target !== undefined && !this.declared.has(id)) {
        // A named string type (a partial date, a country code): its format belongs on the field.
        const format = target.description ?? "";
        if (paragraphs[0] === "") paragraphs[0] = format;
        else paragraphs.push(`${target.title ?? id} format: ${format}`);
        paragraphs.push(examplesText(target.examples));
      } else if (paragraphs[0] === "" && target?.description !== undefined) {
        paragraphs[0] = target.description;
      }
    }
    paragraphs.push(examplesText(schema.examples));
    return paragraphs;
  }

  type(schema: JsonSchema | boolean | undefined, indent: string): string {
    if (schema === undefined || schema === true) return "unknown";
    if (schema === false) return "never";
    for (const keyword of KEYWORDS_WITH_TYPES) {
      if (keyword in schema) throw new Error(`generate-types: unsupported keyword ${keyword}`);
    }
    if (schema.$ref !== undefined) {
      const id = refName(schema.$ref);
      if (this.declared.has(id)) return this.typeName(id);
      const target = this.definitions.get(id);
      if (target === undefined) throw new Error(`generate-types: no definition for ${id}`);
      return this.type(target, indent);
    }
    if ("const" in schema) return literal(schema.const);
    if (schema.enum !== undefined) {
      const named = this.enums.get(enumKey(schema.enum));
      if (named !== undefined) {
        this.enumNames.add(named);
        return named;
      }
      return schema.enum.map(literal).join(" | ");
    }
    const options = schema.anyOf ?? schema.oneOf;
    if (options !== undefined) return options.map((o) => this.member(o, indent)).join(" | ");
    if (schema.allOf !== undefined) {
      return schema.allOf.map((o) => this.member(o, indent)).join(" & ");
    }
    if (Array.isArray(schema.type)) {
      return (schema.type as string[])
        .map((type) => this.member({ ...schema, type }, indent))
        .join(" | ");
    }
    switch (schema.type) {
      case "string":
        return "string";
      case "number":
      case "integer":
        return "number";
      case "boolean":
        return "boolean";
      case "null":
        return "null";
      case "array":
        return this.arrayType(schema, indent);
      case "object":
        return this.objectType(schema, indent);
      case undefined:
        if (schema.properties !== undefined) return this.objectType(schema, indent);
        return "unknown";
      default:
        throw new Error(`generate-types: unsupported type ${String(schema.type)}`);
    }
  }

  /** A union or intersection member, parenthesized when it is itself a union. */
  member(schema: JsonSchema, indent: string): string {
    const type = this.type(schema, indent);
    return / [|&] /.test(type) && !type.startsWith("{") ? `(${type})` : type;
  }

  arrayType(schema: JsonSchema, indent: string): string {
    if (schema.prefixItems !== undefined) {
      const items = schema.prefixItems.map((item) => this.type(item, indent));
      if (schema.items !== undefined && schema.items !== false) {
        items.push(`...${this.member(schema.items, indent)}[]`);
      }
      return `[${items.join(", ")}]`;
    }
    const item = this.member(schema.items === false ? {} : (schema.items ?? {}), indent);
    return `${item}[]`;
  }

  objectType(schema: JsonSchema, indent: string): string {
    const body = this.members(schema, `${indent}  `);
    return body === "" ? "Record<string, never>" : `{\n${body}${indent}}`;
  }

  /** The members of an object type, one per line with their docs. */
  members(schema: JsonSchema, indent: string): string {
    const required = new Set(schema.required ?? []);
    let text = "";
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const key = IDENTIFIER.test(name) ? name : JSON.stringify(name);
      const optional = !required.has(name);
      const type = this.type(property, indent);
      text += docComment(this.fieldDocs(property), indent);
      text += optional ? `${indent}${key}?: ${type} | undefined;\n` : `${indent}${key}: ${type};\n`;
    }
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== false) {
      text += `${indent}[key: string]: ${this.type(extra, indent)};\n`;
    }
    return text;
  }
}

/**
 * The TypeScript type the generator writes for a zod schema's output, with named object schemas
 * inlined: for tests of constructs the record schemas do not use yet (nullable, tuples, records).
 *
 * @param schema - Any zod schema.
 * @returns The type, as TypeScript source.
 */
export function typeOfSchema(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "any",
  }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const definitions = new Map(Object.entries(json.$defs ?? {}));
  return new TypeWriter(definitions, new Set(), new Map()).type(json, "");
}

function literal(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Everything both files need: the definitions, which are declared, and the schemas by id. */
function model() {
  const schemas = exportedSchemas();
  const definitions = collectDefinitions(schemas);
  const ids = [...definitions.keys()].sort((a, b) => a.localeCompare(b));
  const declared = new Set(ids.filter((id) => isDeclared(definitions.get(id) ?? {}, definitions)));
  const writer = new TypeWriter(definitions, declared, enumTypes(exportedTypeNames()));
  return { schemas, definitions, ids: ids.filter((id) => declared.has(id)), writer };
}

const HEADER = `// Generated by packages/core/scripts/generate-types.ts from the zod schemas; do not edit.
// Regenerate: npx -y pnpm@12.4.2 --filter @statecraft/core run generate`;

/**
 * Renders `src/generated/types.ts`.
 *
 * @returns The file's content.
 */
export function renderTypes(): string {
  const { schemas, definitions, ids, writer } = model();
  let body = "";
  for (const id of ids) {
    const definition = definitions.get(id) ?? {};
    const name = writer.typeName(id);
    const schemaName = schemas.get(id)?.exportName;
    const isObject = definition.type === "object" || definition.properties !== undefined;
    const docs = docComment(
      [
        definition.description ?? definition.title ?? name,
        schemaName === undefined
          ? ""
          : `What \`${schemaName}\` accepts and returns (the schema's \`z.infer\`), as a named type whose fields carry their descriptions.`,
      ],
      "",
      isObject ? ["@interface"] : [],
    );
    if (isObject) {
      body += `\n${docs}export type ${name} = {\n${writer.members(definition, "  ")}};\n`;
    } else {
      body += `\n${docs}export type ${name} = ${writer.type(definition, "")};\n`;
    }
  }
  const enums = [...writer.enumNames].sort();
  const imports =
    enums.length === 0
      ? ""
      : `import type {\n${enums.map((name) => `  ${name},\n`).join("")}} from "../index.js";\n`;
  const moduleDocs = `/**
 * The record types as named types, one per schema, each field documented with the description
 * its schema carries: what editors show on hover and what type errors name. Object types are
 * type aliases (shown as interfaces in the reference, \`@interface\`) rather than interfaces so
 * that a record stays assignable to \`Record<string, unknown>\`, as the \`z.infer\` types were.
 *
 * @module
 */`;
  return `${HEADER}\n${moduleDocs}\n${imports}${body}`;
}

/**
 * Renders `src/generated/types.test-d.ts`: each interface and its schema's `z.infer` and
 * `z.input` are assignable to each other.
 *
 * @returns The file's content.
 */
export function renderTypesTest(): string {
  const { schemas, ids, writer } = model();
  const checked = ids.filter((id) => schemas.has(id));
  const cases = checked
    .map((id) => {
      const name = writer.typeName(id);
      const schema = `typeof core.${schemas.get(id)?.exportName}`;
      return `  it("${name}", () => {
    expectTypeOf<MutuallyAssignable<types.${name}, z.infer<${schema}>>>().toEqualTypeOf<true>();
    expectTypeOf<MutuallyAssignable<types.${name}, z.input<${schema}>>>().toEqualTypeOf<true>();
  });
`;
    })
    .join("");
  return `${HEADER}
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type * as core from "../index.js";
import type * as types from "./types.js";

/** \`true\` when \`A\` and \`B\` are each assignable to the other. */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("the generated interfaces match their schemas", () => {
${cases}});
`;
}

if (isMainModule(import.meta.url)) {
  process.exitCode = await runGenerator(process.argv.slice(2), {
    name: "generate-types",
    base: PACKAGE_ROOT,
    regenerate: "pnpm --filter @statecraft/core generate",
    render: () => ({ [TYPES_PATH]: renderTypes(), [TYPES_TEST_PATH]: renderTypesTest() }),
  });
}
