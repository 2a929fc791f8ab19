import {
  ACTOR_KINDS,
  arrayElement,
  CountryCodeSchema,
  derivesFrom,
  discriminatorValues,
  objectShape,
  unionOptions as optionsOf,
  RECORD_SHAPE_SCHEMAS,
  RECORD_TYPES,
  RecordSchema,
  type RecordShape,
  type StatecraftRecord,
  unionOptionFor,
  unwrap as unwrapWrappers,
} from "@statecraft/core";
import { closest, distance } from "fastest-levenshtein";
import * as z from "zod";
import { isRuleCode, type RuleCode } from "../rule-codes.js";
import { escapePointerSegment } from "./json.js";

/** A problem found in a record, before it is located in its file. */
export interface Finding {
  readonly code: RuleCode;
  readonly message: string;
  /** JSON Pointer within the record. */
  readonly pointer: string;
  /** Locate the member's key rather than its value (unknown keys). */
  readonly key?: boolean;
}

type Schema = z.core.$ZodType;

const compiled = new Map<Schema, Schema>();
const uses = new Map<Schema, number>();
/** Parse options for the runtime parser: no generated code (see {@link checkStructure}). */
const RUNTIME = { jitless: true } as const;
/** Records of a shape checked with the runtime parser before compiling pays for itself. */
const COMPILE_AFTER = 200;

/**
 * The schema to parse with: zod's runtime parser for the first records of a shape, then the
 * schema compiled by `z.compile` (generated code, about 2.5 times faster; see docs/performance.md).
 * Compiling costs tens of milliseconds, which a small file would not win back.
 */
function fast(schema: Schema): Schema {
  const done = compiled.get(schema);
  if (done) return done;
  const n = (uses.get(schema) ?? 0) + 1;
  uses.set(schema, n);
  if (n < COMPILE_AFTER) return schema;
  const c = z.compile(schema as z.ZodType);
  compiled.set(schema, c);
  return c;
}

/** The shape of a record-like value (`person`, `meeting`, ...), or `undefined` when it has none. */
export function shapeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const { type, kind } = value as { type?: unknown; kind?: unknown };
  if (type === "actor")
    return typeof kind === "string" && (ACTOR_KINDS as readonly string[]).includes(kind)
      ? kind
      : undefined;
  return typeof type === "string" &&
    type !== "actor" &&
    (RECORD_TYPES as readonly string[]).includes(type)
    ? type
    : undefined;
}

/** The schema that applies to a record: its shape's schema, else the union (for its errors). */
export function recordSchema(value: unknown): Schema {
  const shape = shapeOf(value);
  return shape === undefined ? RecordSchema : RECORD_SHAPE_SCHEMAS[shape as RecordShape];
}

/**
 * Validates a record against the schemas: the parsed record when it is valid, else the findings.
 *
 * @param value - The record as parsed from the file.
 */
export function checkStructure(
  value: unknown,
): { readonly data: StatecraftRecord } | { readonly findings: Finding[] } {
  const schema = recordSchema(value);
  const parser = fast(schema) as z.ZodType;
  // Until a shape is compiled, parse without zod's per-object code generation (its JIT), which
  // costs more at start-up than the few records parsed before compiling can win back.
  const result = parser === schema ? parser.safeParse(value, RUNTIME) : parser.safeParse(value);
  if (result.success) return { data: result.data as StatecraftRecord };
  const findings: Finding[] = [];
  for (const issue of result.error.issues) findings.push(...mapIssue(issue, value, schema));
  return { findings };
}

/**
 * A key with a space that no field has is most often the tail of a value an unquoted comma split
 * in a YAML flow mapping (`{ description: Bicycles, not motorised }`).
 */
function splitValueHint(key: string): string {
  return /\s/.test(key)
    ? " (in a YAML flow mapping `{ … }`, an unquoted comma ends the value: quote a value that holds a comma)"
    : "";
}

function toPointer(path: readonly PropertyKey[]): string {
  let p = "";
  for (const s of path) p += `/${escapePointerSegment(String(s))}`;
  return p;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let v = root;
  for (const s of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, s as string))
      return { found: false, value: undefined };
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return { found: true, value: v };
}

/** Walks a schema along a data path, choosing union options by the data's discriminator. */
function schemaAt(schema: Schema, root: unknown, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = schema;
  let v: unknown = root;
  for (let i = 0; i <= path.length; i++) {
    s = unwrap(s, v);
    if (!s || i === path.length) return s;
    const step = path[i]!;
    const shape = objectShape(s);
    const element = arrayElement(s);
    if (shape) s = shape[String(step)];
    else if (element) s = element;
    else return undefined;
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[step] : undefined;
  }
  return s;
}

