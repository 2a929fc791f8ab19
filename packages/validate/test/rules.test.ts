import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RULES_DOC_PATH, renderRulesDoc } from "../scripts/rules-doc.js";
import { RULE_CODES, RULES, safeValidateFiles, safeValidateTexts } from "../src/node.js";
import { line } from "../src/test-utils/problems.js";

const EXAMPLE = join(import.meta.dirname, "../../../examples/blinken-china-2024");
const REAL_ENGAGEMENTS = join(import.meta.dirname, "../../../examples/real-engagements");

/** A small valid dataset, one record per line so each test can mutate one. */
const BASE = {
  usa: '{"id":"usa","type":"actor","kind":"state","name":"United States","iso3166":"US","sources":[{"source":"ap"}]}',
  china: '{"id":"china","type":"actor","kind":"state","name":"China","iso3166":"CN"}',
  blinken:
    '{"id":"blinken","type":"actor","kind":"person","name":"Antony Blinken","offices":[{"title":"Secretary of State","state":"usa","start":"2021-01-26","end":"2025-01-20"}]}',
  taiwan:
    '{"id":"taiwan-issue","type":"issue","name":"Taiwan","category":"territorial","positions":[{"actor":"usa","stance":"concern","summary":"s"}]}',
  meeting:
    '{"id":"visit","type":"meeting","kind":"visit","status":"planned","title":"Visit","date":"2024-04-24/2024-04-26","participants":[{"actor":"blinken","role":"visitor","capacity":"Secretary of State","attendance":"confirmed"},{"actor":"china","role":"host","attendance":"confirmed"}],"agenda":[{"issue":"taiwan-issue"}],"sources":[{"source":"ap"}]}',
  tariff:
    '{"id":"t","type":"tariff","measure":"additional_tariff","status":"announced","title":"T","imposer":"usa","targets":["china"],"products":[{"scheme":"HS","version":"2022","code":"7208"}],"priorDuty":{"kind":"ad_valorem","rate":7.5},"duty":{"kind":"ad_valorem","rate":25},"schedule":[{"date":"2024-09-27","duty":{"kind":"ad_valorem","rate":25}}],"dates":{"requested":"2024-04-17","effective":"2024-09-27"}}',
  ap: '{"id":"ap","type":"source","kind":"news_article","title":"AP","published":"2024-04-21"}',
};
type Key = keyof typeof BASE;

async function check(
  changes: Partial<Record<Key, string | null>>,
  extra: string[] = [],
): Promise<string[]> {
  const lines = (Object.keys(BASE) as Key[])
    .map((k) => (k in changes ? changes[k] : BASE[k]))
    .filter((l): l is string => l !== null);
  const all = [...lines, ...extra];
  const result = await safeValidateTexts([{ name: "data.ndjson", text: all.join("\n") }]);
  // Every problem must point at its offending value: the text at its line and column is that value.
  for (const p of result.problems) {
    const record = JSON.parse(all[p.line! - 1]!) as unknown;
    const value = p.pointer
      .split("/")
      .slice(1)
      .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], record);
    expect(
      all[p.line! - 1]!.slice(p.column! - 1).startsWith(JSON.stringify(value)),
      `${line(p)} points at its value`,
    ).toBe(true);
  }
  return result.problems.map(line);
}

const replace = (key: Key, from: string, to: string): Partial<Record<Key, string>> => {
  if (!BASE[key].includes(from)) throw new Error(`${from} not in ${key}`);
  return { [key]: BASE[key].replace(from, to) };
};

