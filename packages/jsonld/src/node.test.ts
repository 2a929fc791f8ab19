import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { fromJsonLd } from "./from-json-ld.js";
import { toNQuadsString } from "./n-quads.js";
import { writeExport } from "./node.js";
import { loadExample } from "./test-utils/example.js";

const dataset = loadExample();
const base = "https://data.example.org/blinken/";
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "statecraft-jsonld-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("writeExport", () => {
  it("writes JSON-LD to a file that reads back as the dataset", async () => {
    const output = join(tempDir(), "example.jsonld");
    const result = await writeExport(dataset, { format: "jsonld", base, output });
    const text = readFileSync(output, "utf8");
    expect(result).toEqual({ path: output, bytes: Buffer.byteLength(text) });
    expect(fromJsonLd(JSON.parse(text))).toStrictEqual(dataset);
  });

  it("writes canonical N-Quads, replacing an existing file and leaving no temporary file", async () => {
    const dir = tempDir();
    const output = join(dir, "example.nq");
    writeFileSync(output, "old content\n");
    await writeExport(dataset, { format: "nquads", base, canonical: true, output });
    expect(readFileSync(output, "utf8")).toBe(
      await toNQuadsString(dataset, { base, canonical: true }),
    );
    expect(readdirSync(dir)).toEqual(["example.nq"]);
  });

  it("leaves the target untouched and removes the temporary file when the export fails", async () => {
    const dir = tempDir();
    const output = join(dir, "example.jsonld");
    writeFileSync(output, "previous export\n");
    await expect(
      writeExport(dataset, { format: "jsonld", base: "not-absolute/", output }),
    ).rejects.toThrow("is not absolute");
    // A failure in the middle of the stream (a record the exporter cannot handle).
    const bad = {
      ...dataset,
      issues: [
        ...(dataset.issues ?? []),
        { id: "x\uD800", type: "issue" as const, name: "n", category: "other" as const },
      ],
    };
    await expect(writeExport(bad, { format: "nquads", base, output })).rejects.toThrow(
      "lone surrogate",
    );
    expect(readFileSync(output, "utf8")).toBe("previous export\n");
    expect(readdirSync(dir)).toEqual(["example.jsonld"]);
  });

  it("creates the folders of the output", async () => {
    const output = join(tempDir(), "missing", "deeper", "example.nq");
    const result = await writeExport(dataset, { format: "nquads", base, output });
    expect(result.path).toBe(output);
    expect(readFileSync(output, "utf8")).toBe(await toNQuadsString(dataset, { base }));
  });

  it("names the target, never its temporary file, when the write fails", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "");
    const output = join(dir, "file", "example.nq");
    const error = await writeExport(dataset, { format: "nquads", base, output }).catch(
      (e: NodeJS.ErrnoException) => e,
    );
    expect(error).toMatchObject({ code: "ENOTDIR" });
    expect((error as Error).message).not.toMatch(/\.tmp\b/);
  });

  it("writes to a stream without ending it", async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    const result = await writeExport(dataset, { format: "nquads", base, output: stream });
    expect(stream.writableEnded).toBe(false);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(await toNQuadsString(dataset, { base }));
    expect(result.bytes).toBe(Buffer.concat(chunks).length);
  });
});
