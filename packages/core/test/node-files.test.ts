import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FileTooLargeError,
  formatByteSize,
  NotRegularFileError,
  parseByteSize,
  readBoundedFile,
  streamBoundedFile,
  walkFolder,
} from "../src/node.js";

const dir = mkdtempSync(join(tmpdir(), "statecraft-core-node-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A walked folder with a FIFO, links to it and to devices, a link loop, a link back up and a
// link to a folder outside it.
const tree = join(dir, "tree");
mkdirSync(join(tree, "sub"), { recursive: true });
mkdirSync(join(dir, "outside"));
writeFileSync(join(tree, "a.yaml"), "a: 1\n");
writeFileSync(join(tree, "sub", "b.yaml"), "b: 1\n");
writeFileSync(join(dir, "outside", "c.yaml"), "c: 1\n");
execFileSync("mkfifo", [join(dir, "pipe")]);
execFileSync("mkfifo", [join(tree, "pipe.yaml")]);
symlinkSync(join(dir, "pipe"), join(tree, "fifo-link.yaml"));
symlinkSync("/dev/zero", join(tree, "zero.yaml"));
symlinkSync("/dev/urandom", join(tree, "random.yaml"));
symlinkSync("loop.yaml", join(tree, "loop.yaml"));
symlinkSync("..", join(tree, "sub", "up"));
symlinkSync(join(dir, "outside"), join(tree, "outside"));
symlinkSync(join(dir, "outside"), join(tree, "outside-again"));
symlinkSync(join(tree, "a.yaml"), join(tree, "sub", "a-link.yaml"));

const names = (files: readonly { path: string }[]): string[] =>
  files.map((f) => relative(tree, f.path));
const yaml = (name: string): boolean => name.endsWith(".yaml");

describe("walkFolder", () => {
  it("lists regular files and links to them, never devices or FIFOs, and does not enter linked folders by default", async () => {
    const { files, failures } = await walkFolder(tree, { include: yaml });
    expect(names(files)).toEqual(["a.yaml", "sub/a-link.yaml", "sub/b.yaml"]);
    expect(
      failures.map((f) => [relative(tree, f.path), (f.error as { code: string }).code]),
    ).toEqual([["loop.yaml", "ELOOP"]]);
  });

  it("enters linked folders with followSymlinks, each folder once", async () => {
    const { files } = await walkFolder(tree, { include: yaml, followSymlinks: true });
    expect(names(files)).toEqual(["a.yaml", "outside/c.yaml", "sub/a-link.yaml", "sub/b.yaml"]);
  });

  it("shares the folders entered between walks", async () => {
    const visited = new Set<string>();
    await walkFolder(join(tree, "sub"), { include: yaml, visited });
    const { files } = await walkFolder(join(tree, "sub"), { include: yaml, visited });
    expect(files).toEqual([]);
  });
});

describe("bounded reads", () => {
  it("refuses a FIFO without opening it (which would block)", async () => {
    await expect(readBoundedFile(join(dir, "pipe"))).rejects.toThrow(
      new NotRegularFileError(join(dir, "pipe"), "a FIFO (named pipe)"),
    );
    await expect(readBoundedFile(join(tree, "fifo-link.yaml"))).rejects.toThrow(
      "not a regular file: a FIFO (named pipe)",
    );
  });

  it("refuses links to /dev/zero and /dev/urandom", async () => {
    await expect(readBoundedFile(join(tree, "zero.yaml"))).rejects.toThrow(
      "not a regular file: a character device",
    );
    const stream = streamBoundedFile(join(tree, "random.yaml"));
    await expect(stream.next()).rejects.toBeInstanceOf(NotRegularFileError);
  });

  it("stops at the limit, whole or streamed", async () => {
    const path = join(dir, "big.yaml");
    writeFileSync(path, "x".repeat(5000));
    await expect(readBoundedFile(path, { maxBytes: 4999 })).rejects.toThrow(
      new FileTooLargeError(path, 4999),
    );
    expect((await readBoundedFile(path, { maxBytes: 5000 })).length).toBe(5000);
    const chunks: number[] = [];
    const read = async (): Promise<void> => {
      for await (const chunk of streamBoundedFile(path, { maxBytes: 2500, chunkBytes: 1000 }))
        chunks.push(chunk.length);
    };
    await expect(read()).rejects.toBeInstanceOf(FileTooLargeError);
    expect(chunks.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2500);
  });

  it("counts the bytes of a file whose size says 0", async () => {
    // /proc files report a size of 0: only counting while reading finds them too big.
    await expect(readBoundedFile("/proc/self/status", { maxBytes: 10 })).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
  });
});

describe("byte sizes", () => {
  it.each([
    ["512MB", 512_000_000],
    ["1GiB", 1024 ** 3],
    ["1 gib", 1024 ** 3],
    ["300", 300],
    ["1.5K", 1536],
    ["lots", undefined],
    ["12XB", undefined],
    ["", undefined],
  ])("parses %j", (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it("formats sizes", () => {
    expect(formatByteSize(256 * 1024 ** 2)).toBe("256 MiB");
    expect(formatByteSize(1536)).toBe("1.5 KiB");
    expect(formatByteSize(100)).toBe("100 bytes");
  });
});
