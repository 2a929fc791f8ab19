import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, run } from "./run.js";

const SCHEMAS = ["actor", "dataset", "file", "issue", "meeting", "record", "source", "tariff"];

describe("statecraft schema --write", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "statecraft-schema-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const shipped = (name: string) =>
    readFileSync(join(ROOT, `packages/core/schema/${name}.json`), "utf8");

  it("writes every schema to .statecraft/schema/ and says how to point an editor at them", () => {
    const { code, stdout, stderr } = run(["schema", "--write"], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const folder = join(dir, ".statecraft/schema");
    expect(readdirSync(folder).sort()).toEqual(SCHEMAS.map((name) => `${name}.json`));
    for (const name of SCHEMAS)
      expect(readFileSync(join(folder, `${name}.json`), "utf8")).toBe(shipped(name));
    expect(stdout).toContain("wrote 8 JSON Schemas to ./.statecraft/schema/");
    expect(stdout).toContain("# yaml-language-server: $schema=../../.statecraft/schema/file.json");
    expect(stdout).toContain('"yaml.schemas": { "./.statecraft/schema/file.json"');
  });

  it("writes to the folder given, replacing an earlier copy", () => {
    writeFileSync(join(dir, "stale.json"), "{}");
    expect(run(["schema", "--write", "schemas"], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, "schemas/file.json"), "old");
    const { code, stdout } = run(["schema", "--write", "schemas/"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("to ./schemas/");
    expect(readFileSync(join(dir, "schemas/file.json"), "utf8")).toBe(shipped("file"));
  });

  it("fails with exit 2 and writes nothing when the folder is a file", () => {
    writeFileSync(join(dir, "taken"), "a file");
    const { code, stdout, stderr } = run(["schema", "--write", "taken"], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/^statecraft: cannot write taken: .*; nothing was written\n$/);
    expect(readFileSync(join(dir, "taken"), "utf8")).toBe("a file");
  });

  it("takes one folder", () => {
    const { code, stderr } = run(["schema", "--write", "a", "b"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain("statecraft schema --write takes one folder, not 2");
  });
});
