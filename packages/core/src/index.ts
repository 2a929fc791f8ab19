/**
 * Zod schemas, inferred types, partial dates, reference data and query helpers for
 * diplomatic-engagement data: who met whom, where, when and about what; which positions actors
 * take; which tariffs states impose; and which source says so.
 *
 * @packageDocumentation
 */

export { ACTOR_KINDS, type Actor, type ActorKind, ActorSchema, actorDisplayName } from "./actor.js";
export { type Citation, CitationSchema, CitationsSchema } from "./citation.js";
export {
  type CompanyRate,
  CompanyRateSchema,
  EXPORTER_GROUPS,
  type ExporterGroup,
} from "./company-rate.js";
export { type Counterpart, type CounterpartsOptions, counterparts } from "./counterpart.js";
export {
  type Country,
  CountryCodeSchema,
  countries,
  getCountry,
  getRetiredCountryCode,
  isCountryCode,
  type RetiredCountryCode,
} from "./country.js";
export {
  DATASET_KEYS,
  type Dataset,
  type DatasetFile,
  DatasetFileSchema,
  DatasetSchema,
  datasetRecords,
  RecordSchema,
  type RecordTypeMap,
  type StatecraftRecord,
  toDataset,
} from "./dataset.js";
export { createDatasetIndex, DatasetIndex, type IncomingReference } from "./dataset-index.js";
export {
  compareDates,
  type DateInterval,
  type DateParseResult,
  type DatePoint,
  type DatePrecision,
  dateBounds,
  dateContains,
  datePrecision,
  datesOverlap,
  formatPartialDate,
  isDateInterval,
  isDefinitelyAfter,
  isDefinitelyBefore,
  isPartialDate,
  type PartialDate,
  PartialDateSchema,
  parsePartialDate,
  safeParsePartialDate,
} from "./date.js";
export {
  AdValoremDutySchema,
  AlternativeDutySchema,
  CompoundDutySchema,
  type Duty,
  DutySchema,
  formatDuty,
  SpecificDutySchema,
} from "./duty.js";
// Every generated record interface, including the ones above and the union members (`AdValoremDuty`…).
export type * from "./generated/types.js";
export {
  HS_NOMENCLATURE_VERSIONS,
  type HsLevel,
  hsCodeLevel,
  hsParent,
  isHsCode,
  normalizeHsCode,
} from "./hs-code.js";
export {
  IDENTIFIER_SCHEMES,
  type Identifier,
  IdentifierSchema,
  type IdentifierScheme,
  IdentifiersSchema,
} from "./identifier.js";
export { ISSUE_CATEGORIES, type Issue, type IssueCategory, IssueSchema } from "./issue.js";
export { type IssuePosition, positionsOf, positionsOn } from "./issue-query.js";
export {
  JSON_SCHEMA_BASE_URL,
  JSON_SCHEMA_NAMES,
  type JsonSchemaName,
  toJsonSchema,
} from "./json-schema.js";
export { type LegalBasis, LegalBasisSchema } from "./legal-basis.js";
export { type Location, LocationSchema } from "./location.js";
export {
  type AgendaItem,
  AgendaItemSchema,
  MEETING_KINDS,
  MEETING_STATUSES,
  type Meeting,
  type MeetingKind,
  MeetingSchema,
  type MeetingStatus,
  type Outcome,
  OutcomeSchema,
  REMOTE_MEETING_KINDS,
} from "./meeting.js";
export {
  type Attendee,
  attendees,
  childMeetings,
  compareMeetings,
  issuesRaised,
  type MeetingsOfOptions,
  meetingsBetween,
  meetingsOf,
  type TimelineOptions,
  timeline,
} from "./meeting-query.js";
export {
  CONCURRENCY_BASES,
  type ConcurrencyBasis,
  isOfficeNamed,
  OFFICE_ROLES,
  type Office,
  type OfficeRole,
  OfficeSchema,
  type OfficeTerm,
  officesHeldOn,
  officesOverlap,
} from "./office.js";
export {
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationKind,
  OrganizationSchema,
} from "./organization.js";
export {
  ATTENDANCE_MODES,
  ATTENDANCE_STATUSES,
  type AttendanceMode,
  type AttendanceStatus,
  PARTICIPANT_ROLES,
  type Participant,
  type ParticipantRole,
  ParticipantSchema,
} from "./participant.js";
export { type Person, PersonSchema } from "./person.js";
export {
  MEMBER_SHARES,
  type MemberShare,
  type Position,
  PositionSchema,
  STANCES,
  type Stance,
} from "./position.js";
export { printable } from "./printable.js";
export {
  PRODUCT_SCHEMES,
  type ProductCode,
  ProductCodeSchema,
  type ProductScheme,
} from "./product-code.js";
export { type AlternateName, AlternateNameSchema } from "./record.js";
export {
  forEachReference,
  RECORD_SHAPE_SCHEMAS,
  type RecordReference,
  type RecordShape,
  type ReferenceVisitor,
  recordReferences,
} from "./record-references.js";
export {
  IdSchema,
  RECORD_TYPES,
  type RecordType,
  type ReferenceTarget,
  reference,
  referenceRegistry,
} from "./reference-field.js";
export {
  isAtMeeting,
  type MeetingParty,
  meetingParties,
  representedBy,
} from "./representation.js";
export {
  arrayElement,
  CONTAINER_TYPES,
  derivesFrom,
  discriminatorOf,
  discriminatorValues,
  EACH_ITEM,
  KNOWN_TYPES,
  LEAF_TYPES,
  objectShape,
  type SchemaCheck,
  type SchemaPath,
  type SchemaPathStep,
  type SchemaVisitor,
  schemaChecks,
  schemaChildren,
  schemaDef,
  schemaType,
  type Unwrapped,
  unionOptionFor,
  unionOptions,
  unwrap,
  unwrapOnce,
  visitSchema,
  WRAPPER_TYPES,
  type WrapperType,
} from "./schema-walk.js";
export { SOURCE_KINDS, type Source, type SourceKind, SourceSchema } from "./source.js";
export {
  type SovereigntyClaim,
  SovereigntyClaimSchema,
  STATEHOOD_STATUSES,
  type State,
  type StatehoodStatus,
  StateSchema,
} from "./state.js";
export {
  CORE_ERROR_CODES,
  type CoreErrorCode,
  StatecraftCoreError,
  StatecraftError,
} from "./statecraft-error.js";
export {
  TARIFF_STAGES,
  TARIFF_STATUSES,
  type Tariff,
  type TariffDates,
  TariffDatesSchema,
  type TariffPhase,
  TariffPhaseSchema,
  TariffSchema,
  type TariffStage,
  type TariffStatus,
  TRADE_MEASURES,
  type TradeMeasure,
} from "./tariff.js";
export {
  dutyInForce,
  tariffsImposedBy,
  tariffsOnProduct,
  tariffsTargeting,
} from "./tariff-query.js";
export { isWellFormedText } from "./well-formed-text.js";
