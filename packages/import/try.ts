import { readFileSync } from "node:fs";
import { collect, inputFromText, formatReport, IMPORTERS } from "./src/index.js";
const [name, ...files] = process.argv.slice(2);
const importer = (IMPORTERS as Record<string, any>)[name!];
const { records, report } = await collect(importer.import(files.map((f) => inputFromText(f, readFileSync(f)))));
console.log(formatReport(report));
if (process.env.SHOW) for (const r of records.filter((r) => new RegExp(process.env.SHOW!).test(r.id))) console.log(JSON.stringify(r));
