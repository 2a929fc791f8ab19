import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatasetFileSchema, RecordSchema, StatecraftError } from "@statecraft/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { collect, hsgVisits, StatecraftImportError } from "../src/index.js";
import { importFiles, writeRecords } from "../src/node.js";
import { fixture } from "./helpers.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "statecraft-import-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const records = async () =>
  (await collect(hsgVisits.import([fixture("hsg-visits/2020.xml")]))).records;

describe("writeRecords", () => {
  it("writes one YAML list per record type into a directory, each a valid data file", async () => {
    const all = await records();
    const result = await writeRecords(all, { format: "yaml", output: join(dir, "out") });
    expect(result.records).toBe(all.length);
    expect((await readdir(join(dir, "out"))).sort()).toEqual([
      "actors.yaml",
      "meetings.yaml",
      "sources.yaml",
    ]);
    const meetings = parse(await readFile(join(dir, "out", "meetings.yaml"), "utf8"));
    expect(DatasetFileSchema.safeParse(meetings).success).toBe(true);
    expect(meetings).toEqual(all.filter((r) => r.type === "meeting"));
  });

  it("writes every record to one JSON file, and NDJSON one record per line, leaving no temporary file", async () => {
    const all = await records();
    await writeRecords(all, { format: "json", output: join(dir, "all.json") });
    expect(JSON.parse(await readFile(join(dir, "all.json"), "utf8"))).toEqual(all);
    await writeRecords(all, { format: "ndjson", output: join(dir, "all.ndjson") });
    const lines = (await readFile(join(dir, "all.ndjson"), "utf8")).trimEnd().split("\n");
    expect(lines.map((line) => RecordSchema.parse(JSON.parse(line)))).toEqual(all);
    expect((await readdir(dir)).sort()).toEqual(["all.json", "all.ndjson"]);
  });

  it("writes nothing when the records fail half-way", async () => {
    async function* failing() {
      yield* await records();
      throw new Error("source went away");
    }
    await expect(
      writeRecords(failing(), { format: "ndjson", output: join(dir, "x.ndjson") }),
    ).rejects.toThrow("source went away");
    await expect(
      writeRecords(failing(), { format: "yaml", output: join(dir, "y") }),
    ).rejects.toThrow("source went away");
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses to write over an earlier import, before reading any record", async () => {
    const all = await records();
    const out = join(dir, "out");
    await writeRecords(all, { output: out });
    const before = await readFile(join(out, "actors.yaml"), "utf8");
    let read = false;
    async function* watched() {
      read = true;
      yield* all;
    }
    await expect(writeRecords(watched(), { output: out })).rejects.toMatchObject({
      code: "EEXIST",
    });
    expect(read).toBe(false);
    expect(await readFile(join(out, "actors.yaml"), "utf8")).toBe(before);
  });

  it("with overwrite, replaces the whole earlier import: no file of it is left beside the new one", async () => {
    const all = await records();
    const out = join(dir, "out");
    await writeRecords(all, { output: out });
    const actorsOnly = all.filter((r) => r.type === "actor");
    await writeRecords(actorsOnly, { output: out, format: "json", overwrite: true });
    expect(await readdir(out)).toEqual(["actors.json"]);
    expect(JSON.parse(await readFile(join(out, "actors.json"), "utf8"))).toEqual(actorsOnly);
  });

  it.each(["out.v2/", "new/"])("takes %s, with its trailing slash, as a folder", async (name) => {
    const all = await records();
    const result = await writeRecords(all, { output: join(dir, name) });
    expect(result.files.every((file) => file.startsWith(join(dir, name)))).toBe(true);
    expect((await readdir(join(dir, name))).sort()).toEqual([
      "actors.yaml",
      "meetings.yaml",
      "sources.yaml",
    ]);
  });

  it.each(["yaml", "json", "ndjson"] as const)(
    "fails cleanly, with no temporary file, when the %s output cannot be written",
    async (format) => {
      const all = await records();
      const file = join(dir, "file");
      await writeFile(file, "");
      await expect(
        writeRecords(all, { format, output: join(file, `out.${format}`) }),
      ).rejects.toMatchObject({ code: "ENOTDIR" });
      expect(await readdir(dir)).toEqual(["file"]);
    },
  );
});

describe("importFiles", () => {
  it("reads a folder's files with the importer's extensions, in path order", async () => {
    const folder = new URL("fixtures/hsg-visits", import.meta.url).pathname;
    const run = await importFiles("hsg-visits", [folder]);
    await collect(run);
    expect(run.report.files.map((f) => f.split("/").at(-1))).toEqual([
      "1940.xml",
      "2010.xml",
      "2020.xml",
    ]);
  });
});

describe("errors", () => {
  it("names an unknown importer with a stable code", async () => {
    const error = await importFiles("hsg" as never, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatecraftImportError);
    expect(error).toBeInstanceOf(StatecraftError);
    expect(error).toMatchObject({ code: "unknown_source", name: "StatecraftImportError" });
  });
});