describe("the rules", () => {
  it("find nothing in the base dataset", async () => {
    expect(await check({})).toEqual([]);
  });

  const cases: [
    string,
    { given: Partial<Record<Key, string | null>>; extra?: string[]; want: string[] },
  ][] = [
    [
      "duplicate_id",
      {
        given: {},
        extra: ['{"id":"china","type":"issue","name":"China","category":"other"}'],
        want: [
          'data.ndjson:8:7 duplicate_id china/id the id "china" is already used by the record at data.ndjson:2',
        ],
      },
    ],
    [
      "dangling_reference, with a suggestion",
      {
        given: replace("meeting", '"actor":"blinken"', '"actor":"blinkn"'),
        want: [
          'data.ndjson:5:138 dangling_reference visit/participants/0/actor no record with id "blinkn" (did you mean "blinken"?)',
        ],
      },
    ],
    [
      "dangling_reference, without a near id",
      {
        given: replace("tariff", '"targets":["china"]', '"targets":["atlantis"]'),
        want: ['data.ndjson:6:117 dangling_reference t/targets/0 no record with id "atlantis"'],
      },
    ],
    [
      "wrong_reference_type (type)",
      {
        given: replace("meeting", '"issue":"taiwan-issue"', '"issue":"china"'),
        want: [
          'data.ndjson:5:300 wrong_reference_type visit/agenda/0/issue "china" is an actor, but this field must reference an issue',
        ],
      },
    ],
    [
      "wrong_reference_type (kind)",
      {
        given: replace("tariff", '"imposer":"usa"', '"imposer":"blinken"'),
        want: [
          'data.ndjson:6:100 wrong_reference_type t/imposer "blinken" is a person, but this field must reference a state or an organization',
        ],
      },
    ],
    [
      "unknown_position_actor",
      {
        given: replace("taiwan", '"actor":"usa"', '"actor":"pla"'),
        want: [
          'data.ndjson:4:100 unknown_position_actor taiwan-issue/positions/0/actor the position\'s actor "pla" is not in the dataset',
        ],
      },
    ],
    [
      "date_order (office)",
      {
        given: replace("blinken", '"end":"2025-01-20"', '"end":"2020-01-20"'),
        want: [
          'data.ndjson:3:154 date_order blinken/offices/0/end the office "Secretary of State" ends (2020-01-20) before it starts (2021-01-26)',
          'data.ndjson:5:176 office_not_held visit/participants/0/capacity blinken holds "Secretary of State" from 2021-01-26 to 2020-01-20, not on the meeting date 2024-04-24/2024-04-26',
        ],
      },
    ],
    [
      "date_order (tariff)",
      {
        given: replace("tariff", '"effective":"2024-09-27"', '"effective":"2024-03-27"'),
        want: [
          'data.ndjson:6:390 date_order t/dates/effective "effective" (2024-03-27) is before "requested" (2024-04-17)',
        ],
      },
    ],
    [
      "office_not_held",
      {
        given: replace(
          "meeting",
          '"capacity":"Secretary of State"',
          '"capacity":"Secretary of Defense"',
        ),
        want: [
          'data.ndjson:5:176 office_not_held visit/participants/0/capacity "Secretary of Defense" is not an office of blinken on 2024-04-24/2024-04-26 (offices then: "Secretary of State")',
        ],
      },
    ],
    [
      "office_not_held (out of term)",
      {
        given: replace("blinken", '"end":"2025-01-20"', '"end":"2024-01-20"'),
        want: [
          'data.ndjson:5:176 office_not_held visit/participants/0/capacity blinken holds "Secretary of State" from 2021-01-26 to 2024-01-20, not on the meeting date 2024-04-24/2024-04-26',
        ],
      },
    ],
    [
      "held_after_source",
      {
        given: replace("meeting", '"status":"planned"', '"status":"held"'),
        want: [
          'data.ndjson:5:56 held_after_source visit/status the meeting is marked held, but it begins (2024-04-24/2024-04-26) after its latest source "ap" was published (2024-04-21)',
        ],
      },
    ],
    [
      "planned_before_source",
      {
        given: replace("meeting", '"date":"2024-04-24/2024-04-26"', '"date":"2024-04-01"'),
        want: [
          'data.ndjson:5:56 planned_before_source visit/status the meeting is still "planned", but its date (2024-04-01) had passed when "ap" was published (2024-04-21)',
        ],
      },
    ],
    [
      "tariff_phase_order",
      {
        given: replace(
          "tariff",
          '"schedule":[{"date":"2024-09-27","duty":{"kind":"ad_valorem","rate":25}}]',
          '"schedule":[{"date":"2024-09-27","duty":{"kind":"ad_valorem","rate":10}},{"date":"2024-01-01","duty":{"kind":"ad_valorem","rate":25}}]',
        ),
        want: [
          "data.ndjson:6:351 tariff_phase_order t/schedule/1/date phase 2 starts on 2024-01-01, before phase 1 (2024-09-27); list phases in date order",
        ],
      },
    ],
    [
      "tariff_rate_conflict (no change)",
      {
        given: replace(
          "tariff",
          '"priorDuty":{"kind":"ad_valorem","rate":7.5}',
          '"priorDuty":{"kind":"ad_valorem","rate":25}',
        ),
        want: [
          "data.ndjson:6:237 tariff_rate_conflict t/duty the new duty (25%) is the same as the prior duty, so the measure changes nothing (a renewal at the same rate says stage: renewed)",
          "data.ndjson:6:309 tariff_rate_conflict t/schedule/0/duty phase 1 sets 25%, the duty already in force before it (priorDuty)",
        ],
      },
    ],
    [
      "tariff_rate_conflict (last phase)",
      {
        given: replace(
          "tariff",
          '"duty":{"kind":"ad_valorem","rate":25},"schedule"',
          '"duty":{"kind":"ad_valorem","rate":20},"schedule"',
        ),
        want: [
          'data.ndjson:6:310 tariff_rate_conflict t/schedule/0/duty the last phase sets 25% but "duty" says 20%',
        ],
      },
    ],
    [
      "unknown_product_code (HS)",
      {
        given: replace("tariff", '"code":"7208"', '"code":"7777"'),
        want: [
          'data.ndjson:6:177 unknown_product_code t/products/0/code "7777" is not a chapter, heading or subheading of HS 2022',
        ],
      },
    ],
    [
      "unknown_product_code (national line)",
      {
        given: replace(
          "tariff",
          '"scheme":"HS","version":"2022","code":"7208"',
          '"scheme":"HTSUS","version":"2024","code":"9999990000"',
        ),
        want: [
          'data.ndjson:6:180 unknown_product_code t/products/0/code "9999990000" does not extend an HS 2022 subheading ("999999" is not one), so it is not a HTSUS 2024 line',
        ],
      },
    ],
    [
      "unknown_country_code",
      {
        given: replace("china", '"iso3166":"CN"', '"iso3166":"XK"'),
        want: [
          'data.ndjson:2:70 unknown_country_code china/iso3166 "XK" is not an ISO 3166-1 alpha-2 code (user-assigned, used for Kosovo)',
        ],
      },
    ],
    [
      "retired_country_code",
      {
        given: replace("china", '"iso3166":"CN"', '"iso3166":"YU"'),
        want: [
          'data.ndjson:2:70 retired_country_code china/iso3166 "YU" is not an ISO 3166-1 alpha-2 code (Yugoslavia, withdrawn 2003)',
        ],
      },
    ],
    [
      "invalid_date, with the accepted forms",
      {
        given: replace("ap", '"published":"2024-04-21"', '"published":"15 Nov 2023"'),
        want: [
          'data.ndjson:7:75 invalid_date ap/published "15 Nov 2023" is not a partial date; write YYYY, YYYY-MM or YYYY-MM-DD, or a date-time YYYY-MM-DDThh:mm[:ss[.fff]] with Z or ±hh:mm; a date may end in ? (uncertain), ~ (approximate) or % (both) and use X for unspecified digits (2024-XX); an interval is A/B, with .. for an open side',
        ],
      },
    ],
    [
      "invalid_date, an impossible day",
      {
        given: replace("blinken", '"end":"2025-01-20"', '"end":"2025-02-30"'),
        want: [
          'data.ndjson:3:154 invalid_date blinken/offices/0/end day 30 is out of range in "2025-02-30": February 2025 has 28 days',
        ],
      },
    ],
    [
      "incompatible_offices",
      {
        given: replace(
          "blinken",
          '"end":"2025-01-20"}]',
          '"end":"2025-01-20"},{"title":"Foreign Minister","state":"china","start":"2024"}]',
        ),
        want: [
          'data.ndjson:3:168 incompatible_offices blinken/offices/1 "Foreign Minister" (china) overlaps in time with "Secretary of State" (usa, /offices/0): one person cannot serve two states at once, unless one office says why (concurrency: personal_union or ex_officio)',
        ],
      },
    ],
    [
      "incompatible_offices: not for a personal union (Charles III, King of the UK and of Canada)",
      {
        given: replace(
          "blinken",
          '"end":"2025-01-20"}]',
          '"end":"2025-01-20"},{"title":"King of Canada","state":"china","start":"2024","concurrency":"personal_union"}]',
        ),
        want: [],
      },
    ],
    [
      "incompatible_offices: not for an ex officio office (Co-Prince of Andorra)",
      {
        given: replace(
          "blinken",
          '"end":"2025-01-20"}]',
          '"end":"2025-01-20","concurrency":"ex_officio"},{"title":"Co-Prince","state":"china","start":"2024"}]',
        ),
        want: [],
      },
    ],
    [
      "incompatible_offices: not on a handover day (one ends 2021-01-26, the other starts that day)",
      {
        given: replace(
          "blinken",
          '"offices":[',
          '"offices":[{"title":"Envoy","state":"china","start":"2020","end":"2021-01-26"},',
        ),
        want: [],
      },
    ],
    [
      "incompatible_offices: a day of overlap before the handover day is reported",
      {
        given: replace(
          "blinken",
          '"offices":[',
          '"offices":[{"title":"Envoy","state":"china","start":"2020","end":"2021-01-27"},',
        ),
        want: [
          'data.ndjson:3:151 incompatible_offices blinken/offices/1 "Secretary of State" (usa) overlaps in time with "Envoy" (china, /offices/0): one person cannot serve two states at once, unless one office says why (concurrency: personal_union or ex_officio)',
        ],
      },
    ],
    [
      "office_not_held: a capacity may name an alternate title or the role",
      {
        given: {
          ...replace(
            "blinken",
            '"title":"Secretary of State",',
            '"title":"Secretary of State","alternateTitles":["U.S. Secretary of State"],"role":"foreign_minister",',
          ),
          meeting: BASE.meeting
            .replace('"capacity":"Secretary of State"', '"capacity":"U.S. Secretary of State"')
            .replace(
              '"actor":"china","role":"host"',
              '"actor":"blinken","capacity":"Foreign  Minister","role":"host"',
            ),
        },
        want: [],
      },
    ],
    [
      "office_not_held: an office is held on its last day",
      {
        given: replace("meeting", '"date":"2024-04-24/2024-04-26"', '"date":"2025-01-20"'),
        want: [],
      },
    ],
    [
      "tariff_rate_conflict: not for a renewal at the same rate",
      {
        given: replace(
          "tariff",
          '"priorDuty":{"kind":"ad_valorem","rate":7.5}',
          '"stage":"renewed","priorDuty":{"kind":"ad_valorem","rate":25}',
        ),
        want: [
          "data.ndjson:6:327 tariff_rate_conflict t/schedule/0/duty phase 1 sets 25%, the duty already in force before it (priorDuty)",
        ],
      },
    ],
    [
      "remote_meeting_location",
      {
        given: replace(
          "meeting",
          '"kind":"visit"',
          '"kind":"video_call","location":{"city":"Washington"}',
        ),
        want: [
          'data.ndjson:5:63 remote_meeting_location visit/location a video call has no single place: give each site as a participant\'s "location" instead',
        ],
      },
    ],
    [
      "outside_parent_dates",
      {
        given: {},
        extra: [
          '{"id":"leg","type":"meeting","kind":"talks","status":"planned","title":"Leg","date":"2024-04-27","parent":"visit","participants":[{"actor":"china","role":"host","attendance":"confirmed"}]}',
          '{"id":"inside","type":"meeting","kind":"talks","status":"planned","title":"Inside","date":"2024-04","partOf":["visit","leg"],"participants":[{"actor":"china","role":"host","attendance":"confirmed"}]}',
        ],
        want: [
          'data.ndjson:8:85 outside_parent_dates leg/date the meeting (2024-04-27) is dated after "visit" (2024-04-24/2024-04-26), which it is part of',
        ],
      },
    ],
    [
      "orphaned_source",
      {
        given: {},
        extra: ['{"id":"unused","type":"source","kind":"webpage","title":"U"}'],
        want: ['data.ndjson:8:7 orphaned_source unused/id no record cites the source "unused"'],
      },
    ],
  ];

  it.each(cases)("%s", async (_, { given, extra, want }) => {
    expect(await check(given, extra)).toEqual(want);
  });

  it("have a test above for every rule of the record and dataset layers", () => {
    const tested = new Set(cases.map(([name]) => name.split(/[ ,]/)[0]));
    const layered = RULE_CODES.filter(
      (c) =>
        RULES[c].layer === "record" || RULES[c].layer === "dataset" || c.endsWith("_country_code"),
    );
    expect(layered.filter((c) => !tested.has(c))).toEqual([]);
  });

  it("name a missing enum key and its allowed values, located at the record", async () => {
    const lines = Object.values(BASE).map((l) => l.replace('"status":"planned",', ""));
    const result = await safeValidateTexts([{ name: "data.ndjson", text: lines.join("\n") }]);
    expect(result.problems.map(line)).toEqual([
      'data.ndjson:5:1 invalid_value visit/status missing required key "status" (one of "planned", "expected", "confirmed", "held", "postponed", "cancelled")',
    ]);
  });

  it("can be turned off or re-levelled", async () => {
    const text = [BASE.ap, '{"id":"unused","type":"source","kind":"webpage","title":"U"}'].join(
      "\n",
    );
    const off = await safeValidateTexts([{ name: "d.ndjson", text }], {
      rules: { orphaned_source: "off" },
    });
    expect(off.stats).toEqual({ files: 1, records: 2, errors: 0, warnings: 0 });
    const error = await safeValidateTexts([{ name: "d.ndjson", text }], {
      rules: { orphaned_source: "error" },
    });
    expect([error.valid, error.stats.errors]).toEqual([false, 2]);
    const failOn = await safeValidateTexts([{ name: "d.ndjson", text }], { failOn: "warning" });
    expect([failOn.valid, failOn.stats.warnings]).toEqual([false, 2]);
  });

  it("cap the problems kept but count them all", async () => {
    const lines = Array.from(
      { length: 500 },
      (_, i) =>
        `{"id":"m${i}","type":"meeting","kind":"talks","status":"held","title":"M","participants":[{"actor":"nobody${i}","role":"participant","attendance":"attended"}]}`,
    );
    const result = await safeValidateTexts([{ name: "d.ndjson", text: lines.join("\n") }], {
      maxProblems: 10,
    });
    expect([
      result.problems.length,
      result.omitted,
      result.counts.dangling_reference,
      result.stats.errors,
    ]).toEqual([10, 490, 500, 500]);
    expect(result.problems[0]?.line).toBe(1);
  });
});

