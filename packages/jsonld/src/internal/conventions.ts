/**
 * The explicit part of the mapping: schema.org terms where one fits, names the convention would
 * get wrong, and fields deliberately not exported. Everything else is derived from the zod
 * schemas by convention (see `model.ts`): a class is `sc:` + its schema id, a property is
 * `sc:` + its field name (singular for lists), an enumeration-valued property is `sc:` + its
 * enumeration's name.
 *
 * @module
 */

/** Class IRIs for schema ids that schema.org has a class for. */
export const CLASS_OVERRIDES: Readonly<Record<string, string>> = {
  Person: "schema:Person",
  State: "schema:Country",
  Organization: "schema:Organization",
  Source: "schema:CreativeWork",
  Dataset: "schema:Dataset",
  Location: "schema:Place",
};

/**
 * Nested shapes written as a language-tagged literal (`"习近平"@zh-Hans`) when a value has only a
 * text and a language tag: the shape name, then the field holding the text and the field holding
 * the BCP 47 tag. A value with any other field set (an alternate name's `kind`) keeps the node form.
 */
export const LANGUAGE_TAGGED: Readonly<
  Record<string, { readonly text: string; readonly language: string }>
> = {
  AlternateName: { text: "name", language: "lang" },
};

/**
 * Property IRIs, keyed by `Shape.field` or `*.field` (any shape). `Shape.field` wins.
 */
export const PROPERTY_OVERRIDES: Readonly<Record<string, string>> = {
  "*.name": "schema:name",
  "*.title": "schema:name",
  "*.description": "schema:description",
  "*.url": "schema:url",
  "*.sources": "sc:citation",
  "*.wikidata": "schema:sameAs",
  "*.lang": "schema:inLanguage",
  "*.currency": "schema:currency",
  "*.unit": "schema:unitText",
  "*.license": "schema:license",
  "Office.title": "schema:roleName",
  "Office.start": "schema:startDate",
  "Office.end": "schema:endDate",
  "Person.nationality": "schema:nationality",
  "Organization.parent": "schema:parentOrganization",
  "Meeting.parent": "schema:superEvent",
  "Meeting.location": "schema:location",
  "Participant.location": "schema:location",
  "Location.place": "schema:name",
  "Source.publisher": "schema:publisher",
  "Source.authors": "schema:author",
  "Source.published": "schema:datePublished",
  "Source.dateline": "schema:dateline",
  "Source.language": "schema:inLanguage",
  "Source.identifier": "schema:identifier",
  "Tariff.schedule": "sc:phase",
  "LegalBasis.citation": "sc:legalCitation",
  "ProductCode.version": "sc:nomenclatureVersion",
  "ProductCode.code": "sc:productCode",
};

/**
 * Names of enumerations (the class of their values), keyed by `Shape.field`. Without an entry an
 * enumeration is named `Shape` + `Field` (`Meeting.status` → `MeetingStatus`), or just `Field` when
 * the field name already starts with the shape name (`Organization.organizationKind` → `OrganizationKind`).
 */
export const ENUMERATION_NAMES: Readonly<Record<string, string>> = {
  "Position.stance": "Stance",
  "Participant.attendance": "AttendanceStatus",
  "State.statehood": "StatehoodStatus",
  "Tariff.measure": "TradeMeasure",
  "ProductCode.scheme": "ProductScheme",
  "AlternativeDuty.rule": "DutyRule",
  "Office.concurrency": "ConcurrencyBasis",
  "Participant.attendanceMode": "AttendanceMode",
  "Position.members": "MemberShare",
  "CompanyRate.exporters": "ExporterGroup",
};

/** Fields whose order carries meaning: exported as an `rdf:List` (`@container: @list`). */
export const LIST_FIELDS: ReadonlySet<string> = new Set(["Source.authors"]);

/** Fields holding a Wikidata item id, exported as the entity IRI (`wd:Q…`). */
export const WIKIDATA_FIELDS: ReadonlySet<string> = new Set(["*.wikidata"]);

