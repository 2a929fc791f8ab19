/**
 * The example dataset (the seed story: Blinken's April 2024 visit to China), bundled at build
 * time from `examples/blinken-china-2024/*.yaml` as raw text, so it goes through the same
 * validation as files the user opens.
 */
import type { InputFile } from "./validation.js";

const raw = import.meta.glob<string>("../../../examples/blinken-china-2024/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The example's files, by file name, in name order. */
export const EXAMPLE_FILES: readonly InputFile[] = Object.entries(raw)
  .map(([path, text]) => ({ name: path.slice(path.lastIndexOf("/") + 1), text }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

/** What the page calls the example. */
export const EXAMPLE_LABEL = "Example: Blinken's visit to China, April 2024";

/** The base name of files exported from the example. */
export const EXAMPLE_SLUG = "blinken-china-2024";
