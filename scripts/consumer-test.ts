/**
 * `pnpm test:consumer`: installs the packed tarballs of the published packages into fresh
 * projects and uses them as a user would, in three setups: ES modules with TypeScript's
 * `moduleResolution: node16`, ES modules with `moduleResolution: bundler`, and CommonJS.
 *
 * 1. Builds the published packages (turbo, cached) and packs each with `pnpm pack`, which turns
 *    `workspace:^` into real versions; a packed `package.json` still holding `workspace:` fails.
 * 2. For each setup, in a fresh temp folder: `npm install` the tarballs with `zod` (the peer),
 *    `typescript` and `@types/node` at the versions the repository pins; type-checks
 *    `consumer/consumer.ts` with `tsc --noEmit` (strict, no `skipLibCheck`) and prints the time;
 *    compiles it (`tsc --noCheck`) and runs it with Node on a copy of
 *    `examples/blinken-china-2024`. The script validates records built in code, loads the example,
 *    asks who met whom, round-trips it through N-Quads and runs the installed `statecraft` bin.
 *
 * The CommonJS project is also type-checked with `moduleResolution: node10` (resolution only, with
 * `skipLibCheck`), which finds the subpaths' types through `typesVersions`.
 *
 * Any failing command or check stops the run with a non-zero exit. The temp folders are removed
 * at the end, whatever happened (`--keep` keeps them, for debugging).
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { REPO_ROOT } from "./generated-file.ts";

const PACKAGES = ["core", "validate", "jsonld", "import", "compose", "tables", "cli"];
const PNPM = ["-y", "pnpm@12.4.2"];
const EXAMPLE = join(REPO_ROOT, "examples/blinken-china-2024");
const CONSUMER = join(REPO_ROOT, "scripts/consumer/consumer.ts");

interface Setup {
  /** The folder name and the label printed. */
  readonly name: string;
  /** The consumer project's `type`. */
  readonly type: "module" | "commonjs";
  /** The format the compiled script must run as. */
  readonly format: "esm" | "cjs";
  /** `module` and `moduleResolution` for TypeScript. */
  readonly compilerOptions: { readonly module: string; readonly moduleResolution: string };
}

const SETUPS: readonly Setup[] = [
  {
    name: "esm-node16",
    type: "module",
    format: "esm",
    compilerOptions: { module: "node16", moduleResolution: "node16" },
  },
  {
    name: "esm-bundler",
    type: "module",
    format: "esm",
    compilerOptions: { module: "esnext", moduleResolution: "bundler" },
  },
  {
    name: "cjs",
    type: "commonjs",
    format: "cjs",
    compilerOptions: { module: "node16", moduleResolution: "node16" },
  },
];

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

/** The version the repository pins for a dev dependency, read from a `package.json`. */
function pinned(packageJson: string, name: string): string {
  const deps = readJson(join(REPO_ROOT, packageJson)).devDependencies as Record<string, string>;
  const version = deps[name];
  if (version === undefined || !/^\d/.test(version))
    throw new Error(`${packageJson} pins no exact version of ${name}`);
  return version;
}

/** Runs a command; a non-zero exit throws with its output. */
function run(command: string, args: readonly string[], cwd: string, quiet = false): string {
  const shown = `${command} ${args.join(" ")}`;
  if (!quiet) process.stdout.write(`  $ ${shown}\n`);
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`command failed in ${cwd}: ${shown}\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

function step(text: string): void {
  process.stdout.write(`\n== ${text}\n`);
}

const keep = process.argv.includes("--keep");
const root = mkdtempSync(join(tmpdir(), "statecraft-consumer-"));
const started = performance.now();
try {
  const versions = {
    zod: pinned("packages/core/package.json", "zod"),
    typescript: pinned("package.json", "typescript"),
    "@types/node": pinned("package.json", "@types/node"),
  };

  step("build the published packages");
  run(
    "npx",
    [
      ...PNPM,
      "exec",
      "turbo",
      "run",
      "build",
      "--output-logs=errors-only",
      ...PACKAGES.map((p) => `--filter=@statecraft/${p}`),
    ],
    REPO_ROOT,
  );

  step(`pack them (pnpm pack) into ${root}/tarballs`);
  const tarballs = join(root, "tarballs");
  mkdirSync(tarballs);
  for (const name of PACKAGES) {
    run(
      "npx",
      [...PNPM, "pack", "--pack-destination", tarballs],
      join(REPO_ROOT, "packages", name),
      true,
    );
  }
  const files = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"));
  if (files.length !== PACKAGES.length)
    throw new Error(`expected ${PACKAGES.length} tarballs, found ${files.join(", ")}`);
  for (const file of files) {
    const manifest = run(
      "tar",
      ["-xzOf", join(tarballs, file), "package/package.json"],
      root,
      true,
    );
    if (manifest.includes("workspace:"))
      throw new Error(`${file}: the packed package.json still holds a workspace: range`);
    const {
      name,
      version,
      dependencies = {},
    } = JSON.parse(manifest) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
    };
    const own = Object.entries(dependencies)
      .filter(([dep]) => dep.startsWith("@statecraft/"))
      .map(([dep, range]) => `${dep}@${range}`);
    process.stdout.write(
      `  ${file}: ${name}@${version}${own.length ? ` -> ${own.join(", ")}` : ""}\n`,
    );
  }

  const times: string[] = [];
  for (const setup of SETUPS) {
    step(
      `${setup.name}: ${setup.type}, moduleResolution ${setup.compilerOptions.moduleResolution}`,
    );
    const project = join(root, setup.name);
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: `consumer-${setup.name}`, private: true, type: setup.type }, null, 2)}\n`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      `${JSON.stringify(
        {
          compilerOptions: {
            ...setup.compilerOptions,
            target: "es2022",
            lib: ["es2022"],
            types: ["node"],
            strict: true,
            skipLibCheck: false,
            outDir: "out",
          },
          files: ["consumer.ts"],
        },
        null,
        2,
      )}\n`,
    );
    cpSync(CONSUMER, join(project, "consumer.ts"));
    cpSync(EXAMPLE, join(project, "example"), { recursive: true });

    run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        ...files.map((f) => join(tarballs, f)),
        `zod@${versions.zod}`,
        `typescript@${versions.typescript}`,
        `@types/node@${versions["@types/node"]}`,
      ],
      project,
    );

    const tsc = join(project, "node_modules/typescript/bin/tsc");
    const before = performance.now();
    process.stdout.write(run("node", [tsc, "--noEmit", "-p", "."], project));
    const seconds = ((performance.now() - before) / 1000).toFixed(1);
    process.stdout.write(`  tsc --noEmit (strict, no skipLibCheck): ${seconds} s\n`);
    times.push(`${setup.name} ${seconds} s`);

    if (setup.format === "cjs") {
      // TypeScript's `node10` resolution ignores `exports`: the subpaths' types come from
      // `typesVersions`. Resolution only, so `skipLibCheck` keeps it quick.
      run(
        "node",
        [
          tsc,
          "--noEmit",
          "-p",
          ".",
          "--module",
          "commonjs",
          "--moduleResolution",
          "node10",
          "--skipLibCheck",
        ],
        project,
      );
    }
    run("node", [tsc, "--noCheck", "-p", "."], project);
    process.stdout.write(run("node", ["out/consumer.js", setup.format, "example/"], project));
  }

  step("consumer test passed");
  process.stdout.write(`  tsc --noEmit times: ${times.join(", ")}\n`);
  process.stdout.write(`  total ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
} catch (error) {
  process.stderr.write(
    `\nconsumer test FAILED\n${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  if (keep) process.stdout.write(`  kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
}