/**
 * Fields of the exported schemas that deliberately have no term, with the reason. Record `id`,
 * `type` and actor/duty `kind` are not listed: they become `@id` and `@type`.
 */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  "Dataset.$schema":
    "An editor hint naming the JSON Schema of the file; it says nothing about the data.",
  "Dataset.actors": "Record lists are the document's `@graph`, not properties of the dataset.",
  "Dataset.meetings": "Record lists are the document's `@graph`, not properties of the dataset.",
  "Dataset.issues": "Record lists are the document's `@graph`, not properties of the dataset.",
  "Dataset.tariffs": "Record lists are the document's `@graph`, not properties of the dataset.",
  "Dataset.sources": "Record lists are the document's `@graph`, not properties of the dataset.",
};

/** Organisation kinds that are also `schema:GovernmentOrganization`. */
export const GOVERNMENT_ORGANIZATION_KINDS: ReadonlySet<string> = new Set([
  "government",
  "government_body",
  "ministry",
  "military",
  "legislature",
]);

/** schema.org event status for each meeting status. */
export const EVENT_STATUS: Readonly<Record<string, string>> = {
  planned: "schema:EventScheduled",
  expected: "schema:EventScheduled",
  confirmed: "schema:EventScheduled",
  held: "schema:EventScheduled",
  postponed: "schema:EventPostponed",
  cancelled: "schema:EventCancelled",
};

/** Attendance statuses whose participant is a `schema:attendee` of the meeting. */
export const ATTENDEE_STATUSES: ReadonlySet<string> = new Set([
  "attended",
  "confirmed",
  "expected",
]);

/** Participant roles whose participant is a `schema:organizer` of the meeting. */
export const ORGANIZER_ROLES: ReadonlySet<string> = new Set(["host", "chair"]);

/**
 * Namespaces of the vocabularies the `sc:` terms are aligned with (used in `vocab.ttl` only; the
 * exported data does not use them).
 */
export const ALIGNMENT_PREFIXES: Readonly<Record<string, string>> = {
  owl: "http://www.w3.org/2002/07/owl#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  prov: "http://www.w3.org/ns/prov#",
  dcterms: "http://purl.org/dc/terms/",
  org: "http://www.w3.org/ns/org#",
  opengov: "http://www.w3.org/ns/opengov#",
  vann: "http://purl.org/vocab/vann/",
};

/**
 * How `sc:` terms relate to other vocabularies, as `[subject, predicate, object]` CURIEs. A
 * citation is PROV's qualified derivation: `<record> sc:citation [ sc:source <source> ]` says
 * what `<record> prov:wasDerivedFrom <source>` says, with the quote and locator on the
 * qualification. An office is a W3C Organization ontology membership (a person holding a post in
 * an organisation for a time). A participant's `representing` is Popolo's `onBehalfOf` (whose
 * domain is a membership, so a close match rather than a sub-property).
 */
export const ALIGNMENTS: readonly (readonly [string, string, string])[] = [
  ["sc:Meeting", "rdfs:subClassOf", "schema:Event"],
  ["sc:Citation", "rdfs:subClassOf", "prov:Derivation"],
  ["sc:citation", "rdfs:subPropertyOf", "prov:qualifiedDerivation"],
  ["sc:source", "rdfs:subPropertyOf", "prov:entity"],
  ["sc:citation", "skos:relatedMatch", "prov:wasDerivedFrom"],
  ["sc:citation", "skos:relatedMatch", "dcterms:source"],
  ["sc:Office", "rdfs:subClassOf", "org:Membership"],
  ["sc:Office", "skos:closeMatch", "org:Post"],
  ["sc:office", "rdfs:subPropertyOf", "org:hasMembership"],
  ["sc:officeRole", "skos:closeMatch", "org:role"],
  ["sc:OfficeRole", "rdfs:subClassOf", "org:Role"],
  ["sc:representing", "skos:closeMatch", "opengov:onBehalfOf"],
  ["sc:Participant", "skos:closeMatch", "schema:Role"],
  ["sc:Issue", "rdfs:subClassOf", "schema:Thing"],
  ["sc:Tariff", "rdfs:subClassOf", "schema:Thing"],
  ["sc:date", "skos:closeMatch", "dcterms:date"],
  ["sc:note", "rdfs:subPropertyOf", "rdfs:comment"],
];

/** Metadata of the vocabulary (the `owl:Ontology`). */
export const ONTOLOGY_METADATA = {
  creator: "The Statecraft contributors",
  homepage: "https://github.com/statecraft-data/statecraft",
  license: "https://spdx.org/licenses/MIT",
  preferredPrefix: "sc",
} as const;
