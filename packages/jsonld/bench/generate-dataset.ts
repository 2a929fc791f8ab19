/**
 * A seeded generator of large valid datasets for benchmarks: records of every type and kind, with
 * references that resolve (to ids of the right type and kind), citations with quotes, partial
 * dates of every precision, duties of every kind. Records are produced lazily, so a 200,000-record
 * export can stream without ever holding the dataset.
 *
 * @module
 */
import { countries, type StatecraftRecord } from "@statecraft/core";

/** A small fast PRNG (mulberry32), so runs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many records of each shape a dataset of `total` records has. */
export function plan(
  total: number,
): Record<"source" | "state" | "organization" | "person" | "issue" | "meeting" | "tariff", number> {
  const state = Math.min(countries.length, Math.max(2, Math.floor(total * 0.01)));
  const rest = total - state;
  const source = Math.floor(rest * 0.15);
  const organization = Math.floor(rest * 0.1);
  const person = Math.floor(rest * 0.2);
  const issue = Math.floor(rest * 0.1);
  const tariff = Math.floor(rest * 0.1);
  return {
    source,
    state,
    organization,
    person,
    issue,
    tariff,
    meeting: rest - source - organization - person - issue - tariff,
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Generates `total` valid records lazily, deterministic for a seed.
 *
 * @param total - How many records.
 * @param seed - The PRNG seed.
 */
export function* generateRecords(
  total: number,
  seed = 42,
): Generator<StatecraftRecord, void, undefined> {
  const rnd = random(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const counts = plan(total);
  const id = {
    source: (i: number) => `source-${i}`,
    state: (i: number) => `state-${countries[i]?.alpha2.toLowerCase()}`,
    organization: (i: number) => `org-${i}`,
    person: (i: number) => `person-${i}`,
    issue: (i: number) => `issue-${i}`,
    meeting: (i: number) => `meeting-${i}`,
    tariff: (i: number) => `tariff-${i}`,
  };
  const any = (kind: keyof typeof id): string => id[kind](int(counts[kind]));
  const date = (): string => {
    const y = 1990 + int(35);
    switch (int(8)) {
      case 0:
        return String(y);
      case 1:
        return `${y}-${pad(1 + int(12))}`;
      case 2: {
        const month = pad(1 + int(12));
        return `${y}-${month}-${pad(1 + int(14))}/${y}-${month}-${pad(15 + int(14))}`;
      }
      case 3:
        return `${y}-${pad(1 + int(12))}~`;
      case 4:
        return `${y}-${pad(1 + int(12))}-${pad(1 + int(28))}T${pad(int(24))}:${pad(int(60))}:00+08:00`;
      default:
        return `${y}-${pad(1 + int(12))}-${pad(1 + int(28))}`;
    }
  };
  const cite = () =>
    counts.source === 0
      ? []
      : [
          {
            source: any("source"),
            ...(rnd() < 0.5 ? { quote: `Quote ${int(1e6)} from the report, with "marks".` } : {}),
          },
        ];
  const duty = () => {
    switch (int(4)) {
      case 0:
        return { kind: "ad_valorem" as const, rate: pick([7.5, 10, 25, 100]) };
      case 1:
        return {
          kind: "specific" as const,
          amount: pick([0.5, 12, 300]),
          currency: "USD",
          unit: "kg",
        };
      case 2:
        return { kind: "compound" as const, rate: 5, amount: 0.2, currency: "EUR", unit: "t" };
      default:
        return {
          kind: "alternative" as const,
          rate: 10,
          amount: 3,
          currency: "CNY",
          unit: "item",
          rule: "higher" as const,
        };
    }
  };

  for (let i = 0; i < counts.source; i++) {
    yield {
      id: id.source(i),
      type: "source",
      kind: pick(["news_article", "statement", "readout", "press_release"] as const),
      title: `Report ${i} on talks and trade`,
      publisher: pick(["Associated Press", "Reuters", "Xinhua", "U.S. Department of State"]),
      url: `https://news.example.org/${i}`,
      published: `${2000 + int(25)}-${pad(1 + int(12))}-${pad(1 + int(28))}`,
      language: "en",
    };
  }
  for (let i = 0; i < counts.state; i++) {
    const country = countries[i];
    if (!country) break;
    yield {
      id: id.state(i),
      type: "actor",
      kind: "state",
      name: country.name,
      iso3166: country.alpha2,
      sources: cite(),
    };
  }
  for (let i = 0; i < counts.organization; i++) {
    yield {
      id: id.organization(i),
      type: "actor",
      kind: "organization",
      name: `Ministry ${i}`,
      organizationKind: pick([
        "ministry",
        "government_body",
        "intergovernmental",
        "company",
      ] as const),
      jurisdiction: any("state"),
      ...(i > 0 && rnd() < 0.3 ? { parent: id.organization(int(i)) } : {}),
      sources: cite(),
    };
  }
  for (let i = 0; i < counts.person; i++) {
    yield {
      id: id.person(i),
      type: "actor",
      kind: "person",
      name: `Person ${i}`,
      alternateNames: [{ name: `人物 ${i}`, lang: "zh-Hans", kind: "translation" }],
      wikidata: `Q${1000 + i}`,
      nationality: [any("state")],
      offices: [
        {
          title: "Minister of Foreign Affairs",
          role: "foreign_minister",
          state: any("state"),
          start: "2018-03-19",
          sources: cite(),
        },
      ],
      sources: cite(),
    };
  }
  for (let i = 0; i < counts.issue; i++) {
    yield {
      id: id.issue(i),
      type: "issue",
      name: `Issue ${i}`,
      category: pick(["security", "trade", "technology", "maritime", "human_rights"] as const),
      ...(i > 0 && rnd() < 0.3 ? { parent: id.issue(int(i)) } : {}),
      positions: [
        {
          actor: any("state"),
          stance: pick(["concern", "support", "condemnation", "demand"] as const),
          target: any("state"),
          summary: "States a position.",
          date: date(),
          sources: cite(),
        },
      ],
      sources: cite(),
    };
  }
  for (let i = 0; i < counts.meeting; i++) {
    yield {
      id: id.meeting(i),
      type: "meeting",
      kind: pick(["visit", "bilateral", "talks", "phone_call", "summit"] as const),
      status: pick(["planned", "expected", "confirmed", "held", "postponed", "cancelled"] as const),
      title: `Meeting ${i}`,
      date: date(),
      location: { city: "Beijing", state: any("state") },
      participants: [
        {
          actor: any("person"),
          role: "visitor",
          capacity: "Minister of Foreign Affairs",
          representing: any("state"),
          attendance: "confirmed",
          sources: cite(),
        },
        {
          actor: any("person"),
          role: "host",
          attendance: pick(["expected", "possible", "attended"] as const),
        },
      ],
      ...(i > 0 && rnd() < 0.2 ? { parent: id.meeting(int(i)) } : {}),
      agenda: [{ issue: any("issue") }, { issue: any("issue"), note: "Among the priorities." }],
      sources: cite(),
    };
  }
  for (let i = 0; i < counts.tariff; i++) {
    yield {
      id: id.tariff(i),
      type: "tariff",
      measure: pick(["additional_tariff", "retaliatory_tariff", "anti_dumping_duty"] as const),
      status: pick(["announced", "in_force", "suspended"] as const),
      title: `Tariff ${i}`,
      imposer: any("state"),
      targets: [any("state")],
      products: [{ scheme: "HS", version: "2022", code: pick(["7208", "720810", "8703", "8541"]) }],
      priorDuty: duty(),
      duty: duty(),
      schedule: [{ date: "2024-09-27", duty: duty() }],
      legalBasis: {
        jurisdiction: any("state"),
        authority: "Section 301 of the Trade Act of 1974",
        citation: "19 U.S.C. § 2411",
      },
      dates: { announced: "2024-05-14", effective: "2024-09-27" },
      issues: [any("issue")],
      ...(i > 0 && rnd() < 0.2 ? { counterMeasureTo: [id.tariff(int(i))] } : {}),
      sources: cite(),
    };
  }
}
