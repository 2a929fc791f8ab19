import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import { join } from "node:path";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "../../..");
/** The built command the tests run, as users do. */
export const CLI = join(import.meta.dirname, "../dist/cli.js");
/** The example dataset. */
export const EXAMPLE = join(ROOT, "examples/blinken-china-2024");

/** Runs the built `statecraft` command, without colour, and returns its exit code and output. */
export function run(
  args: string[],
  options: SpawnSyncOptions = {},
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
    },
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
