import { build } from "tsup";

/** Builds the CLI bundle the tests spawn. */
export default async function setup(): Promise<void> {
  process.chdir(new URL("..", import.meta.url).pathname);
  await build({ silent: true });
}
