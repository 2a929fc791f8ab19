import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

export default defineConfig({
  // Relative asset URLs: the build works from any static host, at any path.
  base: "./",
  resolve: {
    // Bundle the workspace packages from source, so `pnpm demo` needs no prior build and
    // edits to a package show up in the dev server at once.
    alias: [
      { find: /^@statecraft\/core$/, replacement: source("core/src/index.ts") },
      { find: /^@statecraft\/validate$/, replacement: source("validate/src/index.ts") },
      { find: /^@statecraft\/jsonld$/, replacement: source("jsonld/src/index.ts") },
    ],
  },
  build: { target: "es2022", reportCompressedSize: true },
});
