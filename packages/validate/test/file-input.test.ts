import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FilesValidationResult, safeValidateFiles } from "../src/node.js";
import { line } from "../src/test-utils/problems.js";

const SOURCE = (id: string): string =>
  `{"id":"${id}","type":"source","kind":"news_article","title":"t"}`;

const dir = realpathSync(mkdtempSync(join(tmpdir(), "statecraft-file-input-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (result: FilesValidationResult): string[] => result.problems.map(line);

// A folder holding one data file, a FIFO and links to it and to devices, a link loop and links
// to folders (one outside, one back up).
const data = join(dir, "data");
mkdirSync(join(data, "sub"), { recursive: true });
mkdirSync(join(dir, "outside"));
writeFileSync(join(data, "a.ndjson"), `${SOURCE("a")}\n`);
writeFileSync(join(dir, "outside", "b.ndjson"), `${SOURCE("b")}\n`);
execFileSync("mkfifo", [join(dir, "pipe")]);
execFileSync("mkfifo", [join(data, "pipe.yaml")]);
symlinkSync(join(dir, "pipe"), join(data, "fifo.json"));
symlinkSync("/dev/zero", join(data, "zero.json"));
symlinkSync("/dev/urandom", join(data, "random.yaml"));
symlinkSync("..", join(data, "sub", "up"));
symlinkSync(join(dir, "outside"), join(data, "outside"));
symlinkSync(join(dir, "outside"), join(data, "sub", "outside-again"));
symlinkSync("/dev/zero", join(dir, "z.json"));
symlinkSync("/dev/urandom", join(dir, "u.yaml"));

describe("reading only regular files", () => {
  it("walks a folder for regular files: FIFOs, devices and linked folders are left out", async () => {
    const result = await safeValidateFiles(["data"], { cwd: dir });
    expect(lines(result)).toEqual([
      'data/a.ndjson:1:7 orphaned_source a/id no record cites the source "a"',
    ]);
    expect(result.files).toEqual([join(data, "a.ndjson")]);
  });

  it("enters linked folders with followSymlinks, each once", async () => {
    const result = await safeValidateFiles(["data"], { cwd: dir, followSymlinks: true });
    expect(result.stats.files).toBe(2);
    expect(result.files).toEqual([join(data, "a.ndjson"), join(dir, "outside", "b.ndjson")]);
  });

  it("refuses a FIFO, or a link to one or to a device, named explicitly, without opening it", async () => {
    const result = await safeValidateFiles(["pipe", "data/fifo.json", "z.json", "u.yaml"], {
      cwd: dir,
    });
    expect(lines(result)).toEqual([
      "pipe:-:- io_error  not a regular file: a FIFO (named pipe)",
      "data/fifo.json:-:- io_error  not a regular file: a FIFO (named pipe)",
      "z.json:-:- io_error  not a regular file: a character device",
      "u.yaml:-:- io_error  not a regular file: a character device",
    ]);
    expect(result.files).toEqual([]);
  });

  it("reports a file over the read limit, naming the limit and how to raise it", async () => {
    writeFileSync(join(dir, "big.json"), `[${SOURCE("big")},${SOURCE("big1")}]`);
    writeFileSync(join(dir, "big.ndjson"), `${SOURCE("big2")}\n${SOURCE("big3")}\n`);
    const result = await safeValidateFiles(["big.json", "big.ndjson"], {
      cwd: dir,
      maxFileBytes: 64,
    });
    const limit =
      "the file is larger than the read limit of 64 bytes; raise the limit with the maxFileBytes option (--max-file-size in the CLI)";
    expect(lines(result)).toEqual([
      `big.json:-:- io_error  ${limit}`,
      `big.ndjson:-:- io_error  ${limit}`,
    ]);
    expect(result.stats.records).toBe(0);
  });
});

describe("locating problems in files deleted after they were read", () => {
  it.each([
    ["NDJSON", "gone.ndjson", `${SOURCE("x")}\n${SOURCE("y")}\n`],
    ["YAML", "gone.yaml", "- id: x\n  type: source\n  kind: news_article\n  title: t\n"],
    ["JSON", "gone.json", `[\n  ${SOURCE("x")}\n]`],
  ])("%s: locates from the bytes read, not by reading the file again", async (_, name, text) => {
    const folder = join(dir, `gone-${name}`);
    mkdirSync(folder);
    writeFileSync(join(folder, name), text);
    // Progress reports each file done, before the cross-record rules run and their problems
    // are located: the file goes away in between.
    const result = await safeValidateFiles([folder], {
      cwd: folder,
      workers: 0,
      onProgress: (p) => {
        if (p.files === p.totalFiles) rmSync(join(folder, name));
      },
    });
    expect(result.counts.io_error).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.code).toBe("orphaned_source");
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.column).toBeGreaterThan(0);
    }
  });
});
