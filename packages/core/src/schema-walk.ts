/**
 * The one walker over zod's internals (`_zod.def`, `_zod.parent`, `_zod.propValues`), shared by
 * the reference paths of this package, `@statecraft/validate`'s structural checks,
 * `@statecraft/jsonld`'s export model and the test arbitraries, so they all see through the same
 * wrappers and descend into the same children.
 *
 * Not public API: every export is `@internal` and may change with zod.
 *
 * @module
 */
import type * as z from "zod";

/** Any zod schema. */
type Schema = z.core.$ZodType;

/**
 * The zod types the walker sees through, each wrapping one inner schema: `optional`,
 * `nonoptional`, `nullable`, `default`, `prefault`, `catch` and `readonly` wrap `innerType`;
 * `pipe` is followed to its input side (`in`), since the walker describes data as it is written,
 * before any transform; `lazy` is followed to what its getter returns. A `.meta()` call is no
 * wrapper: it clones the schema (same type, `_zod.parent` pointing at the original; see
 * {@link derivesFrom}).
 *
 * @internal
 */
export const WRAPPER_TYPES = [
  "optional",
  "nonoptional",
  "nullable",
  "default",
  "prefault",
  "catch",
  "readonly",
  "pipe",
  "lazy",
] as const;

/**
 * A zod type the walker sees through (see {@link WRAPPER_TYPES}).
 *
 * @internal
 */
export type WrapperType = (typeof WRAPPER_TYPES)[number];

/**
 * The zod types with child schemas the walker descends into: an object's fields, an array's
 * element and a union's options.
 *
 * @internal
 */
export const CONTAINER_TYPES = ["object", "array", "union"] as const;

/**
 * The zod types without child schemas that the walker's users read (strings with their formats
 * and checks, numbers, enums and literals). A schema using another type needs those users — the
 * JSON-LD export model and the test arbitraries — taught about it first; the walk over every
 * core schema in `schema-walk.test.ts` fails until then.
 *
 * @internal
 */
export const LEAF_TYPES = ["string", "number", "enum", "literal"] as const;

/**
 * The zod types the walker knows: {@link WRAPPER_TYPES}, {@link CONTAINER_TYPES} and
 * {@link LEAF_TYPES}.
 *
 * @internal
 */
export const KNOWN_TYPES: ReadonlySet<string> = new Set<string>([
  ...WRAPPER_TYPES,
  ...CONTAINER_TYPES,
  ...LEAF_TYPES,
]);

/**
 * The definition of a schema (`_zod.def`), narrowable by its `type`.
 *
 * @param schema - Any zod schema.
 * @returns The definition zod built the schema from.
 * @internal
 */
export function schemaDef(schema: Schema): z.core.$ZodTypes["_zod"]["def"] {
  return (schema as z.core.$ZodTypes)._zod.def;
}

/**
 * The zod type of a schema (`string`, `object`, `optional`, ...).
 *
 * @param schema - Any zod schema.
 * @returns The `type` of its definition.
 * @internal
 */
export function schemaType(schema: Schema): string {
  return schemaDef(schema).type;
}

/**
 * The schema a wrapper wraps, one level down.
 *
 * @param schema - Any zod schema.
 * @returns The inner schema of a wrapper (see {@link WRAPPER_TYPES}), else `undefined`.
 * @internal
 */
export function unwrapOnce(schema: Schema): Schema | undefined {
  const def = schemaDef(schema);
  switch (def.type) {
    case "optional":
    case "nonoptional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return def.innerType;
    case "pipe":
      return def.in;
    case "lazy":
      return def.getter();
    default:
      return undefined;
  }
}

/**
 * A schema seen through its wrappers, as {@link unwrap} returns it.
 *
 * @internal
 */
export interface Unwrapped {
  /** The innermost schema, which is no wrapper. */
  readonly schema: Schema;
  /** The schema and every wrapper on the way in, outermost first and {@link schema} last. */
  readonly chain: readonly Schema[];
  /**
   * Whether an object may omit the field: the outermost of `optional`, `default` and `prefault`
   * (which make it optional) and `nonoptional` (which makes it required) decides, as zod's
   * `optin` does.
   */
  readonly optional: boolean;
  /** Whether a wrapper accepts `null`. */
  readonly nullable: boolean;
  /** Whether a wrapper supplies a value for `undefined` (`default` or `prefault`). */
  readonly defaulted: boolean;
}

