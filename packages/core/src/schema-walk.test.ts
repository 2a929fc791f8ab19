import { describe, expect, it } from "vitest";
import * as z from "zod";
import { PartialDateSchema } from "./date.js";
import * as core from "./index.js";
import { RECORD_SHAPE_SCHEMAS } from "./record-references.js";
import {
  arrayElement,
  derivesFrom,
  discriminatorOf,
  discriminatorValues,
  EACH_ITEM,
  KNOWN_TYPES,
  objectShape,
  type SchemaPath,
  schemaChecks,
  schemaChildren,
  schemaDef,
  schemaType,
  unionOptionFor,
  unionOptions,
  unwrap,
  unwrapOnce,
  visitSchema,
  type WRAPPER_TYPES,
} from "./schema-walk.js";

type Schema = z.core.$ZodType;

const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && "_zod" in value && "def" in (value as Schema)._zod;

/** Every zod schema the package exports, by export name. */
const EXPORTED_SCHEMAS = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, Schema] => isSchema(entry[1]),
);

/**
 * Every schema a definition refers to, found without the walker: any definition field holding a
 * schema, a list of schemas or a record of schemas, and what a lazy schema's getter returns. An
 * object's `catchall` and a type's checks are left to the caller.
 */
function referencedSchemas(schema: Schema): Schema[] {
  const def = schemaDef(schema) as unknown as Record<string, unknown>;
  const out: Schema[] = [];
  for (const [key, value] of Object.entries(def)) {
    if (key === "checks" || key === "catchall") continue;
    if (key === "getter" && typeof value === "function") out.push(value() as Schema);
    else if (isSchema(value)) out.push(value);
    else if (Array.isArray(value)) out.push(...value.filter(isSchema));
    else if (value !== null && typeof value === "object")
      out.push(...Object.values(value).filter(isSchema));
  }
  return out;
}

describe("the walk over every core schema", () => {
  it("finds the record schemas among the exports", () => {
    const exported = new Set(EXPORTED_SCHEMAS.map(([, schema]) => schema));
    for (const schema of Object.values(RECORD_SHAPE_SCHEMAS))
      expect(exported.has(schema)).toBe(true);
    expect(EXPORTED_SCHEMAS.length).toBeGreaterThan(20);
  });

  it.each(EXPORTED_SCHEMAS)("%s uses only zod types the walker knows", (_name, root) => {
    const reached = new Set<Schema>();
    const unknown: string[] = [];
    visitSchema(root, (schema, path) => {
      reached.add(schema);
      if (!KNOWN_TYPES.has(schemaType(schema)))
        unknown.push(`${schemaType(schema)} at /${path.map(String).join("/")}`);
    });
    expect(unknown).toEqual([]);

    // Independently of the walker: everything the reached schemas refer to was reached too, so
    // no child hides behind a zod type (or a side of a type) the walker does not descend into.
    const missed: string[] = [];
    for (const schema of reached) {
      for (const child of referencedSchemas(schema))
        if (!reached.has(child)) missed.push(`${schemaType(child)} in a ${schemaType(schema)}`);
      // Objects are strict (a `never` catchall) or plain: no catchall schema to walk.
      const catchall = (schemaDef(schema) as { catchall?: Schema }).catchall;
      if (catchall !== undefined) expect(schemaType(catchall)).toBe("never");
    }
    expect(missed).toEqual([]);
  });

  it("reaches the nested schemas of the records", () => {
    const reached = new Set<Schema>();
    for (const schema of Object.values(RECORD_SHAPE_SCHEMAS))
      visitSchema(schema, (s) => {
        for (let p: Schema | undefined = s; p !== undefined; p = p._zod.parent) reached.add(p);
      });
    for (const nested of [
      core.ParticipantSchema,
      core.LocationSchema,
      core.OutcomeSchema,
      core.AgendaItemSchema,
      core.CitationSchema,
      core.OfficeSchema,
      core.PositionSchema,
      core.TariffPhaseSchema,
      core.AdValoremDutySchema,
      core.LegalBasisSchema,
      PartialDateSchema,
    ])
      expect(reached.has(nested)).toBe(true);
  });
});

