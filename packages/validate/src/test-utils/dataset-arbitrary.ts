/**
 * fast-check arbitraries of small datasets whose records pass the schemas but break the record
 * and cross-record rules often: ids drawn from a few short lists (so that records share ids and
 * references dangle or name the wrong type), dates from a list of partial dates of every
 * precision (so that offices end before they start, are not held on meeting dates and overlap,
 * tariff dates and phases run backwards, and meetings come before or after their sources),
 * capacities that differ from titles only by case and spaces, sources nobody cites, and product
 * codes that are not in their nomenclature.
 *
 * @module
 */
import fc from "fast-check";

/** Ids records take; a reference may also name one of {@link MISSING_IDS}. */
const IDS = {
  state: ["usa", "china"],
  organization: ["state-dept"],
  person: ["blinken", "wang-yi", "xi"],
  meeting: ["visit", "talks"],
  issue: ["taiwan"],
  tariff: ["t1", "t2"],
  source: ["ap", "reuters"],
} as const;

/** Ids no record takes. */
const MISSING_IDS = ["atlantis", "blinkn"];

const ALL_IDS = Object.values(IDS).flat();

/** An id of a record of this kind, now and then one of another kind (a duplicate across types). */
function idOf(kind: keyof typeof IDS): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...IDS[kind]) },
    { weight: 1, arbitrary: fc.constantFrom(...ALL_IDS) },
  );
}

/** A reference meant for records of these kinds: mostly right, sometimes wrong or missing. */
function ref(...kinds: (keyof typeof IDS)[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...kinds.flatMap((k) => IDS[k])) },
    { weight: 1, arbitrary: fc.constantFrom(...ALL_IDS) },
    { weight: 1, arbitrary: fc.constantFrom(...MISSING_IDS) },
  );
}

/** Partial dates of every precision, intervals and date-times, around 2024. */
const date = fc.constantFrom(
  "2021-01-26",
  "2023",
  "2024",
  "2024-04",
  "2024-04-21",
  "2024-04-24",
  "2024-04-24/2024-04-26",
  "2024-04-26T10:30:00+08:00",
  "2024-04~",
  "2024-XX",
  "2024-05-01",
  "/2024-03",
  "2024-06/..",
  "2025-01-20",
);

const TITLES = [
  "Secretary of State",
  "secretary of state ",
  "Foreign Minister",
  "President",
  "foreign  minister",
];

/** Leaves a field out now and then (`undefined` fields are dropped by `JSON.stringify`). */
function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 3 });
}

const duty = fc.constantFrom(7.5, 10, 25).map((rate) => ({ kind: "ad_valorem" as const, rate }));

const product = fc.constantFrom(
  { scheme: "HS", version: "2022", code: "72" },
  { scheme: "HS", version: "2022", code: "7208" },
  { scheme: "HS", version: "2022", code: "720810" },
  { scheme: "HS", version: "2022", code: "7777" },
  { scheme: "HS", version: "2022", code: "72081" },
  { scheme: "HS", version: "2022", code: "7208100000" },
  { scheme: "HS", version: "2017", code: "7777" },
  { scheme: "HS", version: "2017", code: "777" },
  { scheme: "HTSUS", version: "2024", code: "7208100000" },
  { scheme: "HTSUS", version: "2024", code: "9999990000" },
  { scheme: "HTSUS", version: "2024-rev5", code: "7208" },
  { scheme: "CN", version: "2021", code: "99999999" },
  { scheme: "other", version: "2024", code: "1234" },
);

const office = fc.record(
  {
    title: fc.constantFrom(...TITLES),
    state: ref("state"),
    organization: ref("organization"),
    role: fc.constantFrom("foreign_minister", "head_of_state"),
    alternateTitles: fc.constant(["Foreign Minister"]),
    concurrency: fc.constantFrom("personal_union", "ex_officio"),
    start: date,
    end: date,
  },
  { requiredKeys: ["title"] },
);

const person = fc.record({
  id: idOf("person"),
  type: fc.constant("actor"),
  kind: fc.constant("person"),
  name: fc.constant("A person"),
  offices: optional(fc.array(office, { maxLength: 3 })),
});

const state = fc.record({
  id: idOf("state"),
  type: fc.constant("actor"),
  kind: fc.constant("state"),
  name: fc.constant("A state"),
});

