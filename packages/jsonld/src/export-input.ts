/**
 * What every writer takes: the input and the options they share.
 *
 * @module
 */
import type { Dataset, StatecraftRecord } from "@statecraft/core";

/** What the writers accept: a whole dataset, or records in any iterable. */
export type ExportInput = Dataset | Iterable<StatecraftRecord>;

/** Options every writer shares. */
export interface BaseOptions {
  /**
   * The base IRI of record IRIs: a record's IRI is the base plus its percent-encoded id. A base
   * ending in `/` gives relative `@id`s under `@base` in JSON-LD; any other absolute IRI (such as
   * `urn:example:`) gives absolute ones. Defaults to {@link DEFAULT_BASE}.
   */
  readonly base?: string;
  /**
   * Canonical output, for diffs in version control: records sorted by type and id (JSON-LD), or
   * RDF Dataset Canonicalization (RDFC-1.0) with sorted lines (N-Quads). Defaults to `false`.
   */
  readonly canonical?: boolean;
}

/**
 * The base IRI used when none is given: a URN, so unpublished exports never claim a web address.
 * Pass your own (e.g. `https://data.example.org/statecraft/`) to publish.
 */
export const DEFAULT_BASE = "urn:statecraft:";
