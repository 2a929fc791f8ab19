import type { StatecraftRecord } from "@statecraft/core";
import type { RuleCode } from "../rule-codes.js";

/** Reports one problem found in a record: its code, message and JSON Pointer within the record. */
export type Report = (code: RuleCode, message: string, pointer: string) => void;

/**
 * A rule over one record that already passed the schemas; it reports through `report`.
 *
 * @internal
 */
export type RecordRule = (record: StatecraftRecord, report: Report) => void;
