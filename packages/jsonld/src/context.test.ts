import {
  arrayElement,
  DatasetSchema,
  objectShape,
  schemaType,
  unionOptions,
  unwrap,
} from "@statecraft/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { statecraftContext } from "./context.js";
import { NOT_EXPORTED } from "./internal/conventions.js";
import { getModel } from "./internal/model.js";
import { expandCurie } from "./namespaces.js";

type AnySchema = z.core.$ZodType;
type Scope = Record<string, unknown>;
const idOf = (schema: AnySchema): string | undefined =>
  (schema as unknown as { meta(): { id?: string } | undefined }).meta()?.id;

/** The schema a field holds, seen through its wrappers and lists. */
function fieldValue(schema: AnySchema): AnySchema {
  let s = unwrap(schema).schema;
  for (let element = arrayElement(s); element; element = arrayElement(s))
    s = unwrap(element).schema;
  return s;
}

/**
 * Walks the zod schemas from DatasetSchema (independently of the export model) and, in parallel,
 * the context's scoped term definitions; returns every `Shape.field` with the term found for it.
 */
function walk(
  schema: AnySchema,
  scope: Scope | undefined,
  out: Map<string, unknown>,
  context: Scope,
): void {
  const options = unionOptions(schema);
  if (options) {
    for (const option of options) {
      const id = idOf(option) ?? "";
      walk(option, (context[id] as { "@context"?: Scope } | undefined)?.["@context"], out, context);
    }
    return;
  }
  const shape = objectShape(schema);
  if (!shape) return;
  const name = idOf(schema) ?? "?";
  for (const [field, fieldSchema] of Object.entries(shape)) {
    // A term is in the scoped context, or else at the top level.
    const term = scope?.[field] ?? context[field];
    out.set(`${name}.${field}`, term);
    const inner = fieldValue(fieldSchema);
    if (schemaType(inner) === "object") {
      // A record class has a type-scoped context; a nested structure the property-scoped one.
      const typed = context[idOf(inner) ?? ""] as { "@context"?: Scope } | undefined;
      walk(
        inner,
        typed?.["@context"] ?? (term as { "@context"?: Scope } | undefined)?.["@context"],
        out,
        context,
      );
    }
    for (const option of unionOptions(inner) ?? []) {
      if (schemaType(option) === "object")
        walk(
          option,
          (context[idOf(option) ?? ""] as { "@context"?: Scope } | undefined)?.["@context"],
          out,
          context,
        );
      else walk(option, undefined, out, context); // a union of record unions: resolved by class below
    }
  }
}

describe("the context is exhaustive", () => {
  const context = statecraftContext()["@context"] as Scope;
  const fields = new Map<string, unknown>();
  walk(
    DatasetSchema as unknown as AnySchema,
    (context.Dataset as { "@context": Scope })["@context"],
    fields,
    context,
  );

  it("walks every schema: records, nested structures and duty variants", () => {
    const shapes = new Set([...fields.keys()].map((key) => key.split(".")[0]));
    expect([...shapes].sort()).toEqual(
      [
        "AdValoremDuty",
        "AgendaItem",
        "AlternateName",
        "AlternativeDuty",
        "Citation",
        "CompanyRate",
        "CompoundDuty",
        "Identifier",
        "Dataset",
        "LegalBasis",
        "Location",
        "Meeting",
        "Issue",
        "Office",
        "Organization",
        "Outcome",
        "Participant",
        "Person",
        "Position",
        "ProductCode",
        "Source",
        "SovereigntyClaim",
        "SpecificDuty",
        "State",
        "Tariff",
        "TariffDates",
        "TariffPhase",
      ].sort(),
    );
    expect(fields.size).toBeGreaterThan(150);
  });

  it("maps every field to a term, to @id/@type, or lists it as deliberately not exported", () => {
    const missing: string[] = [];
    for (const [key, term] of fields) {
      const [shape, field] = key.split(".") as [string, string];
      if (Object.hasOwn(NOT_EXPORTED, key)) continue;
      const isRecord = [
        "Person",
        "State",
        "Organization",
        "Meeting",
        "Issue",
        "Tariff",
        "Source",
      ].includes(shape);
      if (isRecord && (field === "id" || field === "type")) continue; // `id` → @id, `type` → the class
      if (
        field === "kind" &&
        (["Person", "State", "Organization"].includes(shape) || shape.endsWith("Duty"))
      )
        continue; // the class
      if (term === undefined) missing.push(key);
      else {
        const id = typeof term === "string" ? term : (term as { "@id"?: string })["@id"];
        expect(expandCurie(id ?? ""), key).toMatch(/^https?:\/\//);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists as not exported only fields that exist", () => {
    for (const key of Object.keys(NOT_EXPORTED)) expect(fields.has(key), key).toBe(true);
  });

  it("gives each enumeration its own class and each value its own IRI", () => {
    const { enumerations } = getModel();
    expect(new Set(enumerations.map((e) => e.name)).size).toBe(enumerations.length);
    const iris = enumerations.flatMap((e) => e.values.map((v) => v.iri));
    expect(new Set(iris).size).toBe(iris.length);
    expect(enumerations.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        "MeetingStatus",
        "AttendanceStatus",
        "Stance",
        "TradeMeasure",
        "TariffStatus",
        "ParticipantRole",
        "OfficeRole",
      ]),
    );
  });

  it("reuses schema.org where a term fits", () => {
    const scoped = (name: string) =>
      context[name] as { "@id": string; "@context": Record<string, { "@id": string }> };
    expect(scoped("Person")["@id"]).toBe("schema:Person");
    expect(scoped("State")["@id"]).toBe("schema:Country");
    expect(scoped("Meeting")["@id"]).toBe("sc:Meeting");
    expect(context.Event).toEqual({ "@id": "schema:Event" });
    expect(context.GovernmentOrganization).toEqual({ "@id": "schema:GovernmentOrganization" });
    // A term the Meeting's type-scoped context does not define is a top-level one.
    const meeting = new Proxy(scoped("Meeting")["@context"], {
      get: (target, key: string) => target[key] ?? (context as Record<string, unknown>)[key],
    }) as Record<string, { "@id": string }>;
    expect(
      Object.fromEntries(
        [
          "parent",
          "location",
          "eventStatus",
          "startDate",
          "endDate",
          "attendee",
          "organizer",
          "about",
        ].map((t) => [t, meeting[t]?.["@id"]]),
      ),
    ).toEqual({
      parent: "schema:superEvent",
      location: "schema:location",
      eventStatus: "schema:eventStatus",
      startDate: "schema:startDate",
      endDate: "schema:endDate",
      attendee: "schema:attendee",
      organizer: "schema:organizer",
      about: "schema:about",
    });
    expect((context.published as { "@id": string })["@id"]).toBe("schema:datePublished");
    expect((context.publisher as { "@id": string })["@id"]).toBe("schema:publisher");
  });
});
