import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const packageSource = (name: string) =>
  fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  // Relative asset URLs: the build works from any static host, at any path.
  base: "./",
  resolve: {
    // Bundle the workspace packages from source, so `pnpm demo` needs no prior build and
    // edits to a package show up in the dev server at once.
    alias: { "@statecraft/core": packageSource("core") },
  },
  build: { target: "es2022", reportCompressedSize: true },
});
