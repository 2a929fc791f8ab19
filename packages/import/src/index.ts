/**
 * Importers that turn public datasets into valid Statecraft records: the Office of the
 * Historian's travels and visits, and more. Every importer streams its input, cites the source
 * dataset and the original row in each record, never stops at a bad row, and reports how many
 * rows it read, imported, merged and skipped, and why.
 *
 * Reading files from disk and writing YAML/JSON/NDJSON output live in `@statecraft/import/node`.
 *
 * @packageDocumentation
 */

export { collect } from "./collect.js";
export type {
  Importer,
  ImporterInfo,
  ImportOptions,
  ImportRun,
} from "./define-importer.js";
export {
  type ActorResolver,
  CAMEO_MEETING_CODES,
  CAMEO_MEETINGS,
  type CameoActor,
  type CameoEvent,
  type CameoMeetingCode,
  type CameoMeetingMapping,
  isCameoMeetingCode,
  type PloverActor,
  type PloverEvent,
  toCameo,
  toPlover,
} from "./event-codes.js";
export {
  IMPORT_ERROR_CODES,
  type ImportErrorCode,
  StatecraftImportError,
} from "./import-error.js";
export { gdelt } from "./importers/gdelt.js";
export { hsgTravels } from "./importers/hsg-travels/index.js";
export { hsgVisits } from "./importers/hsg-visits.js";
export { icews } from "./importers/icews.js";
export { plover } from "./importers/plover.js";
export { popolo } from "./importers/popolo/index.js";
export { section301 } from "./importers/section301/index.js";
export { usitc } from "./importers/usitc.js";
export { type ImportInput, inputFromText } from "./input.js";
export { IMPORTERS, type ImporterName, isImporterName } from "./registry.js";
export {
  formatReport,
  type ImportReport,
  type ImportSeverity,
  type ImportWarning,
} from "./report.js";
