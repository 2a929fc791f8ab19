import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { smallSourceMaps } from "../../tsup.preset.ts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * The `statecraft` command: one ES module entry, `dist/cli.js`, and a chunk per command that it
 * imports when that command runs. The libraries are dependencies, imported from their published
 * entry points (their `dist`), so every build exercises their `exports` maps.
 */
export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  splitting: true,
  sourcemap: true,
  esbuildOptions: smallSourceMaps,
  clean: true,
  dts: false,
  define: { __STATECRAFT_VERSION__: JSON.stringify(pkg.version) },
});
