#!/usr/bin/env node
// The `statecraft` binary. `--version` is answered before anything is loaded. Node's own compile
// cache (Node >= 22.1) is turned on before the command is loaded, so later starts skip compiling
// it; Node 20 has none and starts as it is.
import * as nodeModule from "node:module";

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${__STATECRAFT_VERSION__}\n`);
} else {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const { main } = await import("./main.js");
  await main(argv);
}
