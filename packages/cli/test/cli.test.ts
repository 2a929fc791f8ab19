import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, EXAMPLE, ROOT, run } from "./run.js";

// CommonJS packages whose default export NodeNext types do not see.
const require = createRequire(import.meta.url);
const AjvDraft04 = require("ajv-draft-04") as typeof import("ajv-draft-04").default;
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

const VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as {
    version: string;
  }
).version;

const dir = mkdtempSync(join(tmpdir(), "statecraft-cli-"));
// Readable by the unprivileged user the permission test runs as.
chmodSync(dir, 0o755);
afterAll(() => {
  try {
    chmodSync(join(dir, "locked"), 0o755);
  } catch {}
  rmSync(dir, { recursive: true, force: true });
});
mkdirSync(join(dir, "bad"));
writeFileSync(
  join(dir, "bad", "meetings.yaml"),
  [
    "- id: visit",
    "  type: meeting",
    "  kind: vist",
    "  status: planned",
    "  title: Visit",
    "  participants:",
    "    - { actor: blinkn, role: visitor, attendance: confirmed }",
    "- id: talks",
    "  type: meeting",
    "  kind: talks",
    "  status: held",
    "  title: Talks",
    "  participants: [{ actor: blinken, role: host, attendance: attended }]",
    "- id: blinken",
    "  type: actor",
    "  kind: person",
    "  name: Antony Blinken",
    "- id: ap",
    "  type: source",
    "  kind: news_article",
    "  title: An unused source",
    "",
  ].join("\n"),
);

