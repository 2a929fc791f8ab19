// statecraft merge, diff and import --into, run as users run them, on the example, on the trip
// 4229 fixture and on the Office of the Historian's travels and visits (../shared/data when
// present, else the importer fixtures).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXAMPLE, ROOT, run } from "./run.js";

const SHARED = join(ROOT, "../shared/data");
const HAS_SHARED =
  existsSync(join(SHARED, "hsg-travels")) && existsSync(join(SHARED, "hsg-visits"));
const IMPORT_FIXTURES = join(ROOT, "packages/import/test/fixtures");
const TRAVELS = HAS_SHARED
  ? [join(SHARED, "hsg-travels/secretary-travels"), join(SHARED, "hsg-travels/president-travels")]
  : [join(IMPORT_FIXTURES, "hsg-travels")];
const VISITS = HAS_SHARED
  ? [join(SHARED, "hsg-visits/data")]
  : [join(IMPORT_FIXTURES, "hsg-visits")];
const TRIP_4229 = join(import.meta.dirname, "fixtures/compose/trip-4229.xml");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "statecraft-compose-"));
}

function records(folder: string): Record<string, unknown>[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => parse(readFileSync(join(folder, f), "utf8")) as Record<string, unknown>[]);
}

function filesOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), "utf8")]),
  );
}

describe("travels and visits in one dataset", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    expect(run(["import", "hsg-travels", ...TRAVELS, "-o", join(dir, "travels/")]).code).toBe(0);
    expect(run(["import", "hsg-visits", ...VISITS, "-o", join(dir, "visits/")]).code).toBe(0);
  }, 300_000);

  function checkOneStatePerCode(folder: string): void {
    const checked = run(["validate", folder, "--format", "json"]);
    expect(checked.code, checked.stdout.slice(0, 2000)).toBe(0);
    expect(JSON.parse(checked.stdout).stats.errors).toBe(0);
    const states = records(folder).filter((r) => r.kind === "state");
    const codes = new Set(states.map((s) => s.iso3166).filter((c) => c !== undefined));
    expect(states.filter((s) => s.iso3166 !== undefined)).toHaveLength(codes.size);
    // The states without an ISO code (historical ones) are one each by their HSG slug.
    const slugs = states
      .filter((s) => s.iso3166 === undefined)
      .map((s) => JSON.stringify(s.identifiers));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(codes.size).toBeGreaterThan(HAS_SHARED ? 150 : 3);
  }

  it("validating the two imports together finds the duplicate states, folder-qualified", () => {
    const both = run(["validate", join(dir, "travels"), join(dir, "visits")]);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain("duplicate_id");
    // The two actors.yaml are told apart by their folders.
    expect(both.stdout).toContain(
      `is already used by the record at ${join(dir, "travels", "actors.yaml")}:`,
    );
    expect(both.stdout).toContain(join(dir, "visits", "actors.yaml"));
  });

  it("import --into links the visits to the travels' states: 0 errors, one state per ISO code", () => {
    const into = run([
      "import",
      "hsg-visits",
      ...VISITS,
      "-o",
      join(dir, "into/"),
      "--into",
      join(dir, "travels"),
    ]);
    expect(into.code, into.stderr).toBe(0);
    checkOneStatePerCode(join(dir, "into"));
  });

  it("merge does the same, and gives the same bytes twice", () => {
    const a = run(["merge", join(dir, "travels"), join(dir, "visits"), "-o", join(dir, "m1/")]);
    expect(a.code, a.stderr).toBe(0);
    checkOneStatePerCode(join(dir, "m1"));
    expect(
      run(["merge", join(dir, "travels"), join(dir, "visits"), "-o", join(dir, "m2/")]).code,
    ).toBe(0);
    expect(filesOf(join(dir, "m2"))).toEqual(filesOf(join(dir, "m1")));
    expect(readFileSync(join(dir, "m2.id-map.json"), "utf8")).toBe(
      readFileSync(join(dir, "m1.id-map.json"), "utf8"),
    );
  });

  it("importing the same files twice with --into changes nothing", () => {
    expect(
      run([
        "import",
        "hsg-visits",
        ...VISITS,
        "-o",
        join(dir, "once/"),
        "--into",
        join(dir, "travels"),
      ]).code,
    ).toBe(0);
    const again = run([
      "import",
      "hsg-visits",
      ...VISITS,
      "-o",
      join(dir, "twice/"),
      "--into",
      join(dir, "once"),
    ]);
    expect(again.code, again.stderr).toBe(0);
    const diff = run(["diff", join(dir, "once"), join(dir, "twice"), "--exit-code"]);
    expect(diff.stdout).toContain("no change");
    expect(diff.code).toBe(0);
  });
});

