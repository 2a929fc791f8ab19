/** The messages between the page and the dataset worker. */
import type { ExportedFile } from "./export.js";
import type { PreparedRecord } from "./prepared-dataset.js";
import type { Filters } from "./selection.js";
import type { Problem } from "./validation.js";

/** The page asks the worker to load files. */
export interface WorkerRequest {
  /** The files as the user picked them: the worker reads them, the page does not. */
  readonly files: readonly File[];
  /** The name each file is checked under: with its folder when a folder was opened. */
  readonly names: readonly string[];
  /**
   * Export instead of load: the files are checked and prepared again, and the worker sends the
   * JSON-LD of what the filters keep, named `name` (the page's records stay where they are).
   */
  readonly export?: { readonly filters: Filters; readonly name: string };
}

/** What the worker sends back: progress, chunks of prepared records, then the report. */
export type WorkerReply =
  | { readonly type: "progress"; readonly step: string; readonly fraction: number }
  | { readonly type: "records"; readonly chunk: readonly PreparedRecord[] }
  | {
      readonly type: "done";
      readonly problems: readonly Problem[];
      readonly omitted: number;
      readonly valid: boolean;
      /** How many records the files hold (0 when invalid). */
      readonly records: number;
    }
  | { readonly type: "exported"; readonly file: ExportedFile }
  | { readonly type: "failed"; readonly message: string };
