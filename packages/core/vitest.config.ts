import { defineProject } from "vitest/config";
import { zodAlias } from "../../vitest.zod.ts";

export default defineProject({
  resolve: { alias: zodAlias() },
  test: {
    name: "core",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
  },
});
