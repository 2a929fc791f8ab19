import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    alias: [
      {
        find: /^@statecraft\/core$/,
        replacement: fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      },
      {
        find: /^@statecraft\/core\/hs$/,
        replacement: fileURLToPath(new URL("../core/src/hs.ts", import.meta.url)),
      },
    ],
  },
  test: {
    name: "import",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
