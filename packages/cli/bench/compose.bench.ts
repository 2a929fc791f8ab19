/**
 * Benchmark of `statecraft merge` and `statecraft diff`, run as users run them (the built
 * command): prints wall time and peak memory (max RSS, from /usr/bin/time when present).
 *
 * 1. merge: the Office of the Historian's travels and visits (../shared/data), imported first.
 * 2. diff: two generated 200,000-record NDJSON datasets differing in 1% of records, against
 *    validating one of them.
 *
 * Run: npx -y pnpm@12.4.2 --filter @statecraft/cli bench
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../../..");
const CLI = join(ROOT, "packages/cli/dist/cli.js");
const SHARED = join(ROOT, "../shared/data");
const DIR = mkdtempSync(join(tmpdir(), "statecraft-compose-bench-"));
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function timed(
  label: string,
  args: string[],
): { seconds: number; cpu: number | undefined; rssMb: number | undefined } {
  const command = TIME ? TIME : process.execPath;
  const full = TIME ? ["-f", "%M %U %S", process.execPath, CLI, ...args] : [CLI, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, full, { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && !(args[0] === "diff" && result.status === 1))
    throw new Error(`${label} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const [kb, user, system] = TIME
    ? (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number)
    : [];
  const rssMb = kb !== undefined && Number.isFinite(kb) ? kb / 1024 : undefined;
  const cpu = user !== undefined && system !== undefined ? user + system : undefined;
  console.log(
    `${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s wall${cpu === undefined ? "" : ` ${cpu.toFixed(2).padStart(7)} s CPU`}${rssMb === undefined ? "" : `  ${rssMb.toFixed(0).padStart(6)} MB max RSS`}`,
  );
  return { seconds, cpu, rssMb };
}

async function writeDataset(path: string, n: number, changed: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (record: object) =>
    new Promise<void>((resolve) => {
      if (out.write(`${JSON.stringify(record)}\n`)) resolve();
      else out.once("drain", resolve);
    });
  await write({ id: "src", type: "source", kind: "dataset", title: "Generated" });
  const states = 200;
  for (let i = 0; i < states; i++)
    await write({ id: `state-${i}`, type: "actor", kind: "state", name: `State ${i}` });
  const persons = Math.floor(n / 10);
  for (let i = 0; i < persons; i++)
    await write({
      id: `person-${i}`,
      type: "actor",
      kind: "person",
      name: `Person ${i}`,
      nationality: [`state-${i % states}`],
    });
  const meetings = n - persons - states - 1;
  const every = Math.floor(meetings / changed);
  for (let i = 0; i < meetings; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    await write({
      id: `meeting-${i}`,
      type: "meeting",
      kind: "visit",
      title: `Visit ${i}`,
      status: changed > 0 && i % every === 0 ? "held" : "planned",
      date: `2020-01-${day}`,
      location: { state: `state-${(i * 7) % states}` },
      participants: [
        { actor: `person-${i % persons}`, role: "visitor", attendance: "attended" },
        { actor: `state-${(i * 7) % states}`, role: "host", attendance: "attended" },
      ],
      sources: [{ source: "src", locator: `row ${i}` }],
    });
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

try {
  if (existsSync(join(SHARED, "hsg-travels")) && existsSync(join(SHARED, "hsg-visits"))) {
    const travels = join(DIR, "travels/");
    const visits = join(DIR, "visits/");
    spawnSync(process.execPath, [
      CLI,
      "import",
      "hsg-travels",
      join(SHARED, "hsg-travels/secretary-travels"),
      join(SHARED, "hsg-travels/president-travels"),
      "-o",
      travels,
    ]);
    spawnSync(process.execPath, [
      CLI,
      "import",
      "hsg-visits",
      join(SHARED, "hsg-visits/data"),
      "-o",
      visits,
    ]);
    timed("validate travels/ (6,578 records)", ["validate", travels]);
    timed("merge travels/ visits/ (11,475 records)", [
      "merge",
      travels,
      visits,
      "-o",
      join(DIR, "merged/"),
    ]);
  } else
    console.log("../shared/data not found: the merge benchmark needs the HSG travels and visits");

  const n = 200_000;
  await writeDataset(join(DIR, "old.ndjson"), n, 0);
  await writeDataset(join(DIR, "new.ndjson"), n, n / 100);
  const validate = timed("validate old.ndjson (200,000 records)", [
    "validate",
    join(DIR, "old.ndjson"),
  ]);
  const diff = timed("diff old.ndjson new.ndjson (1% differ)", [
    "diff",
    join(DIR, "old.ndjson"),
    join(DIR, "new.ndjson"),
    "--format",
    "json",
  ]);
  const cpuRatio = diff.cpu && validate.cpu ? `, ${(diff.cpu / validate.cpu).toFixed(2)}x CPU` : "";
  const memory =
    validate.rssMb && diff.rssMb ? `, ${(diff.rssMb / validate.rssMb).toFixed(2)}x memory` : "";
  console.log(
    `diff / validate: ${(diff.seconds / validate.seconds).toFixed(2)}x wall${cpuRatio}${memory}`,
  );
} finally {
  if (!process.env.KEEP) rmSync(DIR, { recursive: true, force: true });
}
