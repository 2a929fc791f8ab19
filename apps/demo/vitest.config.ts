import { defineProject, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.js";

export default mergeConfig(
  viteConfig,
  defineProject({
    test: {
      name: "demo",
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      // The end-to-end suite builds the app and drives Chromium: allow for both.
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  }),
);
