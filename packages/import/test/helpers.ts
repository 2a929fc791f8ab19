import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RecordSchema, recordReferences, type StatecraftRecord } from "@statecraft/core";
import { type ImportInput, inputFromText } from "../src/index.js";

/** A fixture file as an input. */
export function fixture(path: string, name = path.split("/").at(-1)!): ImportInput {
  return inputFromText(
    name,
    readFileSync(fileURLToPath(new URL(`fixtures/${path}`, import.meta.url))),
  );
}

/**
 * Structural and reference problems of a set of records: each must parse with RecordSchema and
 * every reference must resolve to a record of the right type (and actor kind).
 *
 * A light check that keeps this package's tests free of @statecraft/validate (a sibling); the
 * whole folders of every importer are validated with it in
 * packages/cli/test/import-whole-files.test.ts.
 */
export function problems(records: readonly StatecraftRecord[]): string[] {
  const out: string[] = [];
  const byId = new Map<string, StatecraftRecord>();
  for (const record of records) {
    if (byId.has(record.id)) out.push(`${record.id}: duplicate id`);
    byId.set(record.id, record);
    const parsed = RecordSchema.safeParse(record);
    if (!parsed.success)
      out.push(
        `${record.id}: ${parsed.error.issues.map((i) => `/${i.path.join("/")} ${i.message}`).join("; ")}`,
      );
  }
  for (const record of records) {
    for (const ref of recordReferences(record)) {
      const target = byId.get(ref.id);
      if (!target) out.push(`${record.id}${ref.pointer}: dangling reference to ${ref.id}`);
      else if (target.type !== ref.target.type)
        out.push(
          `${record.id}${ref.pointer}: ${ref.id} is a ${target.type}, not a ${ref.target.type}`,
        );
      else if (
        target.type === "actor" &&
        ref.target.kinds &&
        !ref.target.kinds.includes(target.kind)
      ) {
        out.push(
          `${record.id}${ref.pointer}: ${ref.id} is a ${target.kind}, not one of ${ref.target.kinds.join("/")}`,
        );
      }
    }
  }
  return out;
}

/** Finds a record by id, failing loudly when absent. */
export function byId<T extends StatecraftRecord["type"]>(
  records: readonly StatecraftRecord[],
  id: string,
  type: T,
): Extract<StatecraftRecord, { type: T }> {
  const record = records.find((r) => r.id === id);
  if (!record || record.type !== type) throw new Error(`no ${type} ${id}`);
  return record as Extract<StatecraftRecord, { type: T }>;
}