/**
 * Sees through a schema's wrappers (see {@link WRAPPER_TYPES}) to the schema they wrap.
 *
 * @param schema - Any zod schema.
 * @returns The innermost schema, the chain of schemas to it, and what the wrappers allow.
 * @example
 * ```ts
 * import { z } from "zod";
 *
 * unwrap(z.string().nullable().optional()).schema; // the z.string()
 * unwrap(z.string().nullable().optional()).optional; // true
 * ```
 * @internal
 */
export function unwrap(schema: Schema): Unwrapped {
  const chain: Schema[] = [schema];
  let inner = schema;
  let optional: boolean | undefined;
  let nullable = false;
  let defaulted = false;
  for (;;) {
    const type = schemaType(inner);
    if (type === "optional" || type === "default" || type === "prefault") optional ??= true;
    if (type === "nonoptional") optional ??= false;
    if (type === "nullable") nullable = true;
    if (type === "default" || type === "prefault") defaulted = true;
    const next = unwrapOnce(inner);
    // A lazy schema returning itself would loop: stop at it.
    if (next === undefined || chain.includes(next)) break;
    inner = next;
    chain.push(inner);
  }
  return { schema: inner, chain, optional: optional ?? false, nullable, defaulted };
}

/**
 * The fields of an object schema.
 *
 * @param schema - Any zod schema; not unwrapped.
 * @returns The field schemas by name (reading them runs recursive getters), else `undefined`.
 * @internal
 */
export function objectShape(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const def = schemaDef(schema);
  return def.type === "object" ? def.shape : undefined;
}

/**
 * The element schema of an array schema.
 *
 * @param schema - Any zod schema; not unwrapped.
 * @returns The schema of the array's items, else `undefined`.
 * @internal
 */
export function arrayElement(schema: Schema): Schema | undefined {
  const def = schemaDef(schema);
  return def.type === "array" ? def.element : undefined;
}

/**
 * The options of a union schema, discriminated or not.
 *
 * @param schema - Any zod schema; not unwrapped.
 * @returns The options in declaration order, else `undefined`.
 * @internal
 */
export function unionOptions(schema: Schema): readonly Schema[] | undefined {
  const def = schemaDef(schema);
  return def.type === "union" ? def.options : undefined;
}

/**
 * The discriminating field of a discriminated union (`z.discriminatedUnion`).
 *
 * @param schema - Any zod schema; not unwrapped.
 * @returns The field name, else `undefined` (also for a plain union).
 * @internal
 */
export function discriminatorOf(schema: Schema): string | undefined {
  const def = schemaDef(schema);
  return def.type === "union" ? (def as { discriminator?: string }).discriminator : undefined;
}

/**
 * The values a schema accepts for one of its fields when that field is a literal or enum, as zod
 * records them to pick a discriminated union's option (`_zod.propValues`).
 *
 * @param schema - Any zod schema, typically a union option.
 * @param field - The field, typically the union's discriminator.
 * @returns The values, else an empty set.
 * @internal
 */
export function discriminatorValues(
  schema: Schema,
  field: string,
): ReadonlySet<z.core.util.Primitive> {
  return schema._zod.propValues?.[field] ?? new Set();
}

/**
 * The option of a discriminated union that a value selects by its discriminator. A value that is
 * no object, or lacks the discriminator, selects an option that lets the discriminator be omitted.
 *
 * @param schema - Any zod schema; not unwrapped.
 * @param value - The data the schema is to parse.
 * @returns The first matching option, else `undefined` (always for a schema that is no
 * discriminated union).
 * @internal
 */
export function unionOptionFor(schema: Schema, value: unknown): Schema | undefined {
  const discriminator = discriminatorOf(schema);
  if (discriminator === undefined) return undefined;
  const tag =
    value !== null && typeof value === "object"
      ? (value as Record<string, unknown>)[discriminator]
      : undefined;
  return unionOptions(schema)?.find((option) =>
    discriminatorValues(option, discriminator).has(tag as z.core.util.Primitive),
  );
}

/**
 * The definition of a check (`.min()`, `.regex()`, `.gt()`, ...), with the fields read here.
 *
 * @internal
 */
