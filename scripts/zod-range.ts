/**
 * `pnpm test:zod-range`: runs the libraries' tests against the lowest and the newest zod 4 that
 * their peer range (`^4.5.0`) allows, each installed from the npm registry into
 * `node_modules/.cache/zod-range/`. The generated JSON Schema and data dictionary are pinned to
 * the zod the repository builds with, so the drift tests compare against those; everything else
 * must hold on every zod of the range.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./generated-file.ts";

const LOWEST = "4.5.0";
const NEWEST = "4";
const PROJECTS = ["core", "validate", "jsonld", "import", "compose", "tables"];

function install(spec: string): { folder: string; version: string } {
  const prefix = join(REPO_ROOT, "node_modules/.cache/zod-range", spec);
  mkdirSync(prefix, { recursive: true });
  execFileSync(
    "npm",
    ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `zod@${spec}`],
    { stdio: "ignore" },
  );
  const folder = join(prefix, "node_modules/zod");
  const { version } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
    version: string;
  };
  return { folder, version };
}

for (const spec of [LOWEST, NEWEST]) {
  const { folder, version } = install(spec);
  process.stdout.write(
    `\nzod ${version} (${spec === LOWEST ? "lowest" : "newest"} of the peer range)\n`,
  );
  execFileSync(
    join(REPO_ROOT, "node_modules/.bin/vitest"),
    ["run", ...PROJECTS.flatMap((project) => ["--project", project])],
    { cwd: REPO_ROOT, stdio: "inherit", env: { ...process.env, STATECRAFT_TEST_ZOD: folder } },
  );
}
