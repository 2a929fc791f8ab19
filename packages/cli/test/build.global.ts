import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Builds the command the tests spawn (in a child process: the setup may run where chdir is not
 * allowed). The libraries it imports are built before (turbo's `^build`).
 */
export default function setup(): void {
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  execFileSync(
    fileURLToPath(new URL("../../../node_modules/.bin/tsup", import.meta.url)),
    ["--silent"],
    {
      cwd,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
