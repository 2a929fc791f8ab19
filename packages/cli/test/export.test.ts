import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsonld from "jsonld";
import { Parser } from "n3";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXAMPLE, ROOT, run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "statecraft-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTEXT_URL = "https://w3id.org/statecraft/context/1.0.jsonld";
const CONTEXT = JSON.parse(
  readFileSync(join(ROOT, "packages/jsonld/vocab/context.jsonld"), "utf8"),
) as object;
/** Serves the packaged context: nothing may be fetched from the network. */
async function documentLoader(url: string): Promise<{ documentUrl: string; document: object }> {
  if (url === CONTEXT_URL) return { documentUrl: url, document: CONTEXT };
  throw new Error(`no network in tests: refused to load ${url}`);
}

/** The records of the example dataset, from its YAML files. */
function exampleRecords(): { id: string }[] {
  return readdirSync(EXAMPLE)
    .sort()
    .flatMap((name) => parse(readFileSync(join(EXAMPLE, name), "utf8")) as { id: string }[]);
}

const BASE = "https://w3id.org/statecraft/examples/blinken-china-2024/";

describe("statecraft export", () => {
  it("exports the example as JSON-LD and as N-Quads that say the same", async () => {
    const jsonldFile = join(dir, "out", "example.jsonld");
    const nquadsFile = join(dir, "out", "example.nq");
    const first = run(["export", EXAMPLE, "--format", "jsonld", "--base", BASE, "-o", jsonldFile]);
    expect(first).toEqual({
      code: 0,
      stdout: "",
      stderr: expect.stringMatching(
        /^exported 73 records from 7 files as JSON-LD to .*example\.jsonld \(\d+\.\d kB\)\n$/,
      ),
    });
    expect(run(["export", EXAMPLE, "-f", "nquads", "--base", BASE, "-o", nquadsFile]).code).toBe(0);

    const document = JSON.parse(readFileSync(jsonldFile, "utf8")) as {
      "@graph": { id: string }[];
    };
    const ids = new Set(document["@graph"].map((node) => node.id));
    for (const record of exampleRecords()) expect(ids).toContain(record.id);
    const fromJsonLd = (await jsonld.toRDF(
      document as jsonld.JsonLdDocument,
      {
        documentLoader,
        format: "application/n-quads",
        safe: true,
      } as jsonld.Options.ToRdf,
    )) as unknown as string;
    const quads = new Parser({ format: "N-Quads" }).parse(readFileSync(nquadsFile, "utf8"));
    expect(quads.length).toBeGreaterThan(73);
    expect(quads.some((q) => q.subject.value === `${BASE}antony-blinken`)).toBe(true);
    expect(new Parser({ format: "N-Quads" }).parse(fromJsonLd)).toHaveLength(quads.length);
    // No temporary file is left beside the output.
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["example.jsonld", "example.nq"]);
  });

  it("embeds the context by default, so a processor needs no network; --context URL references one", async () => {
    const embedded = run(["export", EXAMPLE, "-f", "jsonld", "--base", BASE]);
    expect(embedded.code).toBe(0);
    const document = JSON.parse(embedded.stdout) as { "@context": unknown[] };
    expect(document["@context"][0]).toEqual((CONTEXT as { "@context": unknown })["@context"]);
    const offline = async (url: string) => {
      throw new Error(`refused to load ${url}`);
    };
    const quads = (await jsonld.toRDF(
      document as jsonld.JsonLdDocument,
      {
        documentLoader: offline,
        format: "application/n-quads",
        safe: true,
      } as jsonld.Options.ToRdf,
    )) as unknown as string;
    expect(quads.split("\n").length).toBeGreaterThan(1000);

    const url = "https://example.org/statecraft/context.jsonld";
    const referenced = run(["export", EXAMPLE, "-f", "jsonld", "--context", url]);
    expect(referenced.code).toBe(0);
    expect((JSON.parse(referenced.stdout) as { "@context": unknown[] })["@context"][0]).toBe(url);
    for (const bad of [
      ["-f", "jsonld", "--context", "nope"],
      ["-f", "nquads", "--context", url],
    ]) {
      const refused = run(["export", EXAMPLE, ...bad]);
      expect(refused).toMatchObject({ code: 2, stdout: "" });
      expect(refused.stderr).toMatch(/--context/);
    }
  });

  it("writes to stdout without -o", () => {
    const { code, stdout, stderr } = run(["export", EXAMPLE, "--format", "jsonld"]);
    expect([code, stderr]).toEqual([0, ""]);
    const graph = (JSON.parse(stdout) as { "@graph": { id: string }[] })["@graph"];
    expect(graph.map((n) => n.id)).toContain("urn:statecraft:antony-blinken");
  });

  it("--canonical gives the same bytes on every run, whatever the order of the input", () => {
    // The example's records, reversed, in one NDJSON file.
    const shuffled = join(dir, "shuffled");
    mkdirSync(shuffled);
    writeFileSync(
      join(shuffled, "records.ndjson"),
      `${exampleRecords()
        .reverse()
        .map((r) => JSON.stringify(r))
        .join("\n")}\n`,
    );
    for (const format of ["nquads", "jsonld"]) {
      const outputs = [EXAMPLE, EXAMPLE, shuffled].map((input, i) => {
        const file = join(dir, `canonical-${i}.${format}`);
        expect(run(["export", input, "--format", format, "--canonical", "-o", file]).code).toBe(0);
        return readFileSync(file, "utf8");
      });
      expect(outputs[1], format).toBe(outputs[0]);
      expect(outputs[2], format).toBe(outputs[0]);
    }
    // Without --canonical, the order of the input shows.
    const plain = [EXAMPLE, shuffled].map((input) => run(["export", input, "-f", "nquads"]).stdout);
    expect(plain[1]).not.toBe(plain[0]);
  });

  it("refuses invalid data with exit 1 and the validator's report, leaving -o untouched", () => {
    const target = join(dir, "kept.jsonld");
    writeFileSync(target, "the previous export\n");
    const { code, stdout, stderr } = run(
      ["export", "packages/cli/test/fixtures/invalid", "--format", "jsonld", "-o", target],
      { cwd: ROOT },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'packages/cli/test/fixtures/invalid/meetings.yaml\n  5:9   error    "vist" is not one of',
    );
    expect(stderr).toContain("✖ invalid: 2 errors, 1 warning in 3 records (1 file)\n");
    expect(
      stderr.endsWith(
        `statecraft: nothing exported: the data is invalid (${target} is untouched)\n`,
      ),
    ).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("the previous export\n");
    expect(readdirSync(dir).filter((f) => f.includes("kept"))).toEqual(["kept.jsonld"]);
  });

  const usage: [string, string[], string][] = [
    [
      "a relative --base",
      ["-f", "jsonld", "--base", "examples/"],
      'statecraft: --base: base IRI "examples/" is not absolute: it needs a scheme such as https:\n',
    ],
    [
      "a --base with a space",
      ["-f", "nquads", "--base", "https://example.org/a b/"],
      'statecraft: --base: base IRI "https://example.org/a b/" contains a space, control character or one of <>"{}|^`\\\n',
    ],
    [
      "an unknown --format",
      ["--format", "turtle"],
      'statecraft: --format must be one of jsonld, nquads, csv, datapackage, parquet, duckdb, not "turtle"\n',
    ],
    ["no --format", ["--canonical"], "statecraft: --format is required: jsonld or nquads\n"],
  ];
  it.each(usage)("exits 2 on %s, in one line, writing nothing", (_, args, stderr) => {
    const target = join(dir, "never.jsonld");
    expect(run(["export", EXAMPLE, ...args, "-o", target])).toEqual({
      code: 2,
      stdout: "",
      stderr,
    });
    expect(readdirSync(dir)).not.toContain("never.jsonld");
  });

  it("exits 2 on a path that does not exist, and on an output it cannot write", () => {
    expect(run(["export", "missing.yaml", "-f", "jsonld"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "missing.yaml\n    error    no such file or directory  io_error\n\n✖ invalid: 1 error, 0 warnings in 0 records (0 files)\nstatecraft: nothing exported: a path cannot be read\n",
    });
    writeFileSync(join(dir, "a-file"), "");
    expect(
      run(["export", EXAMPLE, "-f", "jsonld", "-o", join(dir, "a-file", "out.jsonld")]),
    ).toEqual({
      code: 2,
      stdout: "",
      stderr: `statecraft: cannot write ${join(dir, "a-file", "out.jsonld")}: a part of the path is not a directory; nothing was written\n`,
    });
  });

  it("exports many records from several large files, all of them, in order", () => {
    // Two NDJSON files over 1 MB in all (export checks them on one thread: workers are opt-in).
    const big = join(dir, "big");
    mkdirSync(big);
    const ids: string[] = [];
    for (const part of ["a", "b"]) {
      const lines: string[] = [];
      for (let i = 0; i < 4000; i++) {
        const id = `source-${part}-${i}`;
        ids.push(id);
        lines.push(
          JSON.stringify({
            id,
            type: "source",
            kind: "news_article",
            title: `Dispatch ${part}${i} on the Secretary of State's talks in Beijing and Shanghai`,
            published: "2024-04-21",
          }),
        );
      }
      writeFileSync(join(big, `${part}.ndjson`), `${lines.join("\n")}\n`);
    }
    const { code, stdout, stderr } = run(["export", big, "-f", "jsonld"]);
    expect(code).toBe(0);
    // Every source is uncited: each is a warning, reported on stderr, and the export goes on.
    expect(stderr).toBe(
      "Problems by rule:\n  orphaned_source    8,000\n\n⚠ valid: 0 errors, 8,000 warnings in 8,000 records (2 files)\n(statecraft validate lists the warnings)\n",
    );
    const graph = (JSON.parse(stdout) as { "@graph": { id: string }[] })["@graph"];
    expect(graph.map((n) => n.id).filter((id) => id.startsWith("urn:statecraft:source-"))).toEqual(
      ids.map((id) => `urn:statecraft:${id}`),
    );
  });
});
