import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInputs } from "../src/node.js";

const dir = mkdtempSync(join(tmpdir(), "statecraft-import-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A folder with a file, a FIFO and links to it and to a device, a link loop and links to folders.
const data = join(dir, "data");
mkdirSync(join(data, "sub"), { recursive: true });
mkdirSync(join(dir, "outside"));
writeFileSync(join(data, "a.csv"), "a\n1\n");
writeFileSync(join(data, "sub", "b.csv"), "b\n2\n");
writeFileSync(join(dir, "outside", "c.csv"), "c\n3\n");
execFileSync("mkfifo", [join(dir, "pipe.csv")]);
execFileSync("mkfifo", [join(data, "pipe.csv")]);
symlinkSync(join(dir, "pipe.csv"), join(data, "fifo-link.csv"));
symlinkSync("/dev/zero", join(data, "zero.csv"));
symlinkSync("..", join(data, "sub", "up"));
symlinkSync(join(dir, "outside"), join(data, "outside"));
symlinkSync(join(dir, "outside"), join(data, "sub", "outside-again"));
symlinkSync(join(data, "a.csv"), join(data, "sub", "a-link.csv"));

const names = (inputs: readonly { name: string }[]): string[] =>
  inputs.map((i) => relative(data, i.name));

async function text(input: { read(): AsyncIterable<Uint8Array | string> }): Promise<string> {
  let out = "";
  for await (const chunk of input.read())
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
  return out;
}

describe("reading input files", () => {
  it("walks folders for regular files only, without entering linked folders", async () => {
    const inputs = await readInputs([data], [".csv"]);
    expect(names(inputs)).toEqual(["a.csv", "sub/a-link.csv", "sub/b.csv"]);
  });

  it("enters linked folders with followSymlinks, each once", async () => {
    const inputs = await readInputs([data], [".csv"], { followSymlinks: true });
    expect(names(inputs)).toEqual(["a.csv", "outside/c.csv", "sub/a-link.csv", "sub/b.csv"]);
  });

  it("refuses a FIFO or a device named explicitly, without opening it", async () => {
    await expect(readInputs([join(dir, "pipe.csv")], [".csv"])).rejects.toThrow(
      "not a regular file: a FIFO (named pipe)",
    );
    await expect(readInputs([join(data, "zero.csv")], [".csv"])).rejects.toThrow(
      "not a regular file: a character device",
    );
  });

  it("stops reading a file at the limit", async () => {
    writeFileSync(join(dir, "big.csv"), "x".repeat(1000));
    const [input] = await readInputs([join(dir, "big.csv")], [".csv"], { maxFileBytes: 999 });
    await expect(text(input!)).rejects.toThrow(
      "larger than the read limit of 999 bytes; raise the limit with the maxFileBytes option",
    );
    const [whole] = await readInputs([join(dir, "big.csv")], [".csv"], { maxFileBytes: 1000 });
    expect(await text(whole!)).toHaveLength(1000);
  });
});
