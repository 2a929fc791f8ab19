import { collect } from "./src/importer.js";
import { hsgTravels } from "./src/importers/hsg-travels.js";
import { fileInput, expandPaths } from "./src/internal/files.js";
import { formatReport } from "./src/report.js";
const paths = await expandPaths(process.argv.slice(2), [".xml"]);
const t = performance.now();
const { records, report } = await collect(hsgTravels.import(paths.map(fileInput)));
console.log(formatReport(report), records.length, performance.now() - t);
console.log(JSON.stringify(records.filter(r => r.id.startsWith("hsg-trip-4229") || r.id === "hsg-person-blinken-antony-j"), null, 1).slice(0, 3000));
