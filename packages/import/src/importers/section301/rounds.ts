/** The side that imposes a tariff: the United States or China. */
export type Imposer = "US" | "CN";

/** What happened on a date of the series, for one imposer. */
export type Step =
  | { readonly kind: "baseline" }
  | {
      readonly kind: "new";
      readonly label: string;
      readonly instrument?: string;
      readonly counter?: string;
    }
  | { readonly kind: "phase"; readonly of: string; readonly instrument?: string }
  | { readonly kind: "mfn" }
  | { readonly kind: "exclusions" };

/** A step that opens a new tariff round. */
export type NewRound = Extract<Step, { kind: "new" }>;

/**
 * The dates of the US series (README: baseline MFN 2018-01-01, then the four Section 301 lists
 * and their changes) with the USTR notices that set them.
 */
const US_STEPS: Readonly<Record<string, Step>> = {
  "2018-01-01": { kind: "baseline" },
  "2018-07-06": {
    kind: "new",
    label: "List 1",
    instrument: "USTR notice of action, 83 FR 28710 (20 June 2018)",
  },
  "2018-08-23": {
    kind: "new",
    label: "List 2",
    instrument: "USTR notice of action, 83 FR 40823 (16 August 2018)",
  },
  "2018-09-24": {
    kind: "new",
    label: "List 3",
    instrument: "USTR notice of action, 83 FR 47974 (21 September 2018)",
  },
  "2019-06-01": {
    kind: "phase",
    of: "2018-09-24",
    instrument: "USTR notice of modification, 84 FR 20459 (15 May 2019)",
  },
  "2019-09-01": {
    kind: "new",
    label: "List 4A",
    instrument: "USTR notice of modification, 84 FR 43304 (20 August 2019)",
  },
  "2020-02-14": {
    kind: "phase",
    of: "2019-09-01",
    instrument: "USTR notice of modification, 85 FR 3741 (22 January 2020)",
  },
};

/**
 * The dates of the China series: retaliation rounds (each answering a US action), the raise of
 * the September 2018 round, dates of MFN changes (cuts of 2018-05-01, 2018-07-01, 2018-11-01,
 * the 2019 schedule) and of product exclusions.
 */
const CN_STEPS: Readonly<Record<string, Step>> = {
  "2018-01-01": { kind: "baseline" },
  "2018-04-02": {
    kind: "new",
    label: "2018-04-02 round, against the US Section 232 steel and aluminium tariffs",
  },
  "2018-05-01": { kind: "mfn" },
  "2018-07-01": { kind: "mfn" },
  "2018-07-06": { kind: "new", label: "2018-07-06 round, against List 1", counter: "2018-07-06" },
  "2018-08-23": { kind: "new", label: "2018-08-23 round, against List 2", counter: "2018-08-23" },
  "2018-09-24": { kind: "new", label: "2018-09-24 round, against List 3", counter: "2018-09-24" },
  "2018-11-01": { kind: "mfn" },
  "2019-01-02": { kind: "mfn" },
  "2019-06-01": { kind: "phase", of: "2018-09-24" },
  "2019-09-01": { kind: "new", label: "2019-09-01 round, against List 4A", counter: "2019-09-01" },
  "2019-12-26": { kind: "exclusions" },
};

/** The steps of each side's series, by date. */
export const STEPS: Readonly<Record<Imposer, Readonly<Record<string, Step>>>> = {
  US: US_STEPS,
  CN: CN_STEPS,
};