export interface SchemaCheck {
  /** The kind of check: `min_length`, `string_format` (of `.regex()`), `greater_than`, ... */
  readonly check: string;
  /** The least length of a `min_length` check. */
  readonly minimum?: unknown;
  /** The bound of a `greater_than` or `less_than` check. */
  readonly value?: unknown;
  /** Whether a `greater_than` or `less_than` bound is allowed. */
  readonly inclusive?: boolean;
  /** The regular expression of a string format check (`.regex()`). */
  readonly pattern?: unknown;
}

/**
 * The checks of a schema itself (not of the schemas it wraps), in the order they were added.
 *
 * @param schema - Any zod schema.
 * @returns Each check's definition.
 * @internal
 */
export function schemaChecks(schema: Schema): readonly SchemaCheck[] {
  return (schemaDef(schema).checks ?? []).map((check) => check._zod.def as SchemaCheck);
}

/**
 * Whether a schema is another one or was derived from it by `.meta()` or `.describe()` (which
 * clone a schema, recording the original in `_zod.parent`).
 *
 * @param schema - Any zod schema.
 * @param ancestor - The schema it may derive from, e.g. `PartialDateSchema`.
 * @internal
 */
export function derivesFrom(schema: Schema, ancestor: Schema): boolean {
  for (let s: Schema | undefined = schema; s !== undefined; s = s._zod.parent) {
    if (s === ancestor) return true;
  }
  return false;
}

/**
 * A step of a {@link SchemaPath}: an object field's name, or {@link EACH_ITEM} for an array's
 * items.
 *
 * @internal
 */
export type SchemaPathStep = string | typeof EACH_ITEM;

/**
 * Where {@link visitSchema} found a schema, from the root: field names and {@link EACH_ITEM}
 * (wrappers and union options add no step).
 *
 * @internal
 */
export type SchemaPath = readonly SchemaPathStep[];

/**
 * The {@link SchemaPathStep} of an array's items.
 *
 * @internal
 */
export const EACH_ITEM: unique symbol = Symbol("each item");

/**
 * What {@link visitSchema} calls for each schema it reaches; returning `false` skips the
 * schema's children, any other result (or none) descends into them.
 *
 * @internal
 */
export type SchemaVisitor = (schema: Schema, path: SchemaPath) => unknown;

/**
 * The schemas a schema leads to, with the step to each: a wrapper's inner schema (see
 * {@link unwrapOnce}), an object's fields, an array's element and a union's options.
 *
 * @param schema - Any zod schema.
 * @returns The children in declaration order; none for a leaf or an unknown type.
 * @internal
 */
export function schemaChildren(
  schema: Schema,
): readonly { readonly step?: SchemaPathStep; readonly schema: Schema }[] {
  const inner = unwrapOnce(schema);
  if (inner !== undefined) return [{ schema: inner }];
  const shape = objectShape(schema);
  if (shape) return Object.entries(shape).map(([step, child]) => ({ step, schema: child }));
  const element = arrayElement(schema);
  if (element) return [{ step: EACH_ITEM, schema: element }];
  return (unionOptions(schema) ?? []).map((option) => ({ schema: option }));
}

/**
 * Visits a schema and, depth first in declaration order, every schema it leads to (see
 * {@link schemaChildren}). A schema reached again inside itself (a recursive getter or lazy
 * schema) is visited but not descended into again, so recursive schemas end.
 *
 * @param schema - The root schema.
 * @param visit - Called with each schema and its path; return `false` to skip its children.
 * @example
 * ```ts
 * visitSchema(MeetingSchema, (s, path) => {
 *   if (referenceRegistry.has(s)) console.log(path); // ["participants", EACH_ITEM, "actor"], ...
 * });
 * ```
 * @internal
 */
export function visitSchema(schema: Schema, visit: SchemaVisitor): void {
  const open = new Set<Schema>();
  const walk = (s: Schema, path: SchemaPathStep[]): void => {
    if (visit(s, path) === false || open.has(s)) return;
    open.add(s);
    for (const child of schemaChildren(s))
      walk(child.schema, child.step === undefined ? path : [...path, child.step]);
    open.delete(s);
  };
  walk(schema, []);
}
