import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};
const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The CLI is one ESM bundle with code splitting: `cli.js` is tiny (it answers `--version` alone)
 * and every command is a chunk loaded on demand. Workspace packages are bundled from their
 * sources, so the CLI builds without their `dist`.
 */
export default defineConfig({
  entry: { cli: "src/cli.ts", worker: "src/worker.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Less to parse and compile at every start.
  minify: true,
  dts: false,
  noExternal: [/.*/],
  // CommonJS dependencies (picocolors) call `require`, which ESM chunks lack: give them one.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
  define: { __STATECRAFT_VERSION__: JSON.stringify(pkg.version) },
  esbuildOptions(options) {
    options.alias = {
      "@statecraft/core": src("../core/src/index.ts"),
      "@statecraft/validate/worker": src("../validate/src/worker.ts"),
      "@statecraft/validate": src("../validate/src/index.ts"),
      "@statecraft/jsonld/node": src("../jsonld/src/node.ts"),
      "@statecraft/jsonld": src("../jsonld/src/index.ts"),
      "@statecraft/import/node": src("../import/src/node.ts"),
      "@statecraft/import": src("../import/src/index.ts"),
    };
  },
});
