/**
 * Generates a realistic Statecraft dataset for the benchmark: every record type, with references
 * between them (participants, capacities matching offices, agenda items, citations, positions,
 * tariff targets and HS 2022 product codes), valid except where asked.
 */
import { createWriteStream } from "node:fs";
import { countries } from "@statecraft/core";

const HS_HEADINGS = [
  "7208",
  "7209",
  "7210",
  "7304",
  "7601",
  "7604",
  "8703",
  "8541",
  "8542",
  "0201",
  "1001",
  "2709",
  "3004",
  "8471",
  "8517",
];
const TITLES = [
  "Minister of Foreign Affairs",
  "President",
  "Prime Minister",
  "Minister of Defense",
  "Minister of Trade",
  "Ambassador",
];
const ROLES = [
  "foreign_minister",
  "head_of_state",
  "head_of_government",
  "defense_minister",
  "trade_minister",
  "ambassador",
] as const;
const PAD =
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ";

/** A small deterministic PRNG (mulberry32), so every run generates the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for {@link generateRecords}. */
export interface GenerateOptions {
  /** Extra note text per record, to make a file larger without more ids (bytes, roughly). */
  readonly padding?: number;
}

/**
 * Yields `n` records in dependency-free order (sources last, as maintainers often keep them).
 * Mix: 2% states (capped at the ISO list), 20% persons, 5% organisations, 45% meetings,
 * 8% issues, 5% tariffs, 15% sources.
 */
export function* generateRecords(
  n: number,
  options: GenerateOptions = {},
): Generator<Record<string, unknown>> {
  const rand = random(20240421);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const note = options.padding
    ? { note: PAD.repeat(Math.ceil(options.padding / PAD.length)).slice(0, options.padding) }
    : {};
  const states = countries.slice(0, Math.max(2, Math.min(countries.length, Math.round(n * 0.02))));
  const persons = Math.round(n * 0.2);
  const organizations = Math.round(n * 0.05);
  const issues = Math.round(n * 0.08);
  const tariffs = Math.round(n * 0.05);
  const sources = Math.round(n * 0.15);
  const meetings = n - states.length - persons - organizations - issues - tariffs - sources;
  const stateId = (c: { alpha2: string }): string => `state-${c.alpha2.toLowerCase()}`;
  const source = (): string => `source-${Math.floor(rand() * sources)}`;
  const personTitle = (i: number): string => TITLES[i % TITLES.length]!;

  for (const c of states)
    yield {
      id: stateId(c),
      type: "actor",
      kind: "state",
      name: c.name,
      iso3166: c.alpha2,
      sources: [{ source: source() }],
      ...note,
    };
  for (let i = 0; i < persons; i++) {
    const state = pick(states);
    yield {
      id: `person-${i}`,
      type: "actor",
      kind: "person",
      name: `Person ${i}`,
      nationality: [stateId(state)],
      offices: [
        {
          title: personTitle(i),
          role: ROLES[i % ROLES.length],
          state: stateId(state),
          organization: `org-${i % organizations}`,
          start: "2019-01-01",
          end: "2026-12-31",
        },
      ],
      sources: [{ source: source() }],
      ...note,
    };
  }
  for (let i = 0; i < organizations; i++) {
    yield {
      id: `org-${i}`,
      type: "actor",
      kind: "organization",
      name: `Ministry ${i}`,
      organizationKind: "ministry",
      jurisdiction: stateId(pick(states)),
      ...note,
    };
  }
  for (let i = 0; i < meetings; i++) {
    const a = Math.floor(rand() * persons);
    const b = Math.floor(rand() * persons);
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const kind = pick(["bilateral", "talks", "visit", "phone_call"] as const);
    // A call has no location (remote_meeting_location); the pick keeps the random sequence.
    const location = { city: "Capital", state: stateId(pick(states)) };
    yield {
      id: `meeting-${i}`,
      type: "meeting",
      kind,
      status: "held",
      title: `Meeting ${i}`,
      date: `2023-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      ...(kind === "phone_call" ? {} : { location }),
      participants: [
        {
          actor: `person-${a}`,
          role: "visitor",
          capacity: personTitle(a),
          representing: stateId(pick(states)),
          attendance: "attended",
        },
        { actor: `person-${b}`, role: "host", capacity: personTitle(b), attendance: "attended" },
      ],
      agenda: [{ issue: `issue-${Math.floor(rand() * issues)}` }],
      sources: [{ source: source(), quote: "The two sides met." }],
      ...note,
    };
  }
  for (let i = 0; i < issues; i++) {
    yield {
      id: `issue-${i}`,
      type: "issue",
      name: `Issue ${i}`,
      category: pick(["trade", "security", "territorial", "technology"] as const),
      positions: [
        {
          actor: stateId(pick(states)),
          stance: "concern",
          summary: "Voices concern.",
          date: "2024-01",
          sources: [{ source: source() }],
        },
      ],
      ...note,
    };
  }
  for (let i = 0; i < tariffs; i++) {
    yield {
      id: `tariff-${i}`,
      type: "tariff",
      measure: "additional_tariff",
      status: "in_force",
      title: `Tariff ${i}`,
      imposer: stateId(pick(states)),
      targets: [stateId(pick(states))],
      products: [{ scheme: "HS", version: "2022", code: pick(HS_HEADINGS) }],
      priorDuty: { kind: "ad_valorem", rate: 7.5 },
      duty: { kind: "ad_valorem", rate: 25 },
      schedule: [{ date: "2024-09-27", duty: { kind: "ad_valorem", rate: 25 } }],
      dates: { announced: "2024-05-14", effective: "2024-09-27" },
      issues: [`issue-${Math.floor(rand() * issues)}`],
      sources: [{ source: source() }],
      ...note,
    };
  }
  for (let i = 0; i < sources; i++) {
    yield {
      id: `source-${i}`,
      type: "source",
      kind: "news_article",
      title: `Story ${i}`,
      publisher: "Wire",
      published: "2025-01-01",
      language: "en",
      ...note,
    };
  }
}

/** Writes records as NDJSON (streamed, so a 1 GB file needs no 1 GB of memory). */
export async function writeNdjson(
  path: string,
  records: Iterable<Record<string, unknown>>,
): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let batch = "";
  for (const record of records) {
    batch += `${JSON.stringify(record)}\n`;
    if (batch.length > 1 << 20) {
      bytes += Buffer.byteLength(batch);
      if (!out.write(batch)) await new Promise<void>((r) => out.once("drain", () => r()));
      batch = "";
    }
  }
  bytes += Buffer.byteLength(batch);
  out.write(batch);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return bytes;
}
