import type { Severity } from "./problem.js";

/**
 * When a rule runs: on a `file` as read, on the `structure` of a record (the zod schemas), on
 * one `record` after it passed its structure, or on the whole `dataset` after every file is read.
 */
export type RuleLayer = "file" | "structure" | "record" | "dataset";

/** What the rules table says about one rule. */
export interface RuleInfo {
  /** The severity a problem gets unless configuration overrides it. */
  readonly severity: Severity;
  /** When the rule runs. */
  readonly layer: RuleLayer;
  /** What the rule finds, in a few words. */
  readonly summary: string;
  /** The documentation entry: why it matters and how to fix it. */
  readonly description: string;
}

/**
 * Every problem code the validator reports, with its default severity, layer, summary and
 * documentation. Codes are stable: a new rule gets a new code, and a code is never reused.
 *
 * Structural codes are zod's own issue codes (`invalid_type`, `unrecognized_keys`, ...), so a
 * problem from the schemas reads the same as a zod issue.
 *
 * @see docs/validation-rules.md, generated from this table.
 * @example
 * ```ts
 * RULES.dangling_reference.severity; // "error"
 * Object.keys(RULES).filter((code) => RULES[code as RuleCode].layer === "dataset");
 * ```
 */
export const RULES = {
  io_error: {
    severity: "error",
    layer: "file",
    summary: "A file or folder could not be read.",
    description:
      "The path does not exist, cannot be read (permissions), or is a symbolic link that loops. The command exits with code 2 when this happens.",
  },
  invalid_encoding: {
    severity: "error",
    layer: "file",
    summary: "The file is not UTF-8 text.",
    description:
      "Data files must be UTF-8 (a byte-order mark is allowed and ignored). The problem names the first byte that is not valid UTF-8, or says the file looks binary (it contains NUL bytes) or is UTF-16. Re-save the file as UTF-8.",
  },
  empty_file: {
    severity: "warning",
    layer: "file",
    summary: "The file holds no data.",
    description:
      "The file is empty or holds only whitespace and comments. It contributes no records; delete it or add records to it.",
  },
  parse_error: {
    severity: "error",
    layer: "file",
    summary: "The file is not well-formed YAML, JSON or NDJSON.",
    description:
      "The parser stopped at the line and column given, with its own explanation. A file cut short (truncated) is reported here too, at its end. Nothing in the file (or, for NDJSON, on the line) is validated further.",
  },
  duplicate_key: {
    severity: "error",
    layer: "file",
    summary: "An object has the same key twice.",
    description:
      "YAML and JSON parsers disagree on which of two equal keys wins, so a duplicated key is always an error. The problem points at the second occurrence. (NDJSON lines are read with `JSON.parse` for speed, which keeps the last key silently.)",
  },
  too_many_aliases: {
    severity: "error",
    layer: "file",
    summary: "A YAML file expands too many aliases.",
    description:
      'A few anchors that refer to each other can expand to billions of nodes (a "billion laughs" attack). Expansion stops after a fixed budget and the file is rejected.',
  },
  nesting_too_deep: {
    severity: "error",
    layer: "file",
    summary: "A YAML file nests collections too deeply to parse.",
    description:
      "No Statecraft record nests more than a few levels; a file nested thousands of levels deep is rejected rather than allowed to exhaust the stack. (JSON is parsed without recursion and has no such limit.)",
  },
  not_a_dataset: {
    severity: "error",
    layer: "file",
    summary: "The file is not in any Statecraft layout.",
    description:
      "A data file holds one record (an object with `type`), a list of records, or a whole dataset (an object with `actors`, `meetings`, `issues`, `tariffs` and/or `sources` lists); an NDJSON file holds one record per line. Anything else, such as a scalar or an object without `type`, is rejected.",
  },
  invalid_type: {
    severity: "error",
    layer: "structure",
    summary: "A value has the wrong type.",
    description:
      "zod's `invalid_type`: a string where a list is expected, a missing required field (reported at the object), and so on.",
  },
  invalid_value: {
    severity: "error",
    layer: "structure",
    summary: "A value is not one of those allowed.",
    description:
      "zod's `invalid_value`: an enum such as `status` or `kind` holds a value outside its list. The message suggests the closest allowed value.",
  },
  invalid_format: {
    severity: "error",
    layer: "structure",
    summary: "A string does not have the required format.",
    description:
      "zod's `invalid_format`: a URL, a Wikidata id, a language tag or a product code is malformed.",
  },
  invalid_union: {
    severity: "error",
    layer: "structure",
    summary: "A value matches none of the shapes allowed.",
    description:
      "zod's `invalid_union`: most often an unknown record `type`, actor `kind` or duty `kind`.",
  },
  unrecognized_keys: {
    severity: "error",
    layer: "structure",
    summary: "An object has a key the schema does not define.",
    description:
      "zod's `unrecognized_keys`: records are strict, so a misspelt key is caught rather than ignored. The message suggests the closest known key.",
  },
  too_small: {
    severity: "error",
    layer: "structure",
    summary: "A value is too small, short or empty.",
    description:
      "zod's `too_small`: an empty string, a meeting without participants, a negative rate.",
  },
  too_big: {
    severity: "error",
    layer: "structure",
    summary: "A value is too large or long.",
    description: "zod's `too_big`: an id over 256 characters, an implausible rate.",
  },
  not_multiple_of: {
    severity: "error",
    layer: "structure",
    summary: "A number is not a multiple of the step required.",
    description: "zod's `not_multiple_of`.",
  },
  invalid_key: {
    severity: "error",
    layer: "structure",
    summary: "A map key is invalid.",
    description: "zod's `invalid_key`.",
  },
  invalid_element: {
    severity: "error",
    layer: "structure",
    summary: "A set or map element is invalid.",
    description: "zod's `invalid_element`.",
  },
  custom: {
    severity: "error",
    layer: "structure",
    summary: "A value breaks a schema refinement.",
    description:
      "zod's `custom`, for refinements without a code of their own: a person with neither a name nor an office, an empty location.",
  },
  invalid_date: {
    severity: "error",
    layer: "structure",
    summary:
      "A date is not a partial date: YYYY, YYYY-MM, YYYY-MM-DD or a date-time, optionally qualified (?, ~, %), or an interval A/B.",
    description:
      "Dates are ISO 8601 / EDTF level 0 and 1: a year `2024`, a month `2024-04`, a day `2024-04-24`, or a date-time with a time zone `2024-04-24T10:30:00+08:00` (seconds and up to 9 fractional digits optional). A date that is not a date-time may end with one qualifier, `?` uncertain, `~` approximate or `%` both, and may leave trailing digits unspecified with `X` (`202X`, `20XX`, `2024-XX`, `2024-04-XX`). An interval is two dates joined by `/`, where `..` marks an open side (`2024-04/..`) and an empty side an unknown one (`/2024`); its end may not be before its start. Years have four digits (0000-9999). The message says what is wrong: an impossible day (`2024-02-30`), a month out of range, whitespace, or text that is not date-shaped at all (`15 Nov 2023`), with the accepted forms.",
  },
  unknown_country_code: {
    severity: "error",
    layer: "structure",
    summary: "A country code is not an ISO 3166-1 alpha-2 code.",
    description:
      "`iso3166` must be an officially assigned ISO 3166-1 alpha-2 code in upper case, such as `CN`. User-assigned codes such as `XK` are not accepted.",
  },
  retired_country_code: {
    severity: "error",
    layer: "structure",
    summary: "A country code was withdrawn from ISO 3166-1.",
    description:
      "The code is listed in ISO 3166-3 as withdrawn (`YU`, `SU`, `CS`...). The message names what it stood for and when it was withdrawn. Leave `iso3166` out for a state that no longer has a code.",
  },
  lone_surrogate: {
    severity: "error",
    layer: "structure",
    summary: "A string or key holds a lone UTF-16 surrogate.",
    description:
      'A JSON or YAML escape such as `"\\uD800"` wrote half of a UTF-16 surrogate pair without the other half. No UTF-8 text, IRI or RDF literal can hold it, so `statecraft export` could not write the record faithfully: an id has no IRI, and other text would become U+FFFD in N-Quads (JSON-LD would carry an escape that RDF tools reject or replace). Every string and key is checked, in records and in a dataset\'s metadata; the problem points at the string (or key) and the message gives the surrogate and its position in the string (UTF-16 code units, from 1). Write the whole character, as a pair of escapes (`"\\uD83D\\uDE00"`) or as itself, or remove the escape. The record counts as invalid.',
  },
  date_order: {
    severity: "error",
    layer: "record",
    summary: "Dates that must be in order are not.",
    description:
      "An office that ends before it starts, or a tariff whose lifecycle dates run backwards: each of requested, proposed, announced and effective must not be before the one stated before it, and suspended and removed not before effective. Partial dates compare by their bounds, so `2024` and `2024-04` are never out of order.",
  },
  tariff_phase_order: {
    severity: "error",
    layer: "record",
    summary: "A tariff's phased schedule is not in date order.",
    description: "Each phase of `schedule` must start no earlier than the phase before it.",
  },
  tariff_rate_conflict: {
    severity: "error",
    layer: "record",
    summary: "A tariff's rates contradict each other.",
    description:
      "The new `duty` is identical to `priorDuty` (the measure would change nothing; a renewal at the same rate, for example after an expiry review, says `stage: renewed` and is not reported), or the last phase of `schedule` sets a different duty from `duty`, or a phase repeats the duty already in force before it.",
  },
  unknown_product_code: {
    severity: "error",
    layer: "record",
    summary: "A product code does not exist in its nomenclature.",
    description:
      "An HS code has 2, 4 or 6 digits in every edition (longer national lines use scheme HTSUS, CN or CCT). HS codes are checked against the edition given by `version` (HS 2022 ships with Statecraft): a code must be a chapter, heading or subheading of it; in editions Statecraft does not ship, only their length is checked. National lines (HTSUS, CN, CCT) of six digits or more, of 2022 or later, must start with an HS 2022 subheading; shorter national codes, earlier editions and scheme `other` are not checked.",
  },
  incompatible_offices: {
    severity: "error",
    layer: "record",
    summary: "A person holds offices of two different states at the same time.",
    description:
      "Two offices that serve different states overlap in time. A person may hold several offices of one state at once (Wang Yi is both foreign minister and director of the Central Foreign Affairs Commission), but not, say, a ministry in two states. An office that declares its `concurrency` may be held with offices of other states: `personal_union` (Charles III is King of the United Kingdom and King of Canada) or `ex_officio` (the President of France is Co-Prince of Andorra). Both ends of a term are inclusive, but an office that ends on the day another starts hands over to it: that day alone is not an overlap (core's `officesOverlap`). The message names the other office by its JSON Pointer (`/offices/0`, counted from 0 like the problem's pointer).",
  },
  remote_meeting_location: {
    severity: "warning",
    layer: "record",
    summary: "A phone or video call has a location.",
    description:
      "A `phone_call` or `video_call` happens at a distance, so it has no single place: give each site as its participants' `location` (a two-site video call) and leave the meeting's `location` out. A meeting held in one place with some participants joining by video is a meeting of another kind (a `summit`, `talks`…) whose remote participants say `attendanceMode: remote`.",
  },
  duplicate_id: {
    severity: "error",
    layer: "dataset",
    summary: "Two records share an id.",
    description:
      "Ids are unique across the whole dataset, in every file. The problem is reported on the second record and names where the first one is.",
  },
  dangling_reference: {
    severity: "error",
    layer: "dataset",
    summary: "A reference names an id no record has.",
    description:
      "Every reference must resolve to a record of the dataset. The message suggests the closest existing id of the right type when there is one.",
  },
  wrong_reference_type: {
    severity: "error",
    layer: "dataset",
    summary: "A reference points at the wrong type or kind of record.",
    description:
      "The field requires a particular record type (a `source` for a citation, an `issue` for an agenda item) or actor kind (a `state` for `nationality`), and the id belongs to another.",
  },
  unknown_position_actor: {
    severity: "error",
    layer: "dataset",
    summary: "An issue position is held by an actor that is not in the dataset.",
    description:
      "Positions are attributed: the `actor` of each position on an issue must be an actor record of the dataset. Reported apart from `dangling_reference` so a dataset that quotes many not-yet-modelled actors can lower it to a warning.",
  },
  office_not_held: {
    severity: "error",
    layer: "dataset",
    summary: "A participant's stated capacity is not an office they hold on the meeting date.",
    description:
      "A participant's `capacity` must name one of the person's offices held on the meeting's date: its `title`, one of its `alternateTitles`, or its `role` in words (`foreign minister` for `foreign_minister`), ignoring case, repeated spaces and surrounding spaces (core's `isOfficeNamed`). An office is held on a date unless it certainly starts after it or certainly ends before it, by the bounds of both partial dates; both ends of a term are inclusive, so on a handover day both the outgoing and the incoming office are held (core's `officesHeldOn`). Catches a minister listed after leaving office or a wrong title. Meetings without a date, participants that are not persons of the dataset and persons who list no offices are not checked.",
  },
  held_after_source: {
    severity: "error",
    layer: "dataset",
    summary: "A meeting marked held starts after all its sources were published.",
    description:
      "A source cannot report as held a meeting that had not yet begun when it was published. Either the status should be `planned`/`expected`/`confirmed`, or a later source is missing. Only the meeting's `sources` that are source records of the dataset with a `published` date count; a meeting without a date, or without such a source, is not checked.",
  },
  planned_before_source: {
    severity: "warning",
    layer: "dataset",
    summary: "A planned or expected meeting ends before a source it cites was published.",
    description:
      "The meeting's date had passed when the source came out, yet it is still `planned` or `expected`. Update the status (`held`, `postponed`, `cancelled`) from the later source.",
  },
  orphaned_source: {
    severity: "warning",
    layer: "dataset",
    summary: "A source that no record cites.",
    description:
      "Sources exist to support records; one that no field of any record names is usually left over from an edit. Cite it or remove it. (A second record with the id of a source is reported as `duplicate_id` instead.)",
  },
  outside_parent_dates: {
    severity: "warning",
    layer: "dataset",
    summary: "A meeting is dated outside the meeting it is part of.",
    description:
      "A meeting's date certainly falls before or after the date of its `parent` or of a meeting in its `partOf` (a leg of a trip dated after the trip ended). Partial dates compare by their bounds, so a leg dated `2024-04` inside a trip of `2024-04-24/2024-04-26` is not reported. Dates are calendar dates where the meeting happens: a trip across the date line may end on a local date before its last leg's; give the trip an interval wide enough for the local dates of all its legs.",
  },
} as const satisfies Record<string, RuleInfo>;

/** The code of a rule in {@link RULES}. */
export type RuleCode = keyof typeof RULES;

/** The rule codes, in table order. */
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

/**
 * Tells whether a string is a rule code.
 *
 * @param code - Any string, e.g. from a `--rule` flag.
 * @returns `true` when {@link RULES} has it.
 * @example
 * ```ts
 * isRuleCode("dangling_reference"); // true
 * isRuleCode("no_such_rule"); // false
 * const severities = { orphaned_source: "off" } as Record<string, string>;
 * for (const code of Object.keys(severities)) if (!isRuleCode(code)) throw new Error(`unknown rule ${code}`);
 * ```
 */
export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(RULES, code);
}
