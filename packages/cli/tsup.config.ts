import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};
const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * zod's `z` namespace carries every locale's error messages (about 260 KB of the bundle's 740 KB),
 * and using `z` as a value keeps them all. The CLI prints zod's English messages only: bundle
 * `locales` with just `en`, so that every start compiles a third less JavaScript.
 */
const zodEnglishOnly: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

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
  esbuildPlugins: [zodEnglishOnly],
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
