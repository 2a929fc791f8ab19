import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IMPORTERS } from "@statecraft/import";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "statecraft-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TRAVELS = join(ROOT, "packages/import/test/fixtures/hsg-travels");

describe("statecraft import", () => {
  it("imports the hsg-travels fixtures into a folder that statecraft validate accepts", () => {
    const out = join(dir, "travels");
    const { code, stdout, stderr } = run(["import", "hsg-travels", TRAVELS, "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const lines = stderr.split("\n");
    expect(lines[0]).toBe(
      "hsg-travels: 15 rows read from 2 files: 13 imported, 2 merged, 0 skipped",
    );
    expect(lines).toContain("  merged: duplicate_trip 2");
    expect(lines).toContain("  records: actor 14, meeting 23, source 1");
    expect(stderr).toMatch(
      /\n {2}warning duplicate_trip \(1 row; first at .*blinken-antony-j\.xml, line 19, row 4019\): /,
    );
    expect(lines.at(-2)).toMatch(
      /^wrote 38 records to .*sources\.yaml, .*actors\.yaml, .*meetings\.yaml$/,
    );
    expect(readdirSync(out).sort()).toEqual(["actors.yaml", "meetings.yaml", "sources.yaml"]);
    expect(run(["validate", out])).toEqual({
      code: 0,
      stdout: "✔ valid: no problems in 38 records (3 files)\n",
      stderr: "",
    });
  });

  it("writes one NDJSON file when -o names one, and checks --format against it", () => {
    const file = join(dir, "travels.ndjson");
    expect(run(["import", "hsg-travels", TRAVELS, "-o", file]).code).toBe(0);
    const records = readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string });
    expect(records).toHaveLength(38);
    expect(run(["validate", file]).code).toBe(0);
    expect(
      run(["import", "hsg-travels", TRAVELS, "-o", join(dir, "t.json"), "-f", "yaml"]),
    ).toEqual({
      code: 2,
      stdout: "",
      stderr: `statecraft: -o ${join(dir, "t.json")} names a json file, but --format is yaml; change one of them\n`,
    });
  });

  it("lists every source with a one-line description in its help", () => {
    const { code, stdout } = run(["import", "--help"]);
    expect(code).toBe(0);
    for (const [name, importer] of Object.entries(IMPORTERS))
      expect(stdout).toMatch(
        new RegExp(`\\n  ${name} +${importer.title.replace(/[().]/g, "\\$&")} \\(`),
      );
  });

  const usage: [string, string[], string][] = [
    [
      "an unknown source",
      ["import", "hsg-travel", "x.xml", "-o", "out"],
      'statecraft: unknown source "hsg-travel" (did you mean hsg-travels?); the sources are hsg-travels, hsg-visits, popolo, plover, icews, gdelt, section301, usitc\n',
    ],
    [
      "no source",
      ["import"],
      "statecraft: name the source to import from: hsg-travels, hsg-visits, popolo, plover, icews, gdelt, section301, usitc; see statecraft import --help\n",
    ],
    [
      "no files",
      ["import", "icews", "-o", "out"],
      "statecraft: give the icews files or folders to import\n",
    ],
    [
      "no -o",
      ["import", "icews", "events.tab"],
      "statecraft: -o is required: a folder or a file to write the records to\n",
    ],
    [
      "a missing file",
      ["import", "hsg-visits", "missing.xml", "-o", "out"],
      "statecraft: missing.xml: no such file or directory\n",
    ],
    [
      "an unknown format",
      ["import", "hsg-visits", "missing.xml", "-o", "out", "--format", "csv"],
      'statecraft: --format must be one of yaml, json, ndjson, not "csv"\n',
    ],
  ];
  it.each(usage)("exits 2 on %s, in one line, writing nothing", (_, args, stderr) => {
    expect(run(args, { cwd: dir })).toEqual({ code: 2, stdout: "", stderr });
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
