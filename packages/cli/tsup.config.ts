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

const aliases = {
  "@statecraft/core/node": src("../core/src/node.ts"),
  "@statecraft/core": src("../core/src/index.ts"),
  "@statecraft/validate/worker": src("../validate/src/worker.ts"),
  "@statecraft/validate": src("../validate/src/index.ts"),
  "@statecraft/jsonld/node": src("../jsonld/src/node.ts"),
  "@statecraft/jsonld": src("../jsonld/src/index.ts"),
  "@statecraft/import/node": src("../import/src/node.ts"),
  "@statecraft/import": src("../import/src/index.ts"),
};

/** What both builds share. Workspace packages are bundled from their sources. */
const shared = {
  target: "node20",
  platform: "node",
  sourcemap: true,
  treeshake: true,
  // Less to parse and compile at every start.
  minify: process.env.STATECRAFT_NO_MINIFY !== "1",
  dts: false,
  noExternal: [/.*/],
  define: { __STATECRAFT_VERSION__: JSON.stringify(pkg.version) },
  esbuildPlugins: [zodEnglishOnly],
  esbuildOptions(options) {
    options.alias = aliases;
  },
} satisfies Options;

/**
 * The command is CommonJS, for start-up time: Node starts a CommonJS entry faster than an ES
 * module, and only a CommonJS bundle can be run through V8's code cache on Node 20
 * (src/code-cache.ts).
 *
 * - `cli.cjs` is the `statecraft` binary: it answers `--version` before loading anything, and
 *   holds the dispatcher and `--help`.
 * - each command is a bundle of its own, `<command>.cjs`, loaded with its code cache when run.
 * - `worker.js`, the validation worker, is an ES module started by `new Worker`.
 */
export default defineConfig([
  {
    ...shared,
    entry: {
      cli: "src/cli.ts",
      validate: "src/commands/validate.ts",
      export: "src/commands/export.ts",
      import: "src/commands/import.ts",
      schema: "src/commands/schema.ts",
    },
    format: ["cjs"],
    // `import("node:worker_threads")` and the like become `require`: a bundle run by
    // `vm.Script` has no module loader for `import()`.
    esbuildOptions(options) {
      options.alias = aliases;
      options.supported = { "dynamic-import": false };
      options.define = { ...options.define, "import.meta.url": "importMeta.url" };
    },
    // `import.meta.url` (the worker's location): the bundle's own file URL, when first read.
    inject: [src("build/import-meta.ts")],
    clean: true,
  },
  {
    ...shared,
    entry: { worker: "src/worker.ts" },
    format: ["esm"],
    splitting: false,
  },
]);
