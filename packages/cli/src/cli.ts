#!/usr/bin/env node
// The `statecraft` binary. Node's own compile cache (Node >= 22.1) is turned on before anything
// else is loaded, so later starts skip compiling the command; Node 20 has none and starts as is.
import * as nodeModule from "node:module";

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import("./main.js");
await main(process.argv.slice(2));
