import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatasetIndex } from "@statecraft/core";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset, safeValidateFiles } from "../src/node.js";

const EXAMPLE = join(import.meta.dirname, "../../../examples/blinken-china-2024");
const dir = realpathSync(mkdtempSync(join(tmpdir(), "statecraft-load-dataset-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE =
  '{"id":"ap","type":"source","kind":"news_article","title":"AP","published":"2024-04-27"}';

describe("loadDataset", () => {
  it("loads a valid dataset: its records, an index over them, and the files read", async () => {
    const loaded = await loadDataset([EXAMPLE]);
    const validated = await safeValidateFiles([EXAMPLE], { collect: true });
    if (!loaded.valid || !validated.valid) throw new Error("the example is valid");
    expect(loaded.records).toEqual(validated.records);
    expect(loaded.files).toEqual(validated.files);
    expect(loaded.problems).toEqual([]);
    expect(loaded.stats).toEqual({ files: 7, records: 73, errors: 0, warnings: 0 });
    expect(loaded.index).toBeInstanceOf(DatasetIndex);
    expect(loaded.index.records).toHaveLength(73);
    expect(loaded.index.getOf("actor", "antony-blinken")).toMatchObject({ kind: "person" });
    expect(loaded.index.referencesTo("antony-blinken").length).toBeGreaterThan(0);
  });

  it("keeps the warnings of a valid dataset in problems", async () => {
    const file = join(dir, "orphan.ndjson");
    writeFileSync(file, `${SOURCE}\n`);
    const loaded = await loadDataset([file]);
    expect(loaded.valid).toBe(true);
    expect(loaded.problems.map((p) => `${p.code} ${p.severity}`)).toEqual([
      "orphaned_source warning",
    ]);
    if (loaded.valid) expect(loaded.index.has("ap")).toBe(true);
  });

  it("gives problems and no records or index when the data is invalid", async () => {
    const file = join(dir, "bad.ndjson");
    writeFileSync(file, `${SOURCE.replace("2024-04-27", "27 April 2024")}\n`);
    const loaded = await loadDataset([file]);
    expect(loaded.valid).toBe(false);
    expect(loaded).not.toHaveProperty("records");
    expect(loaded).not.toHaveProperty("index");
    expect(loaded.files).toEqual([file]);
    expect(
      loaded.problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.recordId}${p.pointer}`),
    ).toEqual([`${file}:1 orphaned_source ap/id`, `${file}:1 invalid_date ap/published`]);
  });

  it("passes the options on: a warning can fail, an unreadable path is an io_error", async () => {
    const file = join(dir, "orphan.ndjson");
    writeFileSync(file, `${SOURCE}\n`);
    expect((await loadDataset([file], { failOn: "warning" })).valid).toBe(false);
    const missing = await loadDataset([join(dir, "missing.yaml")]);
    expect(missing.valid).toBe(false);
    expect(missing.problems.map((p) => p.code)).toEqual(["io_error"]);
  });
});
