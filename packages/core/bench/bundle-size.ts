// Prints how much of @statecraft/core (and zod) a user's bundle carries for a few typical imports,
// against the budgets in docs/performance.md. Each entry is bundled with esbuild against the built
// `dist/index.js` as a user's bundler would see it (`--bundle --minify --format=esm`, the package's
// `sideEffects` honoured), then gzipped (zlib's default level, as `gzip` uses). It prints figures
// and asserts nothing. Build first; run with `pnpm --filter @statecraft/core bundle-size`
// (`--inputs` also lists the largest modules in each bundle).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

const DIST_INDEX = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const KB = 1024;

interface Case {
  readonly label: string;
  readonly source: string;
  /** The gzip budget in KB, or undefined for a figure reported without one. */
  readonly budgetKb: number | undefined;
}

const CASES: readonly Case[] = [
  {
    label: "parsePartialDate alone",
    source: `import { parsePartialDate } from "@statecraft/core"; console.log(parsePartialDate("2024"));`,
    budgetKb: 8,
  },
  {
    label: "MeetingSchema + parse",
    source: `import { MeetingSchema } from "@statecraft/core"; console.log(MeetingSchema.safeParse(globalThis.input));`,
    budgetKb: 45,
  },
  {
    label: "all of core (import * as core)",
    source: `import * as core from "@statecraft/core"; console.log(core);`,
    budgetKb: 60,
  },
];

/** Resolves `@statecraft/core` to the built entry, so the bundle sees what users install. */
const builtCore: Plugin = {
  name: "built-core",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@statecraft\/core$/ }, () => ({ path: DIST_INDEX }));
  },
};

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

async function measure(entry: Case, listInputs: boolean): Promise<void> {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: listInputs,
    logLevel: "error",
    plugins: [builtCore],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code).byteLength;
  const verdict =
    entry.budgetKb === undefined
      ? ""
      : `  budget ≤ ${entry.budgetKb} KB gzip: ${gzip <= entry.budgetKb * KB ? "met" : "over"}`;
  console.log(
    `${entry.label.padEnd(34)} ${kb(code.byteLength).padStart(10)} min ${kb(gzip).padStart(9)} gzip${verdict}`,
  );
  if (listInputs && result.metafile) {
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output?.inputs ?? {})
      .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
      .slice(0, 8);
    for (const [path, { bytesInOutput }] of inputs) {
      console.log(
        `    ${kb(bytesInOutput).padStart(10)}  ${path.replace(/^.*node_modules\//, "")}`,
      );
    }
  }
}

if (!existsSync(DIST_INDEX)) {
  console.error(`${DIST_INDEX} is missing: build @statecraft/core first.`);
  process.exit(1);
}
console.log("esbuild --bundle --minify --format=esm against dist/index.js; gzip at zlib's default");
const listInputs = process.argv.includes("--inputs");
for (const entry of CASES) await measure(entry, listInputs);
