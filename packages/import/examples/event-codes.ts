/**
 * `pnpm --filter @statecraft/import exec tsx examples/event-codes.ts [file.tsv]`: imports ICEWS
 * events (the fixture by default) and codes the meetings back as CAMEO and PLOVER events.
 */
import { fileURLToPath } from "node:url";
import type { Actor } from "@statecraft/core";
import { collect, IMPORTERS, toCameo, toPlover } from "../src/index.js";
import { readInputs } from "../src/node.js";

const file =
  process.argv[2] ??
  fileURLToPath(
    new URL("../test/fixtures/icews/icews-events-2018-06-01_02-sample.tsv", import.meta.url),
  );
const { records } = await collect(
  IMPORTERS.icews.import(await readInputs([file], [".tsv", ".tab"])),
);
const actors = new Map(
  records.flatMap((r): [string, Actor][] => (r.type === "actor" ? [[r.id, r]] : [])),
);
const resolve = (id: string) => actors.get(id);
for (const meeting of records) {
  if (meeting.type !== "meeting") continue;
  const cameo = toCameo(meeting, resolve)
    .map((e) => `${e.code} ${e.source.code ?? "?"}${e.target ? ` -> ${e.target.code ?? "?"}` : ""}`)
    .join("; ");
  const plover = toPlover(meeting, resolve);
  const mode = plover?.mode ? `/${plover.mode}` : "";
  console.log(
    `${meeting.id.padEnd(26)} ${meeting.title.padEnd(57)} CAMEO ${cameo.padEnd(18)} PLOVER ${plover?.event}${mode}`,
  );
}
