/**
 * fast-check arbitraries of valid records and datasets, derived from the zod schemas through
 * core's schema walker (as Effect's `Arbitrary` derives them from a schema): every field,
 * optional or not, enum value, union branch and array length gets exercised, with awkward ids
 * (spaces, unicode, `/`, `..`) and every form of partial date.
 *
 * @module
 */
import {
  arrayElement,
  CountryCodeSchema,
  countries,
  type Dataset,
  derivesFrom,
  IdSchema,
  isPartialDate,
  objectShape,
  PartialDateSchema,
  RecordSchema,
  referenceRegistry,
  type StatecraftRecord,
  schemaChecks,
  schemaDef,
  toDataset,
  unionOptions,
  unwrap,
} from "@statecraft/core";
import fc from "fast-check";
import type { z } from "zod";

type AnySchema = z.core.$ZodType;

/** Ids chosen to break naive IRI building, plus random ones. */
export const idArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "usa",
    "china",
    "antony-blinken",
    "a b",
    "北京",
    "a/b",
    "..",
    ".",
    "50%",
    "x:y",
    "#frag",
    "?q=1",
    "Ünïcödé 🙂",
    "_:b0",
    "@id",
    "~tilde",
  ),
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
    .filter((s) => IdSchema.safeParse(s).success),
);

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

const dayArbitrary = fc.record({
  year: fc.integer({ min: 0, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

/** A single partial date: every precision, qualifier and X form, date-times with and without seconds. */
const pointArbitrary: fc.Arbitrary<string> = fc.oneof(
  dayArbitrary.map((d) => pad(d.year, 4)),
  dayArbitrary.map((d) => `${pad(d.year, 4)}-${pad(d.month, 2)}`),
  dayArbitrary.map((d) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`),
  fc
    .tuple(dayArbitrary, fc.constantFrom("?", "~", "%"), fc.integer({ min: 0, max: 2 }))
    .map(
      ([d, q, p]) =>
        [
          pad(d.year, 4),
          `${pad(d.year, 4)}-${pad(d.month, 2)}`,
          `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`,
        ][p] + q,
    ),
  fc.constantFrom("202X", "20XX", "2024-XX", "2024-04-XX", "2024-XX-XX"),
  fc
    .tuple(
      dayArbitrary,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.option(fc.integer({ min: 0, max: 59 })),
      fc.constantFrom("Z", "+08:00", "-05:30", ".250Z", ".123456789+01:00"),
    )
    .map(([d, h, m, s, zone]) => {
      const base = `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}T${pad(h, 2)}:${pad(m, 2)}`;
      if (s === null) return `${base}${zone.startsWith(".") ? "Z" : zone}`;
      return `${base}:${pad(s, 2)}${zone}`;
    }),
);

/** Any partial date: a point or an interval with open (`..`) or unknown (empty) sides. */
export const partialDateArbitrary: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: pointArbitrary },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(pointArbitrary, fc.constantFrom("..", "")),
          fc.oneof(pointArbitrary, fc.constantFrom("..", "")),
        )
        .map(([a, b]) => `${a}/${b}`),
    },
  )
  .filter(isPartialDate);

function stringArbitrary(chain: readonly AnySchema[]): fc.Arbitrary<string> {
  if (chain.some((s) => referenceRegistry.get(s as z.ZodType))) return idArbitrary;
  if (chain.some((s) => derivesFrom(s, PartialDateSchema))) return partialDateArbitrary;
  if (chain.some((s) => derivesFrom(s, CountryCodeSchema)))
    return fc.constantFrom(...countries.map((c) => c.alpha2));
  const inner = chain[chain.length - 1] as AnySchema;
  if ((schemaDef(inner) as { format?: string }).format === "url") {
    return fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom("https://example.org/a b", "http://example.org/{x}"),
    );
  }
  const pattern = schemaChecks(inner)
    .map((c) => c.pattern)
    .find((p) => p instanceof RegExp);
  if (pattern) return fc.stringMatching(pattern);
  return fc.oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
    fc.constantFrom('quote " and \\ backslash', "line\nbreak\ttab", "控制\u0007char", "  padded  "),
  );
}

function numberArbitrary(schema: AnySchema): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  for (const c of schemaChecks(schema)) {
    if (c.check === "greater_than") min = Number(c.value);
    if (c.check === "less_than") max = Number(c.value);
  }
  return fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31 - 1)) }),
      fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    )
    .map((n) => n + 0); // no negative zero, which JSON cannot tell from zero
}

/** Values of a schema, seen through its wrappers (a nullable field still gets no `null`). */
function arbitraryOf(schema: AnySchema): fc.Arbitrary<unknown> {
  const { schema: inner, chain } = unwrap(schema);
  const def = schemaDef(inner) as {
    type: string;
    entries?: Record<string, string>;
    values?: unknown[];
  };
  switch (def.type) {
    case "string":
      return stringArbitrary(chain);
    case "number":
      return numberArbitrary(inner);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case "literal":
      return fc.constantFrom(...(def.values ?? []));
    case "array": {
      const minLength = Math.max(
        0,
        ...schemaChecks(inner).map((c) => (c.check === "min_length" ? Number(c.minimum) : 0)),
      );
      return fc.array(arbitraryOf(arrayElement(inner) as AnySchema), {
        minLength,
        maxLength: minLength + 2,
      });
    }
    case "object": {
      const shape = objectShape(inner) ?? {};
      const required = Object.keys(shape).filter(
        (key) => !unwrap(shape[key] as AnySchema).optional,
      );
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [key, arbitraryOf(field)]),
      );
      return fc.record(fields, { requiredKeys: required });
    }
    case "union":
      return fc.oneof(...(unionOptions(inner) ?? []).map((option) => arbitraryOf(option)));
    default:
      throw new Error(`no arbitrary for zod type ${def.type}`);
  }
}

/** A valid record of any type and kind. */
export const recordArbitrary: fc.Arbitrary<StatecraftRecord> = arbitraryOf(
  RecordSchema as unknown as AnySchema,
)
  .filter((value) => RecordSchema.safeParse(value).success)
  .map((value) => RecordSchema.parse(value));

/** A valid dataset of up to eight records, with or without metadata. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .tuple(
    fc.array(recordArbitrary, { maxLength: 8 }),
    fc.record(
      {
        name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
        description: fc.string({ minLength: 1, maxLength: 40 }),
        license: fc.constantFrom("CC0-1.0", "CC-BY-4.0", "https://example.org/licence"),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([records, metadata]) => toDataset(records, metadata));
