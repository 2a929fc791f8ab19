// Writes the bundled example dataset as linked data through the built @statecraft/jsonld:
// out/blinken-china-2024.jsonld (compacted JSON-LD) and out/blinken-china-2024.nq (canonical N-Quads).
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RecordSchema, toDataset } from "@statecraft/core";
import { writeExport } from "@statecraft/jsonld/node";
import { parse } from "yaml";

const dir = new URL("../examples/blinken-china-2024/", import.meta.url).pathname;
const out = new URL("../out/", import.meta.url).pathname;
const records = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .flatMap((file) =>
    parse(readFileSync(join(dir, file), "utf8")).map((value) => RecordSchema.parse(value)),
  );
const dataset = toDataset(records, {
  name: "Blinken's visit to China, April 2024",
  description: "Every person, meeting, issue, position and tariff in an AP dispatch of 2024-04-21.",
  license: "CC0-1.0",
});
const base = "https://w3id.org/statecraft/examples/blinken-china-2024/";
mkdirSync(out, { recursive: true });
for (const [format, file, canonical] of [
  ["jsonld", "blinken-china-2024.jsonld", false],
  ["nquads", "blinken-china-2024.nq", true],
]) {
  const { bytes } = await writeExport(dataset, {
    format,
    base,
    canonical,
    output: join(out, file),
  });
  console.log(`out/${file}: ${records.length} records, ${bytes} bytes`);
}