describe("the example merged with the Office of the Historian's trip 4229", () => {
  let dir: string;
  let merged: ReturnType<typeof run>;
  beforeAll(() => {
    dir = tempDir();
    expect(run(["import", "hsg-travels", TRIP_4229, "-o", join(dir, "trip/")]).code).toBe(0);
    merged = run(["merge", EXAMPLE, join(dir, "trip"), "-o", join(dir, "merged/")]);
  });

  it("recognises the visit and reports the end-date disagreement with both values and sources", () => {
    expect(merged.code, merged.stderr).toBe(0);
    const line = merged.stderr
      .split("\n")
      .find((l) => l.includes("blinken-china-visit-2024-04: date"));
    expect(line).toContain('"2024-04-24/2024-04-26"');
    expect(line).toContain('"2024-04-24/2024-04-27"');
    expect(line).toContain("ap-2024-04-21");
    expect(line).toContain("hsg-travels");
    expect(line).toContain(join(dir, "trip"));
    const map = JSON.parse(readFileSync(join(dir, "merged.id-map.json"), "utf8"));
    expect(map.ids).toMatchObject({
      "hsg-trip-4229": "blinken-china-visit-2024-04",
      "hsg-person-blinken-antony-j": "antony-blinken",
      "state-cn": "china",
      "state-us": "usa",
    });
    const visit = records(join(dir, "merged")).find((r) => r.id === "blinken-china-visit-2024-04")!;
    expect((visit.sources as { source: string }[]).map((s) => s.source)).toEqual(
      expect.arrayContaining(["ap-2024-04-21", "hsg-travels-blinken", "hsg-travels"]),
    );
    expect(run(["validate", join(dir, "merged")]).code).toBe(0);
  });

  it("keeps the ids with the id map when the order of the inputs changes", () => {
    const again = run([
      "merge",
      join(dir, "trip"),
      EXAMPLE,
      "-o",
      join(dir, "again/"),
      "--id-map",
      join(dir, "merged.id-map.json"),
    ]);
    expect(again.code, again.stderr).toBe(0);
    const ids = new Set(records(join(dir, "again")).map((r) => r.id));
    expect(ids.has("blinken-china-visit-2024-04")).toBe(true);
    expect(ids.has("hsg-trip-4229")).toBe(false);
    expect(ids.has("china")).toBe(true);
  });
});

describe("diff", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    // A planned visit marked held needs a source published after it; the configuration lets the
    // copy say so with a warning, as a maintainer would between two edits.
    writeFileSync(
      join(dir, "statecraft.config.json"),
      JSON.stringify({ rules: { held_after_source: "warning" } }),
    );
    cpSync(EXAMPLE, join(dir, "new"), { recursive: true });
    const meetings = join(dir, "new/meetings.yaml");
    const text = readFileSync(meetings, "utf8");
    const at = text.indexOf("- id: blinken-china-visit-2024-04");
    writeFileSync(
      meetings,
      text.slice(0, at) + text.slice(at).replace("status: planned", "status: held"),
    );
    const issues = join(dir, "new/issues.yaml");
    writeFileSync(
      issues,
      readFileSync(issues, "utf8").replace(
        "  positions:\n",
        '  positions:\n    - actor: china\n      stance: concern\n      target: usa\n      summary: China objects to the visit\'s agenda.\n      date: "2024-04-22"\n',
      ),
    );
  });

  it("reports exactly the two changes, in JSON valid against docs/diff-report.schema.json", () => {
    const result = run(["diff", EXAMPLE, join(dir, "new"), "--format", "json"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, "docs/diff-report.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 2, fields: 2 });
    const summaries = report.records.flatMap((r: { fields: { summary: string }[] }) =>
      r.fields.map((f) => f.summary),
    );
    expect(summaries).toEqual([
      "status planned → held",
      expect.stringMatching(/^position added: china concern: China objects/),
    ]);
  });

  it("reports them in pretty and markdown, and --exit-code exits 1", () => {
    const pretty = run(["diff", EXAMPLE, join(dir, "new"), "--exit-code"], { cwd: dir });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain("~ meeting blinken-china-visit-2024-04");
    expect(pretty.stdout).toContain("status planned → held");
    expect(pretty.stdout).toContain("position added: china concern");
    expect(pretty.stdout).toContain("2 records differ: 2 changed; 2 field changes");
    const markdown = run(["diff", EXAMPLE, join(dir, "new"), "--format", "markdown"], {
      cwd: dir,
    });
    expect(markdown.code).toBe(0);
    const lines = markdown.stdout.split("\n");
    expect(lines).toContain("| meeting | 0 | 0 | 0 | 1 | 1 |");
    expect(lines).toContain("| issue | 0 | 0 | 0 | 1 | 1 |");
    expect(markdown.stdout).toContain("<details>");
    expect(markdown.stdout).toContain("  - status planned → held");
    expect(markdown.stdout.match(/^ {2}- /gm)).toHaveLength(2);
  });

  it("compares two NDJSON files in passes, key order making no change", () => {
    const trip = join(dir, "trip.ndjson");
    expect(run(["import", "hsg-travels", TRIP_4229, "-o", trip]).code).toBe(0);
    const lines = readFileSync(trip, "utf8").trimEnd().split("\n");
    const reordered = lines.map((line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      if (record.id === "hsg-trip-4229-beijing") record.status = "cancelled";
      const { id, ...rest } = record;
      return JSON.stringify(record.id === "hsg-trip-4229" ? { ...rest, id } : record);
    });
    writeFileSync(join(dir, "trip2.ndjson"), `${reordered.join("\n")}\n`);
    const result = run(["diff", trip, join(dir, "trip2.ndjson"), "--format", "json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.records.map((r: { id: string }) => r.id)).toEqual(["hsg-trip-4229-beijing"]);
    expect(report.records[0].fields[0].summary).toBe("status held → cancelled");
  });

  it("reads a side from a git revision, without a checkout", () => {
    const repo = join(dir, "repo");
    cpSync(EXAMPLE, join(repo, "data"), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: "t",
          GIT_AUTHOR_EMAIL: "t@t",
          GIT_COMMITTER_NAME: "t",
          GIT_COMMITTER_EMAIL: "t@t",
        },
      });
    writeFileSync(
      join(repo, "statecraft.config.json"),
      JSON.stringify({ paths: ["data"], rules: { held_after_source: "warning" } }),
    );
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "data");
    cpSync(join(dir, "new/meetings.yaml"), join(repo, "data/meetings.yaml"));
    const result = run(["diff", "HEAD", "--format", "json"], { cwd: repo });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.old).toBe("HEAD:data");
    expect(report.summary.fields).toBe(1);
    const missing = run(["diff", "no-such-branch", "--path", "data"], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '"no-such-branch" is neither a file or folder nor a git revision',
    );
  });
});

