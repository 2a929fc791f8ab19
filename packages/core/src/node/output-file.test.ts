import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isFolderPath, writeOutputFile, writeOutputFiles } from "./output-file.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "statecraft-output-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Names in the folder that look like our temporary or backup files. */
function litter(folder = dir): string[] {
  return readdirSync(folder).filter((name) => /\.(tmp|old)$/.test(name));
}

async function* failingAfter(text: string): AsyncGenerator<string> {
  yield text;
  throw new Error("the export failed half-way");
}

describe("writeOutputFile", () => {
  it("creates a missing file and its folders, with the usual mode of a new file", async () => {
    const path = join(dir, "a", "b", "out.nq");
    const written = await writeOutputFile(path, ["<a> <b> <c> .\n", "<d> <e> <f> .\n"]);
    expect(written).toEqual({ path, bytes: 28 });
    expect(await readFile(path, "utf8")).toBe("<a> <b> <c> .\n<d> <e> <f> .\n");
    expect(statSync(path).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(litter(join(dir, "a", "b"))).toEqual([]);
  });

  it.each([0o600, 0o640, 0o755])("keeps the mode %o of the file it replaces", async (mode) => {
    const path = join(dir, "private.jsonld");
    await writeFile(path, "old");
    await chmod(path, mode);
    await writeOutputFile(path, "new");
    expect(await readFile(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(mode);
  });

  it("keeps the owner of the file it replaces, where permitted", async () => {
    const path = join(dir, "owned.nq");
    await writeFile(path, "old");
    // Giving a file away needs the superuser; otherwise the owner is ourselves, and stays so.
    const owner = process.getuid?.() === 0 ? 65534 : (process.getuid?.() ?? 0);
    await chown(path, owner, owner);
    await writeOutputFile(path, "new");
    expect(await readFile(path, "utf8")).toBe("new");
    expect({ uid: statSync(path).uid, gid: statSync(path).gid }).toEqual({
      uid: owner,
      gid: owner,
    });
  });

  it("writes through a symbolic link: the link stays, its target is replaced", async () => {
    const real = join(dir, "real.nq");
    const link = join(dir, "link.nq");
    await writeFile(real, "old");
    await symlink(real, link);
    await writeOutputFile(link, "new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await readFile(real, "utf8")).toBe("new");
  });

  it("creates the target of a dangling symbolic link", async () => {
    const link = join(dir, "link.nq");
    await symlink("made-by-write.nq", link);
    await writeOutputFile(link, "new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, "made-by-write.nq"), "utf8")).toBe("new");
  });

  it("writes into a character device through a symbolic link, never replacing it", async () => {
    const link = join(dir, "null");
    await symlink("/dev/null", link);
    const written = await writeOutputFile(link, "x".repeat(100_000));
    expect(written.bytes).toBe(100_000);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(link).isCharacterDevice()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(litter()).toEqual([]);
  });

  it("streams into a FIFO and leaves it a FIFO", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = createReadStream(fifo);
    const chunks: Buffer[] = [];
    reader.on("data", (chunk) => chunks.push(chunk as Buffer));
    const closed = once(reader, "close");
    await writeOutputFile(fifo, ["one\n", "two\n"]);
    await closed;
    expect(Buffer.concat(chunks).toString()).toBe("one\ntwo\n");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("leaves the target untouched and no temporary file when the content fails", async () => {
    const path = join(dir, "out.nq");
    await writeFile(path, "old");
    await expect(writeOutputFile(path, failingAfter("partial"))).rejects.toThrow(
      "the export failed half-way",
    );
    expect(await readFile(path, "utf8")).toBe("old");
    expect(litter()).toEqual([]);
  });

  it("refuses an existing file when overwriting is off, naming it", async () => {
    const path = join(dir, "out.yaml");
    await writeFile(path, "old");
    await expect(writeOutputFile(path, "new", { overwrite: false })).rejects.toMatchObject({
      code: "EEXIST",
      path,
    });
    expect(await readFile(path, "utf8")).toBe("old");
  });

  it("writes into a device even when overwriting is off: it is a destination, not an earlier output", async () => {
    const link = join(dir, "null");
    await symlink("/dev/null", link);
    await expect(writeOutputFile(link, "x", { overwrite: false })).resolves.toEqual({
      path: link,
      bytes: 1,
    });
  });

  it("refuses a folder as a file", async () => {
    await expect(writeOutputFile(dir, "new")).rejects.toMatchObject({ code: "EISDIR", path: dir });
  });

  it("names the target, not a temporary file, in its errors", async () => {
    await writeFile(join(dir, "file"), "");
    const path = join(dir, "file", "out.nq");
    const error = await writeOutputFile(path, "x").catch((e: NodeJS.ErrnoException) => e);
    expect(error).toMatchObject({ code: "ENOTDIR" });
    expect(String((error as Error).message)).not.toMatch(/\.tmp/);
  });

  it("removes its temporary file when the process is interrupted", async () => {
    const path = join(dir, "big.nq");
    await writeFile(path, "old");
    const script = join(dir, "write.mts");
    const module = fileURLToPath(new URL("./output-file.ts", import.meta.url));
    await writeFile(
      script,
      `import { writeOutputFile } from ${JSON.stringify(module)};
async function* forever() { for (;;) { yield "x".repeat(65536); await new Promise((r) => setTimeout(r, 5)); } }
setTimeout(() => process.stdout.write("writing\\n"), 200);
await writeOutputFile(${JSON.stringify(path)}, forever());`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await once(child.stdout, "data");
    expect(litter().length).toBe(1);
    child.kill("SIGTERM");
    const [code, signal] = await once(child, "exit");
    expect({ code, signal }).toEqual({ code: null, signal: "SIGTERM" });
    expect(litter()).toEqual([]);
    expect(readFileSync(path, "utf8")).toBe("old");
  });
});

describe("writeOutputFiles", () => {
  it("replaces a set whole, removing the files of the earlier set it does not write", async () => {
    for (const name of ["actors.yaml", "meetings.yaml", "sources.yaml"])
      await writeFile(join(dir, name), `old ${name}`);
    await writeOutputFiles(
      [
        { path: join(dir, "actors.yaml"), content: "new actors" },
        { path: join(dir, "sources.yaml"), content: "new sources" },
      ],
      { remove: [join(dir, "meetings.yaml"), join(dir, "issues.yaml")] },
    );
    expect(readdirSync(dir).sort()).toEqual(["actors.yaml", "sources.yaml"]);
    expect(await readFile(join(dir, "actors.yaml"), "utf8")).toBe("new actors");
  });

  it("writes none of the set when one file fails", async () => {
    for (const name of ["actors.yaml", "meetings.yaml"])
      await writeFile(join(dir, name), `old ${name}`);
    await expect(
      writeOutputFiles([
        { path: join(dir, "actors.yaml"), content: "new actors" },
        { path: join(dir, "meetings.yaml"), content: failingAfter("new meetings") },
      ]),
    ).rejects.toThrow("half-way");
    expect(await readFile(join(dir, "actors.yaml"), "utf8")).toBe("old actors.yaml");
    expect(await readFile(join(dir, "meetings.yaml"), "utf8")).toBe("old meetings.yaml");
    expect(litter()).toEqual([]);
  });

  it("refuses before writing anything when overwriting is off and one file exists", async () => {
    await mkdir(join(dir, "out"));
    await writeFile(join(dir, "out", "meetings.yaml"), "old");
    await expect(
      writeOutputFiles(
        [
          { path: join(dir, "out", "actors.yaml"), content: "new" },
          { path: join(dir, "out", "meetings.yaml"), content: "new" },
        ],
        { overwrite: false },
      ),
    ).rejects.toMatchObject({ code: "EEXIST", path: join(dir, "out", "meetings.yaml") });
    expect(readdirSync(join(dir, "out"))).toEqual(["meetings.yaml"]);
  });

  it("refuses when overwriting is off and a file of an earlier set is there", async () => {
    await writeFile(join(dir, "meetings.yaml"), "old");
    await expect(
      writeOutputFiles([{ path: join(dir, "actors.yaml"), content: "new" }], {
        overwrite: false,
        remove: [join(dir, "meetings.yaml")],
      }),
    ).rejects.toMatchObject({ code: "EEXIST" });
    expect(readdirSync(dir)).toEqual(["meetings.yaml"]);
  });
});

describe("isFolderPath", () => {
  it.each([
    ["out/", true],
    ["out.v2/", true],
    ["out", false],
    ["out/data.nq", false],
  ])("%s -> %s", (path, want) => {
    expect(isFolderPath(path)).toBe(want);
  });
});
