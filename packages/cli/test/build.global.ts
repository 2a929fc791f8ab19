import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Builds the CLI bundle the tests spawn (in a child process: the setup may run where chdir is not allowed). */
export default function setup(): void {
  execFileSync("pnpm", ["exec", "tsup", "--silent"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: ["ignore", "ignore", "inherit"],
  });
}
