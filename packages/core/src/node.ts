/**
 * File-system helpers for Node.js shared by every Statecraft package that reads or writes files:
 * `@statecraft/core/node`. The root entry, `@statecraft/core`, stays free of `node:` imports.
 *
 * @packageDocumentation
 */
export * from "./node/bounded-read.js";
export * from "./node/byte-size.js";
export * from "./node/file-kind.js";
export * from "./node/file-walk.js";
export {
  isFolderPath,
  type OutputContent,
  type OutputFile,
  type OutputOptions,
  type WrittenFile,
  writeOutputFile,
  writeOutputFiles,
} from "./node/output-file.js";
export { findOutputOverInput, type OutputOverInput } from "./node/same-file.js";
export { releaseTemporaryFile, trackTemporaryFile } from "./node/temporary-files.js";
