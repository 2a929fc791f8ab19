import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { StatecraftRecord } from "@statecraft/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDuckDb, runQuery } from "../src/duckdb.js";
import { StatecraftTablesError, writeTables } from "../src/node.js";
import { duckdb, EXAMPLE, temporaryFolder, validRecords } from "./helpers.js";

let records: readonly StatecraftRecord[];
let folder: string;
beforeAll(async () => {
  records = await validRecords([EXAMPLE]);
  folder = await temporaryFolder();
});

describe("bad input", () => {
  it("refuses an existing output folder without force, and leaves it untouched", async () => {
    const output = join(folder, "existing");
    await mkdir(output);
    await writeFile(join(output, "mine.txt"), "keep me");
    const error = await writeTables(records, { format: "csv", output }).catch((e) => e);
    expect(error).toBeInstanceOf(StatecraftTablesError);
    expect(error.code).toBe("output_exists");
    expect(await readdir(output)).toEqual(["mine.txt"]);
  });

  it("replaces an existing output folder with force, whole", async () => {
    const output = join(folder, "replaced");
    await mkdir(output);
    await writeFile(join(output, "mine.txt"), "old");
    await writeTables(records, { format: "csv", output, force: true });
    const files = await readdir(output);
    expect(files).not.toContain("mine.txt");
    expect(files).toContain("meetings.csv");
    expect(await readdir(folder)).not.toContainEqual(expect.stringMatching(/\.tmp-|\.old-/));
  });

  it("explains a missing DuckDB, and writes nothing", async () => {
    const missing = async () => {
      const error = new Error("Cannot find package '@duckdb/node-api'") as NodeJS.ErrnoException;
      error.code = "ERR_MODULE_NOT_FOUND";
      throw error;
    };
    const error = await loadDuckDb(missing).catch((e) => e);
    expect(error).toBeInstanceOf(StatecraftTablesError);
    expect(error.code).toBe("duckdb_unavailable");
    expect(error.message).toContain("npm install @duckdb/node-api");
    const output = join(folder, "no-duckdb.duckdb");
    await expect(
      writeTables(records, { format: "duckdb", output, loader: missing }),
    ).rejects.toMatchObject({ code: "duckdb_unavailable" });
    expect(await readdir(folder)).not.toContain("no-duckdb.duckdb");
    expect((await readdir(folder)).filter((name) => name.includes("no-duckdb"))).toEqual([]);
  });

  it("passes on other errors of the loader as they are", async () => {
    const broken = async () => {
      throw new Error("the native binding failed to load");
    };
    await expect(loadDuckDb(broken)).rejects.toThrow("the native binding failed to load");
  });

  it("turns failing SQL into query_failed with DuckDB's message", async () => {
    const connection = await duckdb();
    const error = await runQuery(connection, "select * from no_such_table").catch((e) => e);
    expect(error).toBeInstanceOf(StatecraftTablesError);
    expect(error.code).toBe("query_failed");
    expect(error.message).toMatch(/no_such_table/);
  });

  it("leaves no output when a writer fails half-way", async () => {
    const output = join(folder, "half");
    const bad = [
      ...records,
      { ...records.find((r) => r.type === "meeting")!, date: "not a date" },
    ] as StatecraftRecord[];
    await expect(writeTables(bad, { format: "csv", output })).rejects.toThrow();
    expect((await readdir(folder)).filter((name) => name.includes("half"))).toEqual([]);
  });
});