describe("unwrap", () => {
  const base = z.string();

  it("sees through each wrapper type", () => {
    const wrapped: Record<(typeof WRAPPER_TYPES)[number], Schema> = {
      optional: base.optional(),
      nonoptional: base.optional().nonoptional(),
      nullable: base.nullable(),
      default: base.default("x"),
      prefault: base.prefault("x"),
      catch: base.catch("x"),
      readonly: base.readonly(),
      pipe: base.pipe(z.string().min(2)),
      lazy: z.lazy(() => base),
    };
    for (const [type, schema] of Object.entries(wrapped)) {
      expect(schemaType(schema)).toBe(type);
      expect(unwrap(schema).schema).toBe(base);
      expect(unwrap(schema).chain.at(0)).toBe(schema);
      expect(unwrap(schema).chain.at(-1)).toBe(base);
    }
  });

  it("follows a pipe to its input side", () => {
    const input = z.string();
    expect(unwrapOnce(input.transform((s) => s.length))).toBe(input);
    expect(unwrap(input.pipe(z.string().min(1))).schema).toBe(input);
  });

  it("follows a lazy schema to its getter's schema", () => {
    const inner = z.object({ a: z.string() });
    expect(unwrap(z.lazy(() => inner.optional())).schema).toBe(inner);
  });

  it("stops at a lazy schema that returns itself", () => {
    const self: Schema = z.lazy(() => self);
    expect(unwrap(self).schema).toBe(self);
  });

  it("leaves a non-wrapper as it is", () => {
    for (const schema of [base, z.number(), z.object({}), z.array(base), z.enum(["a"])]) {
      expect(unwrapOnce(schema)).toBeUndefined();
      expect(unwrap(schema)).toEqual({
        schema,
        chain: [schema],
        optional: false,
        nullable: false,
        defaulted: false,
      });
    }
  });

  it("lists the whole chain, outermost first", () => {
    const nullable = base.nullable();
    const optional = nullable.optional();
    const described = optional.meta({ description: "d" });
    expect(unwrap(described).chain).toEqual([described, nullable, base]);
    expect(unwrap(described).chain[0]?._zod.parent).toBe(optional);
  });

  it("reports what the wrappers allow", () => {
    expect(unwrap(base.optional())).toMatchObject({ optional: true, nullable: false });
    expect(unwrap(base.nullable())).toMatchObject({ optional: false, nullable: true });
    expect(unwrap(base.nullable().optional())).toMatchObject({ optional: true, nullable: true });
    expect(unwrap(base.default("x"))).toMatchObject({ optional: true, defaulted: true });
    expect(unwrap(base.prefault("x"))).toMatchObject({ optional: true, defaulted: true });
    expect(unwrap(base.optional())).toMatchObject({ defaulted: false });
    expect(unwrap(base.optional().nonoptional()).optional).toBe(false);
    expect(unwrap(base.nonoptional().optional()).optional).toBe(true);
    expect(unwrap(base.optional().readonly()).optional).toBe(true);
    expect(unwrap(base.optional().catch("x")).optional).toBe(true);
    expect(unwrap(base.optional().pipe(z.string().optional())).optional).toBe(true);
    expect(unwrap(z.lazy(() => base.optional())).optional).toBe(true);
  });

  it("calls a field optional exactly when zod lets an object omit it", () => {
    const fields = {
      plain: base,
      optional: base.optional(),
      nullable: base.nullable(),
      nullableOptional: base.nullable().optional(),
      optionalNullable: base.optional().nullable(),
      default: base.default("x"),
      prefault: base.prefault("x"),
      nonoptional: base.optional().nonoptional(),
      defaultNonoptional: base.default("x").nonoptional(),
      readonly: base.optional().readonly(),
      catch: base.optional().catch("x"),
      pipe: base.optional().pipe(z.string().optional()),
      lazy: z.lazy(() => base.optional()),
      described: base.optional().meta({ description: "d" }),
    };
    for (const [name, schema] of Object.entries(fields)) {
      const omittable = z.object({ [name]: schema }).safeParse({}).success;
      expect([name, unwrap(schema).optional]).toEqual([name, omittable]);
    }
  });
});

