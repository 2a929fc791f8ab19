import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../src");

/** Every module an entry reaches, following relative imports. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (graph.has(file)) continue;
    const text = readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms)].map(
      (m) => m[1]!,
    );
    graph.set(file, specifiers);
    for (const s of specifiers)
      if (s.startsWith(".")) queue.push(join(dirname(file), s.replace(/\.js$/, ".ts")));
  }
  return graph;
}

describe("@statecraft/validate, the universal entry", () => {
  it("reaches no node: module and no Node-only package", () => {
    const graph = moduleGraph(join(SRC, "index.ts"));
    const external = new Set([...graph.values()].flat().filter((s) => !s.startsWith(".")));
    expect([...external].sort()).toEqual([
      "@statecraft/core",
      "fastest-levenshtein",
      "js-yaml",
      "zod",
    ]);
    expect(
      [...graph.keys()].some((f) => f.endsWith("validate-files.ts") || f.endsWith("node-files.ts")),
    ).toBe(false);
  });
});
