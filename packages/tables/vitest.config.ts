import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";
import { zodAlias } from "../../vitest.zod.ts";

export default defineProject({
  resolve: {
    alias: [
      ...zodAlias(),
      {
        find: /^@statecraft\/core$/,
        replacement: fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/core\/node$/,
        replacement: fileURLToPath(new URL("../core/src/node.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/validate\/node$/,
        replacement: fileURLToPath(new URL("../validate/src/node.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/validate$/,
        replacement: fileURLToPath(new URL("../validate/src/index.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/import\/node$/,
        replacement: fileURLToPath(new URL("../import/src/node.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/import$/,
        replacement: fileURLToPath(new URL("../import/src/index.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/core\/hs$/,
        replacement: fileURLToPath(new URL("../core/src/hs.ts", import.meta.url)),
      },
    ],
  },
  test: {
    name: "tables",
    // Big-input and end-to-end tests run for seconds on a loaded 2-core CI machine; the budget
    // guards against hangs and asserts nothing about speed (that is `pnpm bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