describe("the readers of a definition", () => {
  const Cat = z.object({ kind: z.literal("cat"), lives: z.number() }).meta({ id: "Cat" });
  const Dog = z.object({ kind: z.literal("dog"), name: z.string() });
  const Pet = z.discriminatedUnion("kind", [Cat, Dog]);

  it("reads object fields, array elements and union options", () => {
    const element = z.string();
    expect(Object.keys(objectShape(Cat) ?? {})).toEqual(["kind", "lives"]);
    expect(arrayElement(z.array(element))).toBe(element);
    expect(unionOptions(Pet)).toEqual([Cat, Dog]);
    expect(unionOptions(z.union([Cat, Dog]))).toEqual([Cat, Dog]);
    expect(objectShape(element)).toBeUndefined();
    expect(arrayElement(element)).toBeUndefined();
    expect(unionOptions(element)).toBeUndefined();
    // Containers are not unwrapped: callers unwrap first.
    expect(objectShape(Cat.optional())).toBeUndefined();
  });

  it("reads a discriminated union's discriminator and picks its option for a value", () => {
    expect(discriminatorOf(Pet)).toBe("kind");
    expect(discriminatorOf(z.union([Cat, Dog]))).toBeUndefined();
    expect([...discriminatorValues(Dog, "kind")]).toEqual(["dog"]);
    expect([...discriminatorValues(Dog, "name")]).toEqual([]);
    expect(unionOptionFor(Pet, { kind: "dog" })).toBe(Dog);
    expect(unionOptionFor(Pet, { kind: "cow" })).toBeUndefined();
    expect(unionOptionFor(Pet, "dog")).toBeUndefined();
    expect(unionOptionFor(z.union([Cat, Dog]), { kind: "dog" })).toBeUndefined();
    const Stray = z.object({ kind: z.literal("stray").optional() });
    const Animal = z.discriminatedUnion("kind", [Cat, Stray]);
    expect(unionOptionFor(Animal, {})).toBe(Stray);
    expect(unionOptionFor(Animal, 3)).toBe(Stray);
  });

  it("reads a schema's own checks", () => {
    const pattern = /^a/;
    expect(schemaChecks(z.array(z.string()).min(2))).toMatchObject([
      { check: "min_length", minimum: 2 },
    ]);
    expect(schemaChecks(z.string().regex(pattern))).toMatchObject([{ pattern }]);
    expect(schemaChecks(z.number().gt(0).lte(5))).toMatchObject([
      { check: "greater_than", value: 0, inclusive: false },
      { check: "less_than", value: 5, inclusive: true },
    ]);
    expect(schemaChecks(z.string().min(1).optional())).toEqual([]);
  });

  it("tells a .meta() clone from its original", () => {
    const described = PartialDateSchema.meta({ description: "When." });
    expect(derivesFrom(described, PartialDateSchema)).toBe(true);
    expect(derivesFrom(described.describe("Again."), PartialDateSchema)).toBe(true);
    expect(derivesFrom(PartialDateSchema, PartialDateSchema)).toBe(true);
    expect(derivesFrom(PartialDateSchema, described)).toBe(false);
    expect(derivesFrom(z.string(), PartialDateSchema)).toBe(false);
    // A clone keeps its original's type, so unwrap has nothing to see through.
    expect(unwrap(described).schema).toBe(described);
  });
});

describe("visitSchema", () => {
  it("visits every schema depth first with its path", () => {
    const id = z.string();
    const tags = z.array(z.enum(["a", "b"])).optional();
    const Item = z.object({ id, tags });
    const visited: [string, SchemaPath][] = [];
    visitSchema(z.array(Item), (schema, path) => {
      visited.push([schemaType(schema), path]);
    });
    expect(visited).toEqual([
      ["array", []],
      ["object", [EACH_ITEM]],
      ["string", [EACH_ITEM, "id"]],
      ["optional", [EACH_ITEM, "tags"]],
      ["array", [EACH_ITEM, "tags"]],
      ["enum", [EACH_ITEM, "tags", EACH_ITEM]],
    ]);
  });

  it("skips the children of a schema the visitor returns false for", () => {
    const Inner = z.object({ x: z.string() });
    const types: string[] = [];
    visitSchema(z.object({ inner: Inner, y: z.number() }), (schema) => {
      types.push(schemaType(schema));
      return schema !== Inner;
    });
    expect(types).toEqual(["object", "object", "number"]);
  });

  it("ends on a recursive getter, visiting the recurring schema once more", () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.array(Node).optional();
      },
    });
    const paths: string[] = [];
    visitSchema(Node, (schema, path) => {
      if (schema === Node) paths.push(path.map(String).join("/"));
    });
    expect(paths).toEqual(["", "children/Symbol(each item)"]);
  });

  it("ends on a recursive lazy schema", () => {
    type Tree = {
      readonly leaf?: string | undefined;
      readonly branches?: readonly Tree[] | undefined;
    };
    const Tree: z.ZodType<Tree> = z.lazy(() =>
      z.object({ leaf: z.string().optional(), branches: z.array(Tree).optional() }),
    );
    const types: string[] = [];
    visitSchema(Tree, (schema) => {
      types.push(schemaType(schema));
    });
    expect(types).toContain("lazy");
    expect(types.filter((t) => t === "object").length).toBeGreaterThanOrEqual(1);
  });

  it("lists a schema's children with their steps", () => {
    const element = z.string();
    const Item = z.object({ a: element });
    expect(schemaChildren(z.array(element))).toEqual([{ step: EACH_ITEM, schema: element }]);
    expect(schemaChildren(Item)).toEqual([{ step: "a", schema: element }]);
    expect(schemaChildren(element.optional())).toEqual([{ schema: element }]);
    expect(schemaChildren(z.union([element, Item]))).toEqual([
      { schema: element },
      { schema: Item },
    ]);
    expect(schemaChildren(element)).toEqual([]);
  });
});
