/**
 * The benchmark's datasets: a synthetic one of any size, made by copying the example's meetings
 * with new ids (a trip's legs keep pointing at their own trip's copy) and spreading the copies
 * over the years before the example, and the real Office of the Historian travels and visits,
 * imported with the built CLI from `/work/shared/data` when it is there. Written under the system
 * temp folder, never committed.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const EXAMPLE_DIR = join(REPO, "examples/blinken-china-2024");
const CLI = join(REPO, "packages/cli/dist/cli.js");
/** Where the public data is (see docs/importing-public-data.md). */
export const SHARED_DATA = process.env.STATECRAFT_DATA ?? "/work/shared/data";
/** The benchmark's working folder. */
export const BENCH_DIR = join(tmpdir(), "statecraft-demo-bench");

interface RecordLike {
  id: string;
  type: string;
  parent?: string;
  date?: string;
  [key: string]: unknown;
}

async function exampleRecords(): Promise<RecordLike[]> {
  const names = (await readdir(EXAMPLE_DIR)).filter((name) => name.endsWith(".yaml")).sort();
  const files = await Promise.all(names.map((name) => readFile(join(EXAMPLE_DIR, name), "utf8")));
  return files.flatMap((text) => parse(text) as RecordLike[]);
}

/** Moves every year in a date string `years` back: `2024-04-24/2024-04-26` → `2019-04-24/2019-04-26`. */
function shiftYears(date: string, years: number): string {
  return date.replace(/\b(\d{4})(?=-|\/|$)/g, (year) => String(Number(year) - years));
}

/**
 * Writes a dataset of `meetings` meetings (the example's other records once, its meetings copied
 * with new ids) as one JSON file, and returns its path.
 */
export async function syntheticDataset(meetings: number): Promise<string> {
  const path = join(BENCH_DIR, `synthetic-${meetings}.json`);
  if (existsSync(path)) return path;
  const records = await exampleRecords();
  const originals = records.filter((record) => record.type === "meeting");
  const out: RecordLike[] = records.filter((record) => record.type !== "meeting");
  for (let copy = 0; out.length - (records.length - originals.length) < meetings; copy++) {
    const years = copy % 30;
    for (const meeting of originals) {
      if (out.length - (records.length - originals.length) >= meetings) break;
      // A copy in another year: held (not planned after its source), and without the
      // capacities the participants held in the example's year.
      const moved =
        years === 0
          ? {}
          : {
              status: "held",
              participants: (meeting.participants as { capacity?: string }[]).map(
                ({ capacity: _capacity, ...participant }) => participant,
              ),
            };
      out.push({
        ...meeting,
        ...moved,
        id: `${meeting.id}--${copy}`,
        ...(meeting.parent ? { parent: `${meeting.parent}--${copy}` } : {}),
        ...(meeting.date ? { date: shiftYears(meeting.date, years) } : {}),
      });
    }
  }
  // A leg whose trip fell beyond the cut would dangle: keep the trips of the legs kept.
  const ids = new Set(out.map((record) => record.id));
  const kept = out.filter((record) => record.parent === undefined || ids.has(record.parent));
  await mkdir(BENCH_DIR, { recursive: true });
  await writeFile(path, JSON.stringify(kept));
  return path;
}

/**
 * Imports one Office of the Historian source with the built CLI; returns its files, or none
 * without the data or the CLI (`npx -y pnpm@12.4.2 --filter @statecraft/cli build`).
 */
export async function hsgDataset(source: "hsg-travels" | "hsg-visits"): Promise<string[]> {
  const input = join(SHARED_DATA, source, source === "hsg-visits" ? "data" : "");
  if (!existsSync(input)) return [];
  if (!existsSync(CLI)) {
    console.warn(`${source}: skipped, the CLI is not built (${CLI})`);
    return [];
  }
  const dir = join(BENCH_DIR, source);
  if (!existsSync(join(dir, "meetings.yaml"))) {
    execFileSync(process.execPath, [CLI, "import", source, input, "-o", `${dir}/`, "--force"], {
      stdio: "ignore",
    });
  }
  return ["actors.yaml", "meetings.yaml", "sources.yaml"].map((name) => join(dir, name));
}
