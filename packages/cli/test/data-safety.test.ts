import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  cpSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CLI, EXAMPLE, ROOT, run } from "./run.js";

const root = mkdtempSync(join(tmpdir(), "statecraft-safety-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir: string;
let count = 0;
beforeEach(() => {
  dir = join(root, String(count++));
  mkdirSync(dir);
});

const TRAVELS = join(ROOT, "packages/import/test/fixtures/hsg-travels");
const ICEWS = join(ROOT, "packages/import/test/fixtures/icews");

/** Files in a folder that look like temporary or backup files of a write. */
function litter(folder: string): string[] {
  return readdirSync(folder).filter((name) => /\.(tmp|old)$/.test(name));
}

/** A copy of the example dataset in the test's folder. */
function exampleCopy(): string {
  const data = join(dir, "data");
  cpSync(EXAMPLE, data, { recursive: true });
  return data;
}

describe("outputs: special files are written, never replaced", () => {
  it("writes through a symbolic link to /dev/null, leaving the link and the device", () => {
    const link = join(dir, "null");
    symlinkSync("/dev/null", link);
    const result = run(["export", EXAMPLE, "-f", "nquads", "-o", link]);
    expect(result.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(litter(dir)).toEqual([]);
  });

  it("streams into a FIFO, which stays a FIFO", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = createReadStream(fifo);
    const chunks: Buffer[] = [];
    reader.on("data", (chunk) => chunks.push(chunk as Buffer));
    const closed = once(reader, "close");
    const child = spawn(process.execPath, [CLI, "export", EXAMPLE, "-f", "nquads", "-o", fifo], {
      stdio: "ignore",
    });
    const [code] = await once(child, "exit");
    await closed;
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString()).toContain(
      "<urn:statecraft:antony-blinken> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .",
    );
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe("outputs: inputs are never overwritten", () => {
  it.each([
    ["a file of an input folder", (data: string) => [data, join(data, "people.yaml")]],
    ["a file matched by a glob", (data: string) => [`${data}/*.yaml`, join(data, "people.yaml")]],
    [
      "an input through a symbolic link",
      (data: string) => {
        symlinkSync(join(data, "people.yaml"), join(dir, "alias.yaml"));
        return [data, join(dir, "alias.yaml")];
      },
    ],
  ])("export refuses %s as -o, with exit 2", (_, paths) => {
    const data = exampleCopy();
    const before = readFileSync(join(data, "people.yaml"), "utf8");
    const [input, output] = paths(data) as [string, string];
    const result = run(["export", input, "-f", "jsonld", "-o", output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /would overwrite .*people\.yaml, which is one of the input files/,
    );
    expect(readFileSync(join(data, "people.yaml"), "utf8")).toBe(before);
  });

  it("import refuses to write over the file it reads from a folder", () => {
    const input = join(dir, "icews");
    cpSync(ICEWS, input, { recursive: true });
    const name = readdirSync(input).find((file) => file.endsWith(".tab") || file.endsWith(".tsv"));
    expect(name).toBeDefined();
    const before = readFileSync(join(input, name!), "utf8");
    const result = run(["import", "icews", input, "-o", join(input, name!), "-f", "ndjson"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("which is one of the input files");
    expect(readFileSync(join(input, name!), "utf8")).toBe(before);
  });
});

describe("outputs: an import never overwrites an earlier one silently", () => {
  it("refuses an output folder that holds an earlier import, and replaces all of it with --force", () => {
    const out = join(dir, "out");
    expect(run(["import", "hsg-travels", TRAVELS, "-o", out]).code).toBe(0);
    const before = readFileSync(join(out, "actors.yaml"), "utf8");
    const again = run(["import", "hsg-travels", TRAVELS, "-o", out, "-f", "json"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists \(an earlier import\?\); nothing was written/);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(join(out, "actors.yaml"), "utf8")).toBe(before);

    const forced = run(["import", "hsg-travels", TRAVELS, "-o", out, "-f", "json", "--force"]);
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["actors.json", "meetings.json", "sources.json"]);
    expect(run(["validate", out]).code).toBe(0);
  });
});

describe("outputs: a trailing slash means a folder", () => {
  it("export -o newdir/ writes dataset.nq in a new folder", () => {
    const result = run(["export", EXAMPLE, "-f", "nquads", "-o", `${join(dir, "newdir")}/`]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, "newdir"))).toEqual(["dataset.nq"]);
  });

  it("import -o out.v2/ writes a folder", () => {
    const result = run(["import", "hsg-travels", TRAVELS, "-o", `${join(dir, "out.v2")}/`]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, "out.v2")).sort()).toEqual([
      "actors.yaml",
      "meetings.yaml",
      "sources.yaml",
    ]);
  });
});

describe("outputs: interrupted and failed writes", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "removes its temporary file on %s and leaves the target untouched",
    async (signal) => {
      // A dataset big enough that the export is still writing when the signal comes.
      const lines = Array.from(
        { length: 60_000 },
        (_, i) =>
          `{"type":"actor","kind":"organization","organizationKind":"ngo","id":"org-${i}","name":"Organisation ${i}, with a name long enough to make the export take a while"}`,
      );
      writeFileSync(join(dir, "big.ndjson"), `${lines.join("\n")}\n`);
      const target = join(dir, "out.nq");
      writeFileSync(target, "previous export\n");
      const child = spawn(
        process.execPath,
        [CLI, "export", "big.ndjson", "-f", "nquads", "-o", target],
        {
          cwd: dir,
          stdio: "ignore",
        },
      );
      const exited = once(child, "exit");
      let sent = false;
      while (!sent && child.exitCode === null) {
        if (litter(dir).length > 0) {
          child.kill(signal);
          sent = true;
        } else await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const [code, received] = await exited;
      expect({ sent, code, received }).toEqual({ sent: true, code: null, received: signal });
      expect(litter(dir)).toEqual([]);
      expect(readFileSync(target, "utf8")).toBe("previous export\n");
    },
  );

  it.each(["0600", "0640"])("keeps the mode %s of the file it replaces", (mode) => {
    const target = join(dir, "private.jsonld");
    writeFileSync(target, "{}");
    chmodSync(target, Number.parseInt(mode, 8));
    expect(run(["export", EXAMPLE, "-f", "jsonld", "-o", target]).code).toBe(0);
    expect((statSync(target).mode & 0o777).toString(8).padStart(4, "0")).toBe(mode);
  });

  it.each(["yaml", "json", "ndjson"])(
    "fails cleanly, exit 2 with one line, when the %s output cannot be written",
    (format) => {
      writeFileSync(join(dir, "file"), "");
      const result = run([
        "import",
        "hsg-travels",
        TRAVELS,
        "-o",
        join(dir, "file", `out.${format}`),
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /a part of the path is not a directory; nothing was written\n$/,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual(["file"]);
    },
  );

  it("says 'no space left' without a stack when NDJSON output fills the device", () => {
    const link = join(dir, "full.ndjson");
    symlinkSync("/dev/full", link);
    const result = run(["import", "hsg-travels", TRAVELS, "-o", link, "-f", "ndjson"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no space left on the device; nothing was written\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["export", ["export", EXAMPLE, "-f", "nquads"]],
    ["validate", ["validate", EXAMPLE, "--format", "json"]],
  ])("%s to a full standard output exits 2 with one line, no stack", (_, args) => {
    const result = execFileSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${CLI}" ${args.map((a) => `'${a}'`).join(" ")} 2>&1 > /dev/full; echo "exit $?"`,
      ],
      { encoding: "utf8" },
    );
    expect(result).toMatch(
      /(^|\n)statecraft: cannot write to standard output: no space left on the device\nexit 2\n$/,
    );
    expect(result).not.toMatch(/\n\s+at /);
  });
});

describe("the command line", () => {
  it("runs whatever is in a compile-cache folder (damaged entries, a FIFO)", () => {
    const cache = join(dir, "cache");
    mkdirSync(cache);
    // Node's own cache, and the folder the removed hand-made cache trusted as compiled code.
    const env = { ...process.env, NODE_COMPILE_CACHE: cache, STATECRAFT_COMPILE_CACHE: cache };
    expect(run(["validate", EXAMPLE], { env }).code).toBe(0);
    for (const entry of readdirSync(cache, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) writeFileSync(join(entry.parentPath, entry.name), "garbage");
    }
    execFileSync("mkfifo", [join(cache, "fifo")]);
    for (const name of ["validate.cjs.cache", "validate.cjs.0123456789abcdef.cache"])
      writeFileSync(join(cache, name), Buffer.alloc(4096, 0xa5));
    symlinkSync("/dev/zero", join(cache, "validate.cjs.linked.cache"));
    const again = run(["validate", EXAMPLE], { env });
    expect(again).toEqual({
      code: 0,
      stdout: "✔ valid: no problems in 73 records (7 files)\n",
      stderr: "",
    });
  });

  it("caps --workers at the cores and says so", () => {
    const result = run(["validate", EXAMPLE, "--workers", "100000"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^statecraft: --workers 100000: using at most \d+ \(one per core/,
    );
  });

  it("reads --config from an absolute path", () => {
    const config = join(dir, "elsewhere.json");
    writeFileSync(config, JSON.stringify({ paths: [EXAMPLE] }));
    expect(run(["validate", "--config", config], { cwd: tmpdir() })).toEqual({
      code: 0,
      stdout: "✔ valid: no problems in 73 records (7 files)\n",
      stderr: "",
    });
  });

  it.each([
    [
      ["validate", EXAMPLE, "--format", "json", "--format", "sarif"],
      "--format was given more than once",
    ],
    [
      ["export", EXAMPLE, "-f", "nquads", "-o", "a.nq", "-o", "b.nq"],
      "-o/--output was given more than once",
    ],
    [
      ["import", "icews", ICEWS, "-o", "a/", "--output", "b/"],
      "-o/--output was given more than once",
    ],
    [
      ["validate", EXAMPLE, "--fail-on", "warning", "--fail-on=error"],
      "--fail-on was given more than once",
    ],
  ])("refuses a repeated option: %j", (args, message) => {
    const result = run(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, "a.nq")) || existsSync(join(dir, "a"))).toBe(false);
  });
});