describe("the real engagements (examples/real-engagements)", () => {
  it("validate with no errors and no warnings: personal unions, handovers, remote attendance, trade-remedy stages", async () => {
    const result = await safeValidateFiles([REAL_ENGAGEMENTS]);
    expect(result.problems).toEqual([]);
    expect(result.stats).toEqual({ files: 7, records: 61, errors: 0, warnings: 0 });
  });

  it("would report Charles III's kingships without their concurrency (but not his handover day as Prince of Wales)", async () => {
    const text = readFileSync(join(REAL_ENGAGEMENTS, "people.yaml"), "utf8").replaceAll(
      ", concurrency: personal_union",
      "",
    );
    const result = await safeValidateTexts([{ name: "people.yaml", text }]);
    expect(result.problems.filter((p) => p.code === "incompatible_offices").map(line)).toEqual([
      'people.yaml:13:7 incompatible_offices charles-iii/offices/2 "King of Canada" (canada) overlaps in time with "King of the United Kingdom" (united-kingdom, /offices/1): one person cannot serve two states at once, unless one office says why (concurrency: personal_union or ex_officio)',
    ]);
  });
});

describe("the example dataset", () => {
  it("validates with no errors and no warnings (on workers: test/workers.test.ts)", async () => {
    const result = await safeValidateFiles([EXAMPLE]);
    expect(result.problems).toEqual([]);
    expect(result.stats).toEqual({ files: 7, records: 73, errors: 0, warnings: 0 });
  });

  it("returns its records, as parsed and in file order, with collect", async () => {
    const result = await safeValidateFiles([EXAMPLE], { collect: true });
    const files = readdirSync(EXAMPLE).sort();
    const texts = files.map((name) => ({
      name,
      text: readFileSync(join(EXAMPLE, name), "utf8"),
    }));
    const fromTexts = await safeValidateTexts(texts, { collect: true });
    if (!result.valid || !fromTexts.valid) throw new Error("the example is valid");
    expect(result.records).toHaveLength(73);
    expect(fromTexts.records).toEqual(result.records);
    expect(result.records[0]?.id).toBe((parse(texts[0]!.text) as { id: string }[])[0]!.id);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(73);
    expect("records" in (await safeValidateFiles([EXAMPLE]))).toBe(false);
  });

  it("gives no records with an invalid result, so they cannot be used by mistake", async () => {
    const result = await safeValidateTexts(
      [
        {
          name: "data.ndjson",
          text: [BASE.usa, BASE.china.replace('"state"', '"stat"'), BASE.ap].join("\n"),
        },
      ],
      { collect: true },
    );
    expect(result.valid).toBe(false);
    expect("records" in result).toBe(false);
  });

  it("reports the same problems from files as from text", async () => {
    const files = readdirSync(EXAMPLE).map((name) => ({
      name,
      text: readFileSync(join(EXAMPLE, name), "utf8").replace(
        "antony-blinken\n",
        "antony-blinke\n",
      ),
    }));
    const result = await safeValidateTexts(files);
    expect(result.counts.duplicate_id).toBeUndefined();
    expect(result.stats.errors).toBeGreaterThan(0);
    expect(result.problems.every((p) => p.line !== undefined && p.column !== undefined)).toBe(true);
  });
});

describe("docs/validation-rules.md", () => {
  it("is generated from RULES (else run: pnpm --filter @statecraft/validate generate)", () => {
    expect(readFileSync(RULES_DOC_PATH, "utf8")).toBe(renderRulesDoc());
  });
});
