/**
 * The consumer script of `pnpm test:consumer` (`scripts/consumer-test.ts`): what a user of the
 * published packages writes, type-checked with `tsc --noEmit` and run with Node in a project that
 * installs the packed tarballs. The same source serves the three setups (ESM with `node16`, ESM
 * with `bundler`, CommonJS), so it avoids `import.meta` and top-level `await`. It prints one line
 * per check and exits non-zero on the first mismatch.
 *
 * Arguments: the expected module format (`esm` or `cjs`) and the example folder.
 */
import { execFileSync } from "node:child_process";
import {
  type Actor,
  counterparts,
  type Meeting,
  meetingsBetween,
  type Source,
  type StatecraftRecord,
} from "@statecraft/core";
import { fromNQuads, toNQuadsString } from "@statecraft/jsonld";
import { safeValidateDataset } from "@statecraft/validate";
import { loadDataset } from "@statecraft/validate/node";

function check(condition: boolean, what: string, detail?: unknown): void {
  if (!condition) {
    throw new Error(
      `consumer check failed: ${what}${detail === undefined ? "" : `\n${JSON.stringify(detail, null, 2)}`}`,
    );
  }
  console.log(`  ok  ${what}`);
}

const [expectedFormat, exampleFolder] = process.argv.slice(2);

async function main(): Promise<void> {
  // `require` exists only when Node runs this file as CommonJS.
  const format = typeof require === "function" ? "cjs" : "esm";
  check(format === expectedFormat, `runs as ${expectedFormat}`, { format });
  if (format === "cjs") {
    const resolved = require.resolve("@statecraft/validate/node");
    check(resolved.endsWith(".cjs"), "require resolves the CommonJS build", resolved);
  }

  // 1. A dataset built in code: a state, a person with an office, a meeting, a source.
  const usa: Actor = {
    id: "usa",
    type: "actor",
    kind: "state",
    name: "United States",
    iso3166: "US",
  };
  const blinken: Actor = {
    id: "antony-blinken",
    type: "actor",
    kind: "person",
    name: "Antony Blinken",
    offices: [
      {
        title: "Secretary of State",
        role: "foreign_minister",
        state: "usa",
        start: "2021-01-26",
        end: "2025-01-20",
      },
    ],
  };
  const source: Source = {
    id: "ap-2024-04-21",
    type: "source",
    kind: "news_article",
    title: "Blinken will visit China next week",
  };
  const meeting: Meeting = {
    id: "blinken-visit-2024-04",
    type: "meeting",
    kind: "visit",
    status: "planned",
    title: "Blinken's visit",
    date: "2024-04-24/2024-04-26",
    participants: [
      {
        actor: "antony-blinken",
        role: "visitor",
        capacity: "Secretary of State",
        attendance: "confirmed",
      },
      { actor: "usa", role: "participant", attendance: "confirmed" },
    ],
    sources: [{ source: "ap-2024-04-21" }],
  };
  const records: StatecraftRecord[] = [usa, blinken, meeting, source];
  const good = await safeValidateDataset(records);
  check(good.valid, "safeValidateDataset: the dataset built in code is valid", good.problems);

  const broken: Meeting = {
    ...meeting,
    participants: [
      ...meeting.participants,
      { actor: "nobody-known", role: "participant", attendance: "confirmed" },
    ],
  };
  const bad = await safeValidateDataset({
    actors: [usa, blinken],
    meetings: [broken],
    sources: [source],
  });
  check(!bad.valid, "safeValidateDataset: the broken dataset is invalid");
  const dangling = bad.problems.find((p) => p.code === "dangling_reference");
  check(
    dangling?.recordId === "blinken-visit-2024-04",
    "safeValidateDataset: a dangling_reference in the meeting",
    bad.problems,
  );

  // 2. The example dataset from disk, and who met whom.
  const loaded = await loadDataset([exampleFolder ?? "example"]);
  if (!loaded.valid) {
    check(false, "loadDataset: the example is valid", loaded.problems);
    return;
  }
  check(loaded.records.length > 0, `loadDataset: ${loaded.records.length} records, valid`);
  const met = counterparts(loaded.index, "antony-blinken", {
    status: ["held", "planned", "expected", "confirmed"],
  });
  check(
    met.some((c) => c.actorId === "wang-yi"),
    `counterparts: Blinken met ${met.map((c) => `${c.name} (${c.count})`).join(", ")}`,
    met.map((c) => c.actorId),
  );
  const between = meetingsBetween(loaded.index, "antony-blinken", "xi-jinping");
  check(
    between.length > 0,
    `meetingsBetween: Blinken and Xi Jinping, ${between.map((m) => m.id).join(", ")}`,
  );

  // 3. N-Quads out and back in.
  const base = "https://w3id.org/statecraft/examples/blinken-china-2024/";
  const nquads = await toNQuadsString(loaded.records, { base });
  const back = await fromNQuads(nquads, { base });
  const count =
    (back.actors?.length ?? 0) +
    (back.meetings?.length ?? 0) +
    (back.issues?.length ?? 0) +
    (back.tariffs?.length ?? 0) +
    (back.sources?.length ?? 0);
  check(
    count === loaded.records.length,
    `toNQuadsString / fromNQuads: ${nquads.split("\n").length - 1} quads, ${count} records back`,
    { count, loaded: loaded.records.length },
  );

  // 4. The installed command.
  const output = execFileSync(
    "npx",
    ["--no", "statecraft", "validate", exampleFolder ?? "example"],
    {
      encoding: "utf8",
    },
  );
  check(true, `npx statecraft validate exits 0: ${output.trim().split("\n").pop()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
