export { formatGithub } from "./github.js";
export { formatJson, type JsonReport, toJsonReport } from "./json.js";
export { formatPretty, type PrettyOptions, type PrettyStyles } from "./pretty.js";
export { formatSarif, RULES_DOC_URL, type SarifOptions, toSarif } from "./sarif.js";
export { summaryLine } from "./summary.js";
