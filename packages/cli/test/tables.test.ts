import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE, ROOT, run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "statecraft-tables-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const INVALID = join(ROOT, "packages/cli/test/fixtures/invalid");

describe("statecraft export --format csv|datapackage|parquet|duckdb", () => {
  it("writes each format, whole, and says what it wrote", () => {
    for (const [format, output] of [
      ["csv", "csv"],
      ["datapackage", "package"],
      ["parquet", "parquet"],
      ["duckdb", "data.duckdb"],
    ] as const) {
      const result = run(["export", EXAMPLE, "--format", format, "-o", join(dir, output)]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(
        /^exported 73 records from 7 files as .* 15 tables, \d+ rows\n$/,
      );
    }
    expect(readdirSync(join(dir, "package"))).toContain("datapackage.json");
    expect(readdirSync(join(dir, "csv"))).not.toContain("datapackage.json");
    expect(readdirSync(join(dir, "parquet", "meetings"))).toEqual(["part-0.parquet"]);
    const descriptor = JSON.parse(readFileSync(join(dir, "package", "datapackage.json"), "utf8"));
    expect(descriptor.name).toBe("blinken-china-2024");
    expect(readdirSync(dir).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("refuses an existing output without --force (exit 2), and replaces it with --force", () => {
    const output = join(dir, "existing");
    mkdirSync(output);
    writeFileSync(join(output, "keep.txt"), "mine");
    const refused = run(["export", EXAMPLE, "--format", "csv", "-o", output]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists: choose another output, or replace it with --force\n$/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(output)).toEqual(["keep.txt"]);
    const forced = run(["export", EXAMPLE, "--format", "csv", "-o", output, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(output)).toContain("meetings.csv");
    expect(readdirSync(output)).not.toContain("keep.txt");
  });

  it("never replaces a folder that holds the input files, even with --force", () => {
    const data = join(dir, "data");
    mkdirSync(data);
    for (const name of readdirSync(EXAMPLE))
      writeFileSync(join(data, name), readFileSync(join(EXAMPLE, name)));
    const result = run(["export", data, "--format", "csv", "-o", data, "--force"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("one of the input files");
    expect(readdirSync(data).sort()).toEqual(readdirSync(EXAMPLE).sort());
  });

  it("exports nothing from a dataset with problems (exit 1)", () => {
    const output = join(dir, "from-invalid");
    const result = run(["export", INVALID, "--format", "parquet", "-o", output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing exported: the data is invalid");
    expect(existsSync(output)).toBe(false);
  });

  it("needs -o for tables", () => {
    const result = run(["export", EXAMPLE, "--format", "parquet"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("-o");
  });
});

describe("statecraft query", () => {
  it("answers who met whom in one line", () => {
    const result = run([
      "query",
      EXAMPLE,
      "select distinct name_a, name_b from who_met_whom where meeting_id = 'blinken-xi-meeting-2024-04'",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Antony Blinken\s+│ Xi Jinping/);
    expect(result.stdout).toMatch(/\(1 row\)\n$/);
  });

  it("prints CSV and JSON", () => {
    const sql = "select kind, count(*) as n from meetings where kind = 'visit' group by kind";
    expect(run(["query", EXAMPLE, sql, "-f", "csv"]).stdout).toBe("kind,n\r\nvisit,5\r\n");
    expect(JSON.parse(run(["query", EXAMPLE, sql, "-f", "json"]).stdout)).toEqual([
      { kind: "visit", n: 5 },
    ]);
  });

  it("prints DuckDB's message for bad SQL, exit 2, no stack trace", () => {
    const result = run(["query", EXAMPLE, "select * from no_such_table"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^statecraft: the query failed: Catalog Error: Table with name no_such_table does not exist/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("queries nothing from a dataset with problems (exit 1)", () => {
    const result = run(["query", INVALID, "select 1"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
  });

  it("keeps the database in a file with --db, then reuses it without paths", () => {
    const db = join(dir, "query.duckdb");
    const first = run([
      "query",
      EXAMPLE,
      "--db",
      db,
      "select count(*) as n from meetings",
      "-f",
      "csv",
    ]);
    expect(first.stdout).toBe("n\r\n13\r\n");
    const again = run(["query", "--db", db, "select count(*) as n from participants", "-f", "csv"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe("n\r\n27\r\n");
    const withPaths = run(["query", EXAMPLE, "--db", db, "select 1"]);
    expect(withPaths.code).toBe(2);
  });
});
