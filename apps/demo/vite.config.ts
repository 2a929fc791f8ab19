import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { parse } from "yaml";

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));
const EXAMPLE_DIR = fileURLToPath(new URL("../../examples/blinken-china-2024", import.meta.url));

/**
 * `virtual:example-records`: the example's records, read from its YAML at build time, so the
 * page draws the example in its first render with no YAML parser and no second round trip
 * (the test suite keeps the example valid; the user's files are checked in the dataset worker).
 */
function exampleRecords(): Plugin {
  const id = "virtual:example-records";
  return {
    name: "statecraft-example-records",
    resolveId: (specifier) => (specifier === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      const names = readdirSync(EXAMPLE_DIR)
        .filter((name) => name.endsWith(".yaml"))
        .sort();
      const records = names.flatMap((name) => {
        const path = join(EXAMPLE_DIR, name);
        this.addWatchFile(path);
        return parse(readFileSync(path, "utf8")) as unknown[];
      });
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(records))});`;
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any static host, at any path.
  base: "./",
  plugins: [exampleRecords()],
  resolve: {
    // Bundle the workspace packages from source, so `pnpm demo` needs no prior build and
    // edits to a package show up in the dev server at once.
    alias: [
      { find: /^@statecraft\/core$/, replacement: source("core/src/index.ts") },
      { find: /^@statecraft\/validate$/, replacement: source("validate/src/index.ts") },
      { find: /^@statecraft\/jsonld$/, replacement: source("jsonld/src/index.ts") },
    ],
  },
  worker: {
    format: "es",
    // One file per worker: the YAML parser the validator imports lazily comes with the dataset
    // worker, not in a second round trip after it.
    rolldownOptions: { output: { codeSplitting: false } },
  },
  build: { target: "es2022", reportCompressedSize: true },
});