describe("bad input: clear messages, exit codes, nothing written", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it("refuses to merge invalid datasets, naming each one's files", () => {
    for (const name of ["a", "b"]) {
      cpSync(EXAMPLE, join(dir, name), { recursive: true });
      const path = join(dir, name, "meetings.yaml");
      writeFileSync(path, readFileSync(path, "utf8").replace("status: planned", "status: someday"));
    }
    const result = run(["merge", join(dir, "a"), join(dir, "b"), "-o", join(dir, "out/")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(join(dir, "a", "meetings.yaml"));
    expect(result.stderr).toContain(join(dir, "b", "meetings.yaml"));
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses one id for two different things, naming both inputs", () => {
    const one = join(dir, "one.yaml");
    const two = join(dir, "two.yaml");
    writeFileSync(one, "- { id: x, type: actor, kind: state, name: France, iso3166: FR }\n");
    writeFileSync(two, "- { id: x, type: actor, kind: person, name: Emmanuel Macron }\n");
    const result = run(["merge", one, two, "-o", join(dir, "conflict/")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `id "x" names two different things: a state in one and a person in the other (${one} and ${two})`,
    );
    expect(existsSync(join(dir, "conflict"))).toBe(false);
    expect(existsSync(join(dir, "conflict.id-map.json"))).toBe(false);
  });

  it("refuses an id map that points nowhere, and one that is not an id map", () => {
    const map = join(dir, "map.json");
    writeFileSync(map, JSON.stringify({ version: 1, ids: { "no-such": "nowhere" } }));
    const result = run(["merge", EXAMPLE, EXAMPLE, "-o", join(dir, "dangling/"), "--id-map", map]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'the id map renames "no-such" to "nowhere", but no input has either id',
    );
    expect(existsSync(join(dir, "dangling"))).toBe(false);
    writeFileSync(map, JSON.stringify({ version: 1, ids: { a: "b", b: "a" } }));
    const cycle = run(["merge", EXAMPLE, EXAMPLE, "-o", join(dir, "dangling/"), "--id-map", map]);
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toContain("form a cycle");
  });

  it("refuses a diff of a dataset against itself", () => {
    const result = run(["diff", EXAMPLE, `${EXAMPLE}/`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is compared with itself");
  });

  it("refuses a diff side that is neither a path nor a revision", () => {
    const result = run(["diff", join(dir, "nowhere"), EXAMPLE], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is neither a file or folder nor a git revision");
  });
});
