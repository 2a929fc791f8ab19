/**
 * `pnpm --filter @statecraft/import import:sample [source] [paths...] [-o out] [--format yaml|json|ndjson]`:
 * what `statecraft import` will do, as library calls. Defaults to the hsg-travels fixtures.
 */
import { fileURLToPath } from "node:url";
import { formatReport, isImporterName } from "../src/index.js";
import { importFiles, type OutputFormat, writeRecords } from "../src/node.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const output = option("-o") ?? "imported";
const format = (option("--format") ?? "yaml") as OutputFormat;
const [source = "hsg-travels", ...paths] = args;
if (!isImporterName(source)) {
  console.error(`unknown source "${source}"`);
  process.exit(2);
}
const inputs =
  paths.length > 0
    ? paths
    : [fileURLToPath(new URL(`../test/fixtures/${source}`, import.meta.url))];
const run = await importFiles(source, inputs);
const written = await writeRecords(run, { format, output });
console.log(formatReport(run.report));
console.log(`wrote ${written.records} records to ${written.files.join(", ")}`);
