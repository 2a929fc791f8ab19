import type { Options } from "tsup";

/** The build every published library shares: ESM + CJS + declarations for Node 20. */
export const libraryPreset: Options = {
  format: ["esm", "cjs"],
  dts: true,
  target: "node20",
  sourcemap: true,
  clean: true,
  treeshake: true,
};