const organization = fc.record({
  id: idOf("organization"),
  type: fc.constant("actor"),
  kind: fc.constant("organization"),
  name: fc.constant("A ministry"),
  organizationKind: fc.constant("ministry"),
  jurisdiction: optional(ref("state")),
});

const participant = fc.record(
  {
    actor: ref("person", "state"),
    role: fc.constantFrom("host", "visitor"),
    capacity: fc.constantFrom(...TITLES),
    attendance: fc.constant("attended"),
  },
  { requiredKeys: ["actor", "role", "attendance"] },
);

const citations = optional(fc.array(fc.record({ source: ref("source") }), { maxLength: 3 }));

const meeting = fc.record({
  id: idOf("meeting"),
  type: fc.constant("meeting"),
  kind: fc.constantFrom("talks", "talks", "video_call"),
  status: fc.constantFrom(
    "held",
    "planned",
    "expected",
    "held",
    "planned",
    "confirmed",
    "cancelled",
  ),
  title: fc.constant("A meeting"),
  date: optional(date),
  location: optional(fc.constant({ city: "Beijing" })),
  participants: fc.array(participant, { minLength: 1, maxLength: 3 }),
  parent: optional(ref("meeting")),
  partOf: optional(fc.array(ref("meeting"), { maxLength: 2 })),
  rescheduledAs: optional(ref("meeting")),
  agenda: optional(fc.array(fc.record({ issue: ref("issue") }), { maxLength: 1 })),
  sources: citations,
});

const issue = fc.record({
  id: idOf("issue"),
  type: fc.constant("issue"),
  name: fc.constant("An issue"),
  category: fc.constant("trade"),
  positions: optional(
    fc.array(
      fc.record({
        actor: ref("state", "person"),
        jointWith: optional(fc.array(ref("state"), { maxLength: 2 })),
        stance: fc.constant("concern"),
        summary: fc.constant("Voices concern."),
      }),
      { maxLength: 2 },
    ),
  ),
});

const tariff = fc.record({
  id: idOf("tariff"),
  type: fc.constant("tariff"),
  measure: fc.constant("additional_tariff"),
  status: fc.constant("announced"),
  title: fc.constant("A tariff"),
  imposer: ref("state", "organization"),
  targets: fc.array(ref("state"), { minLength: 1, maxLength: 2 }),
  products: optional(fc.array(product, { maxLength: 2 })),
  stage: optional(fc.constantFrom("definitive", "renewed")),
  priorDuty: optional(duty),
  duty: optional(duty),
  schedule: optional(fc.array(fc.record({ date, duty }), { maxLength: 3 })),
  dates: optional(
    fc.record(
      {
        requested: date,
        proposed: date,
        announced: date,
        effective: date,
        suspended: date,
        removed: date,
      },
      { requiredKeys: [] },
    ),
  ),
  counterMeasureTo: optional(fc.array(ref("tariff"), { maxLength: 1 })),
  sources: citations,
});

const source = fc.record({
  id: idOf("source"),
  type: fc.constant("source"),
  kind: fc.constant("news_article"),
  title: fc.constant("A story"),
  published: optional(date),
});

/** One record that passes the schemas, of any type. */
export const ruleBreakingRecord: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 3, arbitrary: person },
  { weight: 1, arbitrary: state },
  { weight: 1, arbitrary: organization },
  { weight: 4, arbitrary: meeting },
  { weight: 1, arbitrary: issue },
  { weight: 2, arbitrary: tariff },
  { weight: 3, arbitrary: source },
) as fc.Arbitrary<Record<string, unknown>>;

/** A source with a publication date, of one of the ids meetings cite most. */
const datedSource = source.map((record) => ({ ...record, published: record.published ?? "2024" }));

/**
 * A small dataset (up to 22 records) whose records pass the schemas and break the rules often:
 * any records, and up to two dated sources among them so that meetings cite sources published
 * both before and after them.
 */
export const ruleBreakingDataset: fc.Arbitrary<Record<string, unknown>[]> = fc
  .tuple(
    fc.array(ruleBreakingRecord, { minLength: 1, maxLength: 20 }),
    fc.array(datedSource, { maxLength: 2 }),
  )
  .chain(([records, sources]) => {
    const all = [...records, ...sources];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
  });
