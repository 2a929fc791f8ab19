import type { Options } from "tsup";

/**
 * Source maps without the sources' text (`sourcesContent`): they still map a stack trace's
 * lines to `src/…` files and lines (`node --enable-source-maps`), at a fraction of the size.
 * With the text, core's `/hs` maps alone were 2 MB (the HS descriptions, a second and third
 * time) and every package shipped more map than code.
 */
export function smallSourceMaps(options: { sourcesContent?: boolean }): void {
  options.sourcesContent = false;
}

/** The build every published library shares: ESM + CJS + declarations for Node 20. */
export const libraryPreset: Options = {
  format: ["esm", "cjs"],
  dts: true,
  target: "node20",
  sourcemap: true,
  esbuildOptions: smallSourceMaps,
  clean: true,
  treeshake: true,
};