describe("statecraft", () => {
  it("prints its version", () => {
    expect(run(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    expect(run(["-v"]).stdout).toBe(`${VERSION}\n`);
  });

  it("explains itself", () => {
    const { code, stdout } = run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "statecraft 0.0.0 — validate and work with Statecraft diplomatic-engagement data

      Usage:
        statecraft <command> [options]

      Commands:
        validate  Check data files (YAML, JSON, NDJSON) against the schemas and cross-record rules
        export    Validate, then export a dataset as linked data (JSON-LD, N-Quads) or as tables
        import    Import public datasets (Office of the Historian, ICEWS, GDELT...) as Statecraft data
        merge     Merge datasets into one: reconcile actors and events, report every disagreement
        diff      Compare two versions of a dataset (files, folders or git revisions) record by record
        query     Load a dataset into DuckDB and run SQL on its tables (who met whom, in one line)
        schema    Print the JSON Schema of a record type or data file, for editors and other tools

      Options:
        -h, --help     Show help (also: statecraft <command> --help)
        -v, --version  Print the version

      Start here:
        statecraft validate data/          check every data file under data/
        statecraft validate --help         all validation options and exit codes

      Environment:
        NO_COLOR                     Never colour the output (colour is only used on a terminal)
        STATECRAFT_DEBUG             Print a stack trace with an internal error
        NODE_COMPILE_CACHE           Where Node 22+ keeps compiled code for faster starts
        NODE_DISABLE_COMPILE_CACHE   Turn that cache off

      Docs: https://github.com/statecraft-data/statecraft/tree/main/docs
      "
    `);
    expect(run([]).code).toBe(2);
    expect(run(["validate", "--help"]).stdout).toContain(
      "Exit codes: 0 the data is valid; 1 the data is invalid",
    );
    expect(run(["help", "schema"]).stdout).toContain("statecraft schema [type]");
  });

  it("validates the example: exit 0 and a one-line summary", () => {
    expect(run(["validate", EXAMPLE], { cwd: ROOT })).toEqual({
      code: 0,
      stdout: "✔ valid: no problems in 73 records (7 files)\n",
      stderr: "",
    });
  });

  it("reports invalid data with exit 1, located, with suggestions", () => {
    const { code, stdout, stderr } = run(["validate", "bad"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      [
        "bad/meetings.yaml",
        '  3:9   error    "vist" is not one of "visit", "state_visit", "summit", "bilateral", "trilateral", "multilateral", "talks", "negotiation", "phone_call", "video_call", "conference", "other" (did you mean "visit"?)  invalid_value visit/kind',
        '  7:16  error    no record with id "blinkn" (did you mean "blinken"?)  dangling_reference visit/participants/0/actor',
        '  18:7  warning  no record cites the source "ap"  orphaned_source ap/id',
        "",
        "Problems by rule:",
        "  dangling_reference        1",
        "  invalid_value             1",
        "  orphaned_source           1",
        "",
        "✖ invalid: 2 errors, 1 warning in 4 records (1 file)",
        "",
      ].join("\n"),
    );
  });

  it("prints JSON that follows its documented JSON Schema", () => {
    const { code, stdout, stderr } = run(["validate", "bad", "--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe("invalid: 2 errors, 1 warning in 4 records (1 file)\n");
    const report = JSON.parse(stdout) as {
      problems: { code: string; line: number }[];
      stats: unknown;
    };
    const schema = JSON.parse(
      readFileSync(join(ROOT, "docs/validation-report.schema.json"), "utf8"),
    ) as object;
    const validateReport = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.stats).toEqual({ files: 1, records: 4, errors: 2, warnings: 1 });
    expect(report.problems.map((p) => `${p.code}@${p.line}`)).toEqual([
      "invalid_value@3",
      "dangling_reference@7",
      "orphaned_source@18",
    ]);
  });

  it("prints SARIF 2.1.0 that the SARIF schema accepts", () => {
    const { code, stdout } = run(["validate", "bad", "--format", "sarif"], { cwd: dir });
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, "fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"),
    ) as object;
    const validateSarif = addFormats(
      new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }),
    ).compile(schema);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const first = sarif.runs[0]!.results[1]!;
    expect([
      first.ruleId,
      first.locations[0]!.physicalLocation.artifactLocation.uri,
      first.locations[0]!.physicalLocation.region,
    ]).toEqual(["dangling_reference", "bad/meetings.yaml", { startLine: 7, startColumn: 16 }]);
  });

  it("prints GitHub Actions annotations", () => {
    const { code, stdout } = run(["validate", "bad", "--format", "github"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.split("\n")).toEqual([
      '::error file=bad/meetings.yaml,line=3,col=9,title=invalid_value::"vist" is not one of "visit", "state_visit", "summit", "bilateral", "trilateral", "multilateral", "talks", "negotiation", "phone_call", "video_call", "conference", "other" (did you mean "visit"?) [visit/kind]',
      '::error file=bad/meetings.yaml,line=7,col=16,title=dangling_reference::no record with id "blinkn" (did you mean "blinken"?) [visit/participants/0/actor]',
      '::warning file=bad/meetings.yaml,line=18,col=7,title=orphaned_source::no record cites the source "ap" [ap/id]',
      "invalid: 2 errors, 1 warning in 4 records (1 file)",
      "",
    ]);
  });

  it("applies --rule, --fail-on, --max-problems and --quiet", () => {
    expect(
      run(
        [
          "validate",
          "bad",
          "--rule",
          "orphaned_source=off",
          "--rule=invalid_value=warning",
          "--rule",
          "dangling_reference=off",
          "-q",
        ],
        { cwd: dir },
      ),
    ).toEqual({
      code: 0,
      stdout:
        "Problems by rule:\n  invalid_value        1\n\n⚠ valid: 0 errors, 1 warning in 4 records (1 file)\n",
      stderr: "",
    });
    expect(
      run(
        [
          "validate",
          "bad",
          "--rule",
          "orphaned_source=off",
          "--rule=invalid_value=warning",
          "--rule",
          "dangling_reference=off",
          "--fail-on",
          "warning",
          "-q",
        ],
        { cwd: dir },
      ).code,
    ).toBe(1);
    const capped = run(["validate", "bad", "--max-problems", "1", "--format", "json"], {
      cwd: dir,
    });
    expect((JSON.parse(capped.stdout) as { problems: unknown[]; omitted: number }).omitted).toBe(2);
  });

  it("reads statecraft.config.json, and explains a bad one", () => {
    const configDir = join(dir, "configured");
    mkdirSync(configDir);
    writeFileSync(
      join(configDir, "statecraft.config.json"),
      JSON.stringify({ paths: [EXAMPLE], rules: { orphaned_source: "error" } }),
    );
    expect(run(["validate", "-q"], { cwd: configDir })).toEqual({
      code: 0,
      stdout: "✔ valid: no problems in 73 records (7 files)\n",
      stderr: "",
    });
    writeFileSync(
      join(configDir, "statecraft.config.json"),
      JSON.stringify({ paths: [EXAMPLE], rules: { orphan_source: "off" } }),
    );
    expect(run(["validate"], { cwd: configDir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'statecraft: statecraft.config.json: rules: unknown rule "orphan_source" (did you mean orphaned_source?)\n',
    });
    writeFileSync(join(configDir, "statecraft.config.json"), JSON.stringify({ path: ["data"] }));
    expect(run(["validate"], { cwd: configDir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'statecraft: statecraft.config.json: unknown key "path" (did you mean paths?)\n',
    });
    writeFileSync(join(configDir, "statecraft.config.json"), "{ paths: [] }");
    expect(run(["validate"], { cwd: configDir }).stderr).toMatch(
      /^statecraft: statecraft\.config\.json is not valid JSON: /,
    );
    rmSync(join(configDir, "statecraft.config.json"));
    writeFileSync(
      join(configDir, "package.json"),
      JSON.stringify({ name: "x", statecraft: { failOn: "sometimes" } }),
    );
    expect(run(["validate"], { cwd: configDir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'statecraft: package.json "statecraft": failOn: Invalid option: expected one of "error"|"warning"\n',
    });
  });

  const usage: [string, string[], string][] = [
    [
      "an unknown command",
      ["validat"],
      'statecraft: unknown command "validat" (did you mean validate?); see statecraft --help\n',
    ],
    [
      "an unknown option",
      ["validate", "x", "--frmat", "json"],
      'statecraft: unknown option --frmat for "statecraft validate" (did you mean --format?); see statecraft validate --help\n',
    ],
    [
      "a bad format",
      ["validate", "x", "--format", "xml"],
      'statecraft: --format must be one of pretty, json, github, sarif, not "xml"\n',
    ],
    [
      "an unknown rule",
      ["validate", "x", "--rule", "dangling=off"],
      'statecraft: --rule: unknown rule "dangling"; the rules are listed in docs/validation-rules.md\n',
    ],
    [
      "a bad severity",
      ["validate", "x", "--rule", "orphaned_source=info"],
      "statecraft: --rule orphaned_source=info: the severity must be off, warning or error\n",
    ],
    [
      "a bad number",
      ["validate", "x", "--max-problems", "many"],
      'statecraft: --max-problems must be a whole number, not "many"\n',
    ],
    [
      "no paths",
      ["validate"],
      'statecraft: no paths to validate: give files, folders or globs (statecraft validate data/), or set "paths" in statecraft.config.json\n',
    ],
    [
      "an unknown schema",
      ["schema", "meetings"],
      'statecraft: unknown schema "meetings" (did you mean meeting?); choose one of actor, meeting, issue, tariff, source, record, dataset, file\n',
    ],
  ];
  it.each(usage)("exits 2 on %s, in one line without a stack trace", (_, args, stderr) => {
    expect(run(args, { cwd: dir })).toEqual({ code: 2, stdout: "", stderr });
  });

  it("reports the same problems, in the same order and under the same cap, on worker threads", () => {
    // Problems a file's records raise as they are read (dangling references are found later;
    // duplicate ids as each record comes in), interleaved with the file's own problems.
    const record = (id: string, extra = "") =>
      `{"type":"actor","kind":"state","id":"${id}","name":"S","iso":"FR"${extra}}`;
    const first = Array.from({ length: 300 }, (_, i) => record(`s${i}`));
    const second = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? record(`s${i}`) : i % 3 === 1 ? record(`t${i}`, ',"iso":"XX"') : "{oops",
    );
    writeFileSync(join(dir, "workers-a.ndjson"), `${first.join("\n")}\n`);
    writeFileSync(join(dir, "workers-b.ndjson"), `${second.join("\n")}\n`);
    for (const cap of ["7", "100", "0"]) {
      const args = [
        "validate",
        "workers-a.ndjson",
        "workers-b.ndjson",
        "--format",
        "json",
        "--max-problems",
        cap,
      ];
      const one = run([...args, "--workers", "0"], { cwd: dir });
      expect(one.code).toBe(1);
      expect(run([...args, "--workers", "2"], { cwd: dir })).toEqual(one);
    }
  });

  it("stops quietly, with its exit code, when the reader of its output goes away", () => {
    // Far more output than a pipe holds, to a reader that takes one line and leaves.
    const lines = Array.from(
      { length: 5000 },
      (_, i) =>
        `{"type":"actor","kind":"state","id":"s${i}","name":"S","iso":"FR","sources":[{"source":"missing-${i}"}]}`,
    );
    writeFileSync(join(dir, "many-problems.ndjson"), `${lines.join("\n")}\n`);
    const result = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${CLI}" validate many-problems.ndjson --max-problems 0 | head -1; exit \${PIPESTATUS[0]}`,
      ],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(result.stdout).toBe("many-problems.ndjson\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
  });

  it("exits 2 on a path that does not exist", () => {
    const { code, stdout } = run(["validate", "missing.yaml"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe(
      "missing.yaml\n    error    no such file or directory  io_error\n\n✖ invalid: 1 error, 0 warnings in 0 records (0 files)\n",
    );
  });

  it("exits 2 on a folder it may not read", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "a.yaml"), "- id: x\n");
    chmodSync(locked, 0o000);
    // Root reads anything: run as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const result = spawnSync(process.execPath, [CLI, "validate", "locked"], {
      cwd: dir,
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect({
      code: result.status,
      signal: result.signal,
      error: result.error?.message,
      stderr: result.stderr,
    }).toEqual({ code: 2, signal: null, error: undefined, stderr: "" });
    expect(result.stdout).toContain("locked\n    error    permission denied  io_error\n");
  });

  it("prints the JSON Schema the validator derives from", () => {
    const { code, stdout } = run(["schema", "meeting"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(readFileSync(join(ROOT, "packages/core/schema/meeting.json"), "utf8")),
    );
    expect((JSON.parse(run(["schema"]).stdout) as { $id: string }).$id).toMatch(/file\.json$/);
  });

  it("uses colour only on a terminal, and never with NO_COLOR", () => {
    const plain = run(["validate", "bad"], { cwd: dir });
    expect(plain.stdout).not.toContain("\u001b[");
    const tty = spawnSync(
      "script",
      ["-qec", `${process.execPath} ${CLI} validate bad`, "/dev/null"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: undefined },
      },
    );
    expect(tty.stdout).toContain("\u001b[31m");
    const noColor = spawnSync(
      "script",
      ["-qec", `${process.execPath} ${CLI} validate bad`, "/dev/null"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(noColor.stdout).toContain("error");
    expect(noColor.stdout).not.toContain("\u001b[31m");
  });
});
