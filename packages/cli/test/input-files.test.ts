import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

const SOURCE = (id: string): string =>
  `{"id":"${id}","type":"source","kind":"news_article","title":"t"}`;

const dir = mkdtempSync(join(tmpdir(), "statecraft-cli-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = join(dir, "data");
mkdirSync(data);
mkdirSync(join(dir, "outside"));
writeFileSync(join(data, "a.json"), `[${SOURCE("a")},${SOURCE("b")}]`);
writeFileSync(join(dir, "outside", "c.ndjson"), `${SOURCE("c")}\n`);
execFileSync("mkfifo", [join(dir, "pipe")]);
symlinkSync(join(dir, "pipe"), join(data, "fifo.yaml"));
symlinkSync("..", join(data, "up"));
symlinkSync(join(dir, "outside"), join(data, "outside"));
symlinkSync("/dev/zero", join(dir, "z.json"));
symlinkSync("/dev/urandom", join(dir, "u.ndjson"));
symlinkSync(join(dir, "pipe"), join(dir, "p.xml"));

const options = { cwd: dir };

describe("statecraft validate: what is read", () => {
  it("refuses a link to /dev/zero or /dev/urandom, or a FIFO, with exit 2", () => {
    const result = run(["validate", "z.json", "u.ndjson", "pipe", "--format", "json"], options);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as { problems: { file: string; message: string }[] };
    expect(report.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      "z.json: not a regular file: a character device",
      "u.ndjson: not a regular file: a character device",
      "pipe: not a regular file: a FIFO (named pipe)",
    ]);
  });

  it("walks a folder past a FIFO link and a link loop, entering linked folders only with --follow-symlinks", () => {
    const plain = run(["validate", "data", "-q", "--rule", "orphaned_source=off"], options);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("2 records (1 file)");
    const follow = run(
      ["validate", "data", "-q", "--rule", "orphaned_source=off", "--follow-symlinks"],
      options,
    );
    expect(follow.code).toBe(0);
    expect(follow.stdout).toContain("3 records (2 files)");
  });

  it("--max-file-size caps each file's read", () => {
    const capped = run(["validate", "data", "--max-file-size", "100"], options);
    expect(capped.code).toBe(2);
    expect(capped.stdout).toContain(
      "the file is larger than the read limit of 100 bytes; raise the limit with the maxFileBytes option (--max-file-size in the CLI)",
    );
    const raised = run(
      ["validate", "data", "--max-file-size", "1KiB", "--rule", "orphaned_source=off"],
      options,
    );
    expect(raised.code).toBe(0);
    const bad = run(["validate", "data", "--max-file-size", "1x"], options);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--max-file-size must be a size such as 512MB, 1GiB");
  });

  it("export reads the same way", () => {
    const capped = run(
      ["export", "data", "--format", "jsonld", "--max-file-size", "100", "-o", "out.jsonld"],
      options,
    );
    expect(capped.code).toBe(2);
    expect(capped.stderr).toContain("larger than the read limit of 100 bytes");
    const device = run(["export", "z.json", "--format", "jsonld"], options);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain("not a regular file: a character device");
  });

  it("import refuses a FIFO named explicitly", () => {
    const result = run(["import", "hsg-travels", "p.xml", "-o", "out"], options);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("p.xml: not a regular file: a FIFO (named pipe)");
  });
});
