import type { RecordType } from "@statecraft/core";
import type { ChangeCounts, DatasetDiff, RecordChange } from "./diff-datasets.js";

/** The version of the JSON diff report (`docs/diff-report.schema.json`). */
export const DIFF_REPORT_VERSION = 1;

/** The JSON report of a diff, as `statecraft diff --format json` prints it. */
export interface DiffReport {
  /** Always {@link DIFF_REPORT_VERSION}. */
  readonly version: typeof DIFF_REPORT_VERSION;
  /** What the old side is: a path or `<revision>:<path>`. */
  readonly old: string;
  /** What the new side is. */
  readonly new: string;
  /** Whether the two sides hold the same records. */
  readonly same: boolean;
  /** The counts over every record type. */
  readonly summary: ChangeCounts;
  /** The counts by record type. */
  readonly byType: Partial<Record<RecordType, ChangeCounts>>;
  /** The records that differ. */
  readonly records: readonly RecordChange[];
}

/** What the two sides of a diff are called in reports. */
export interface DiffSides {
  /** The old side, e.g. `origin/main:data`. */
  readonly old: string;
  /** The new side, e.g. `data`. */
  readonly new: string;
}

function total(diff: DatasetDiff): ChangeCounts {
  const sum: ChangeCounts = { added: 0, removed: 0, renamed: 0, changed: 0, fields: 0 };
  for (const counts of Object.values(diff.counts)) {
    sum.added += counts.added;
    sum.removed += counts.removed;
    sum.renamed += counts.renamed;
    sum.changed += counts.changed;
    sum.fields += counts.fields;
  }
  return sum;
}

/**
 * The JSON report of a diff, described by `docs/diff-report.schema.json`.
 *
 * @param diff - A diff from {@link diffDatasets}.
 * @param sides - What the two sides are called.
 * @returns The report, ready for `JSON.stringify`.
 * @example
 * ```ts
 * const report = toDiffReport(diffDatasets(records, records), { old: "main", new: "data/" });
 * report.same; // true
 * ```
 */
export function toDiffReport(diff: DatasetDiff, sides: DiffSides): DiffReport {
  return {
    version: DIFF_REPORT_VERSION,
    old: sides.old,
    new: sides.new,
    same: diff.same,
    summary: total(diff),
    byType: diff.counts,
    records: diff.records,
  };
}

const MARK: Readonly<Record<RecordChange["change"], string>> = {
  added: "+",
  removed: "-",
  renamed: "→",
  changed: "~",
};

function heading(record: RecordChange): string {
  const renamed = record.oldId === undefined ? "" : ` (was ${record.oldId})`;
  const name = record.label === record.id ? "" : ` “${record.label}”`;
  return `${record.noun} ${record.id}${renamed}${name}`;
}

function countsLine(counts: ChangeCounts): string {
  const parts = (["added", "removed", "renamed", "changed"] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${k}`);
  return parts.join(", ");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Strips characters that would let data move the cursor or recolour a terminal. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "�");
}

/**
 * A diff as text for a terminal: the records by type, one line per field change, then a total.
 *
 * @param diff - A diff from {@link diffDatasets}.
 * @param sides - What the two sides are called.
 * @returns The text, ending with a newline.
 * @example
 * ```ts
 * process.stdout.write(formatDiffPretty(diffDatasets(records, records), { old: "a/", new: "b/" }));
 * ```
 */
export function formatDiffPretty(diff: DatasetDiff, sides: DiffSides): string {
  const lines: string[] = [`statecraft diff ${sides.old} → ${sides.new}`, ""];
  if (diff.same) return `${lines[0]}\nno change\n`;
  for (const [type, counts] of Object.entries(diff.counts) as [RecordType, ChangeCounts][]) {
    lines.push(`${type}: ${countsLine(counts)}`);
    for (const record of diff.records.filter((r) => r.type === type)) {
      lines.push(`  ${MARK[record.change]} ${clean(heading(record))}`);
      for (const field of record.fields) lines.push(`      ${clean(field.summary)}`);
    }
    lines.push("");
  }
  const sum = total(diff);
  lines.push(
    `${plural(diff.records.length, "record")} differ: ${countsLine(sum)}; ${plural(sum.fields, "field change")}`,
  );
  return `${lines.join("\n")}\n`;
}

function escapeMarkdown(text: string): string {
  return clean(text)
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/\n/g, " ");
}

/**
 * A diff as GitHub-flavoured Markdown, for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a
 * summary table on top, then the records of each type folded in a `<details>` block.
 *
 * @param diff - A diff from {@link diffDatasets}.
 * @param sides - What the two sides are called.
 * @returns The Markdown, ending with a newline.
 * @example
 * ```ts
 * const markdown = formatDiffMarkdown(diffDatasets(records, records), { old: "origin/main", new: "working tree" });
 * ```
 */
export function formatDiffMarkdown(diff: DatasetDiff, sides: DiffSides): string {
  const lines = [
    `### Statecraft diff: \`${escapeMarkdown(sides.old).replace(/\\/g, "")}\` → \`${escapeMarkdown(sides.new).replace(/\\/g, "")}\``,
    "",
  ];
  if (diff.same) return `${lines.join("\n")}No change.\n`;
  lines.push("| record type | added | removed | renamed | changed | field changes |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [type, c] of Object.entries(diff.counts) as [RecordType, ChangeCounts][])
    lines.push(
      `| ${type} | ${c.added} | ${c.removed} | ${c.renamed} | ${c.changed} | ${c.fields} |`,
    );
  const sum = total(diff);
  lines.push(
    `| **total** | **${sum.added}** | **${sum.removed}** | **${sum.renamed}** | **${sum.changed}** | **${sum.fields}** |`,
  );
  lines.push("");
  for (const [type, counts] of Object.entries(diff.counts) as [RecordType, ChangeCounts][]) {
    lines.push("<details>", `<summary>${type}: ${countsLine(counts)}</summary>`, "");
    for (const record of diff.records.filter((r) => r.type === type)) {
      const renamed = record.oldId === undefined ? "" : ` (was \`${record.oldId}\`)`;
      const name = record.label === record.id ? "" : ` ${escapeMarkdown(record.label)}`;
      lines.push(`- **${record.change}** ${record.noun} \`${record.id}\`${renamed}${name}`);
      for (const field of record.fields) lines.push(`  - ${escapeMarkdown(field.summary)}`);
    }
    lines.push("", "</details>", "");
  }
  return `${lines.join("\n")}`;
}
