#!/usr/bin/env node
// Entry point of the `statecraft` command. Kept tiny: `--version` is answered without loading
// anything else, and every command is loaded on demand (see registry.ts).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${__STATECRAFT_VERSION__}\n`);
} else {
  import("./main.js").then(
    ({ main }) => main(argv),
    (error: unknown) => {
      process.stderr.write(
        `statecraft: internal error: could not load the command (${String(error)})\n`,
      );
      process.exitCode = 3;
    },
  );
}
