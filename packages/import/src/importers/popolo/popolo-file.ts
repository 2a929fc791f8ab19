import type { RowRef } from "../../internal/context.js";
import type { JsonDocument } from "../../internal/json.js";

/** One Popolo file being imported: its document, the state it is about and how its rows are located. */
export interface PopoloFile {
  /** The parsed document. */
  readonly doc: JsonDocument;
  /** The file's name, as reported. */
  readonly file: string;
  /** The id of the state the file is about, when its path names one. */
  readonly state: string | undefined;
  /** What makes ids of this file unique: the country code, else the file name. */
  readonly scope: string;
  /** Where a row is; its line is looked up only when a warning is first reported (a search of the whole text). */
  where(key: string, id: string, row?: string): RowRef;
}
