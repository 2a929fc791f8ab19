import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    alias: {
      "@statecraft/core/node": fileURLToPath(new URL("../core/src/node.ts", import.meta.url)),
      "@statecraft/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      "@statecraft/validate/node": fileURLToPath(
        new URL("../validate/src/node.ts", import.meta.url),
      ),
      "@statecraft/validate": fileURLToPath(new URL("../validate/src/index.ts", import.meta.url)),
      "@statecraft/import/node": fileURLToPath(new URL("../import/src/node.ts", import.meta.url)),
      "@statecraft/import": fileURLToPath(new URL("../import/src/index.ts", import.meta.url)),
    },
  },
  test: {
    name: "cli",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The tests run the built command, as users do; build it once first.
    globalSetup: ["test/build.global.ts"],
    testTimeout: 120_000,
  },
});
