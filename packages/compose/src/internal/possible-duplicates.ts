import { datesOverlap, type Office, type StatecraftRecord } from "@statecraft/core";
import type { MergeInput } from "../merge-datasets.js";
import type { MergeProblem } from "../merge-problem.js";
import { citedSources, type Entry } from "./entries.js";
import type { UnionFind } from "./union-find.js";

/** A name reduced for comparison: lower case, letters and digits, first and last word (`antony blinken` for `Antony John Blinken`). */
function nameKey(name: string): string | undefined {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  if (words.length === 0) return undefined;
  return words.length === 1 ? words[0] : `${words[0]} ${words.at(-1)}`;
}

function span(office: Office): string | undefined {
  if (office.start === undefined && office.end === undefined) return undefined;
  return `${office.start ?? ".."}/${office.end ?? ".."}`;
}

/** Whether two offices are the same post held at overlapping times (unknown dates overlap). */
function sameOffice(a: Office, b: Office): boolean {
  const samePost =
    a.role !== undefined && b.role !== undefined
      ? a.role === b.role && a.role !== "other"
      : a.title.toLowerCase() === b.title.toLowerCase();
  if (!samePost) return false;
  const sa = span(a);
  const sb = span(b);
  if (sa === undefined || sb === undefined) return true;
  try {
    return datesOverlap(sa, sb);
  } catch {
    return true;
  }
}

/**
 * Persons of different inputs that were not merged but share a name (first and last word) and an
 * office held at overlapping times, and organisations of different inputs with the same name
 * and state: reported as `possible_duplicate`, never merged. Give both the same identifier
 * (or Wikidata id) to merge them.
 *
 * @internal
 */
export function findPossibleDuplicates(
  records: readonly StatecraftRecord[],
  inputs: readonly MergeInput[],
  entries: readonly Entry[],
  sets: UnionFind,
  firstOfId: ReadonlyMap<string, number>,
): MergeProblem[] {
  const origins = new Map<string, Set<number>>();
  entries.forEach((entry, index) => {
    const id = entries[sets.find(index)]!.record.id;
    const set = origins.get(id) ?? new Set<number>();
    set.add(entry.input);
    origins.set(id, set);
  });
  const byKey = new Map<string, StatecraftRecord[]>();
  for (const record of records) {
    if (record.type !== "actor" || record.kind === "state" || record.name === undefined) continue;
    const key = nameKey(record.name);
    if (key === undefined) continue;
    const full = `${record.kind}\u0000${key}${record.kind === "organization" ? `\u0000${record.jurisdiction ?? ""}` : ""}`;
    const list = byKey.get(full) ?? [];
    list.push(record);
    byKey.set(full, list);
  }
  const problems: MergeProblem[] = [];
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.type !== "actor" || b.type !== "actor") continue;
        const oa = origins.get(a.id) ?? new Set();
        const ob = origins.get(b.id) ?? new Set();
        if (oa.size === 1 && ob.size === 1 && [...oa][0] === [...ob][0]) continue;
        let why = "the same name and state";
        if (a.kind === "person" && b.kind === "person") {
          const office = (a.offices ?? []).find((x) =>
            (b.offices ?? []).some((y) => sameOffice(x, y)),
          );
          if (office === undefined) continue;
          why = `the same name and office (${office.title})`;
        }
        const inputA = inputs[entries[firstOfId.get(a.id)!]!.input]!.name;
        const inputB = inputs[entries[firstOfId.get(b.id)!]!.input]!.name;
        problems.push({
          code: "possible_duplicate",
          severity: "warning",
          id: a.id,
          message: `${a.kind} ${a.id} (${a.name}, ${inputA}) and ${b.id} (${b.name}, ${inputB}) have ${why} but no identifier in common; they were kept apart: give both the same identifier (or Wikidata id) to merge them`,
          values: [
            { input: inputA, id: a.id, sources: citedSources(a) },
            { input: inputB, id: b.id, sources: citedSources(b) },
          ],
        });
      }
    }
  }
  return problems;
}
