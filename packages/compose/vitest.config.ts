import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";
import { zodAlias } from "../../vitest.zod.ts";

export default defineProject({
  resolve: {
    alias: [
      ...zodAlias(),
      {
        find: /^@statecraft\/core\/node$/,
        replacement: fileURLToPath(new URL("../core/src/node.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/core$/,
        replacement: fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    name: "compose",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