/** Sees through wrappers and through discriminated unions, to the option the value selects. */
function unwrap(schema: Schema | undefined, value: unknown): Schema | undefined {
  let s = schema;
  for (let guard = 0; s && guard < 20; guard++) {
    s = unwrapWrappers(s).schema;
    const match = unionOptionFor(s, value);
    if (!match) return s;
    s = match;
  }
  return s;
}

function suggestion(input: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return "";
  const best = closest(input, candidates as string[]);
  const d = distance(input, best);
  return d <= Math.max(1, Math.floor(best.length * 0.4)) && d < input.length
    ? ` (did you mean "${best}"?)`
    : "";
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function mapIssue(issue: z.core.$ZodIssue, record: unknown, schema: Schema): Finding[] {
  const pointer = toPointer(issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const at = schemaAt(schema, record, issue.path);
      const shape = at ? objectShape(at) : undefined;
      const known = shape ? Object.keys(shape) : [];
      return issue.keys.map((key) => ({
        code: "unrecognized_keys" as const,
        message: `unknown key ${JSON.stringify(key)}${suggestion(key, known) || splitValueHint(key)}`,
        pointer: `${pointer}/${escapePointerSegment(key)}`,
        key: true,
      }));
    }
    case "invalid_type": {
      const { found } = valueAt(record, issue.path);
      const last = issue.path[issue.path.length - 1];
      if (!found && last !== undefined) {
        return [
          {
            code: "invalid_type",
            message: `missing required key ${JSON.stringify(String(last))} (${issue.expected})`,
            pointer,
          },
        ];
      }
      return [{ code: "invalid_type", message: lowerFirst(issue.message), pointer }];
    }
    case "invalid_value": {
      const { value, found } = valueAt(record, issue.path);
      const last = issue.path[issue.path.length - 1];
      if (!found && last !== undefined) {
        return [
          {
            code: "invalid_value",
            message: `missing required key ${JSON.stringify(String(last))} (one of ${list(issue.values)})`,
            pointer,
          },
        ];
      }
      const options = issue.values.filter((v): v is string => typeof v === "string");
      const hint = typeof value === "string" ? suggestion(value, options) : "";
      return [
        {
          code: "invalid_value",
          message: `${JSON.stringify(value)} is not one of ${list(issue.values)}${hint}`,
          pointer,
        },
      ];
    }
    case "invalid_union": {
      if (issue.discriminator !== undefined || issue.errors.length === 0) {
        const { value, found } = valueAt(record, issue.path);
        const parentPath = issue.path.slice(0, -1);
        const union = schemaAt(schema, record, parentPath);
        const disc = issue.discriminator ?? String(issue.path[issue.path.length - 1] ?? "type");
        const options = unionOptions(union, disc);
        if (!found)
          return [
            {
              code: "invalid_union",
              message: `missing required key ${JSON.stringify(disc)} (one of ${list(options)})`,
              pointer,
            },
          ];
        const hint = typeof value === "string" ? suggestion(value, options) : "";
        return [
          {
            code: "invalid_union",
            message: `${JSON.stringify(value)} is not a valid ${JSON.stringify(disc)}: expected one of ${list(options)}${hint}`,
            pointer,
          },
        ];
      }
      return [{ code: "invalid_union", message: lowerFirst(issue.message), pointer }];
    }
    case "custom": {
      // Core's refinements name their domain rule in the issue's params.
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      if (typeof code === "string" && isRuleCode(code))
        return [{ code, message: issue.message, pointer }];
      return [{ code: "custom", message: issue.message, pointer }];
    }
    case "invalid_format": {
      // A malformed country code is an unknown one: the format check is CountryCodeSchema's own.
      const at = schemaAt(schema, record, issue.path);
      if (at && derivesFrom(at, CountryCodeSchema))
        return [{ code: "unknown_country_code", message: issue.message, pointer }];
      return [{ code: issue.code, message: lowerFirst(issue.message), pointer }];
    }
    default:
      return [{ code: issue.code, message: lowerFirst(issue.message), pointer }];
  }
}

function unionOptions(schema: Schema | undefined, discriminator: string): string[] {
  const values: string[] = [];
  for (const option of (schema && optionsOf(schema)) ?? []) {
    for (const v of discriminatorValues(option, discriminator))
      if (typeof v === "string") values.push(v);
  }
  return values;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
