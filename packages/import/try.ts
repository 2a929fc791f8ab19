import { collect } from "./src/importer.js";
import { hsgVisits } from "./src/importers/hsg-visits.js";
import { fileInput, expandPaths } from "./src/internal/files.js";
import { formatReport } from "./src/report.js";
const paths = await expandPaths(process.argv.slice(2), [".xml"]);
const t = performance.now();
const { records, report } = await collect(hsgVisits.import(paths.map(fileInput)));
console.log(formatReport(report), records.length, performance.now() - t);
console.log(JSON.stringify(records.filter(r => r.id === "hsg-visit-3196" || r.id === "hsg-visit-3201" || r.id.includes("xi-jinping")), null, 1).slice(0, 3000));
