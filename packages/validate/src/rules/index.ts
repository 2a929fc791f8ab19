import type { DatasetRule } from "./dataset-rule.js";
import { dateOrder } from "./date-order.js";
import { incompatibleOffices } from "./incompatible-offices.js";
import { heldAfterSource, plannedBeforeSource } from "./meeting-sources.js";
import { officeNotHeld } from "./office-not-held.js";
import { orphanedSource } from "./orphaned-source.js";
import { outsideParentDates } from "./outside-parent-dates.js";
import { unknownProductCode } from "./product-code.js";
import type { RecordRule } from "./record-rule.js";
import { checkReferences } from "./references.js";
import { remoteMeetingLocation } from "./remote-meeting-location.js";
import { tariffPhaseOrder, tariffRateConflict } from "./tariff-schedule.js";

/** The rules run on each record that passed the schemas. */
export const RECORD_RULES: readonly RecordRule[] = [
  dateOrder,
  tariffPhaseOrder,
  tariffRateConflict,
  unknownProductCode,
  incompatibleOffices,
  remoteMeetingLocation,
];

/** The rules run on the whole dataset. */
export const DATASET_RULES: readonly DatasetRule[] = [
  checkReferences,
  officeNotHeld,
  heldAfterSource,
  plannedBeforeSource,
  orphanedSource,
  outsideParentDates,
];
