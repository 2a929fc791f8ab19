import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { PartialDateSchema } from "./date.js";
import { LocationSchema } from "./location.js";
import { ParticipantSchema } from "./participant.js";
import { recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/**
 * Kinds of engagement. `visit` is a trip to another state (often the parent of several meetings);
 * `phone_call` and `video_call` have no location.
 */
export const MEETING_KINDS = [
  "visit",
  "state_visit",
  "summit",
  "bilateral",
  "trilateral",
  "multilateral",
  "talks",
  "negotiation",
  "phone_call",
  "video_call",
  "conference",
  "other",
] as const;

/** One of {@link MEETING_KINDS}. */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Meeting kinds that happen at a distance and so have no location. */
export const REMOTE_MEETING_KINDS: readonly MeetingKind[] = ["phone_call", "video_call"];

/**
 * A meeting's lifecycle: `planned` (announced), `expected` (reported but unconfirmed),
 * `confirmed`, then `held`, `postponed` or `cancelled`.
 */
export const MEETING_STATUSES = [
  "planned",
  "expected",
  "confirmed",
  "held",
  "postponed",
  "cancelled",
] as const;

/** One of {@link MEETING_STATUSES}. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** An issue on a meeting's agenda, with an optional note on what was to be discussed. */
export const AgendaItemSchema = /* @__PURE__ */ z
  .strictObject({
    issue: reference({ type: "issue" }, "The issue on the agenda."),
    note: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "What about the issue is to be discussed." }),
    sources: CitationsSchema,
  })
  .meta({ id: "AgendaItem", title: "Agenda item", description: "An issue a meeting discusses." });

export type { AgendaItem } from "./generated/types.js";

/** Something a meeting produced: an agreement, pledge, statement or joint communiqué. */
export const OutcomeSchema = /* @__PURE__ */ z
  .strictObject({
    description: z.string().min(1).meta({ description: "The outcome in words." }),
    issues: z
      .array(reference({ type: "issue" }, "An issue the outcome concerns."))
      .optional()
      .meta({ description: "The issues the outcome concerns." }),
    sources: CitationsSchema,
  })
  .meta({ id: "Outcome", title: "Outcome", description: "What a meeting produced." });

export type { Outcome } from "./generated/types.js";

/**
 * A diplomatic engagement: a visit, summit, talks or call, with its participants, place,
 * date, agenda and outcomes. A trip is a meeting whose child meetings name it as `parent` (a
 * meeting inside two events names the second in `partOf`); a postponed meeting names the one that
 * replaced it in `rescheduledAs`.
 *
 * @example
 * ```ts
 * MeetingSchema.parse({
 *   id: "biden-xi-call-2024-04", type: "meeting", kind: "phone_call", status: "held",
 *   title: "Biden–Xi phone call", date: "2024-04-02",
 *   participants: [
 *     { actor: "joe-biden", role: "participant", attendance: "attended" },
 *     { actor: "xi-jinping", role: "participant", attendance: "attended" },
 *   ],
 * });
 * ```
 */
export const MeetingSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("meeting"),
    kind: z.enum(MEETING_KINDS).meta({ description: "The kind of engagement." }),
    status: z
      .enum(MEETING_STATUSES)
      .meta({ description: "Where the meeting is in its lifecycle." }),
    title: z
      .string()
      .min(1)
      .meta({ description: "A short title.", examples: ["Blinken visit to China"] }),
    description: z.string().min(1).optional().meta({ description: "A longer description." }),
    date: PartialDateSchema.optional().meta({
      description:
        "When the meeting takes place: a partial date or an interval, as precise as the sources allow.",
    }),
    location: LocationSchema.optional().meta({
      description:
        "Where the meeting takes place; absent for calls (give each site of a call as its participants' `location`).",
    }),
    participants: z
      .array(ParticipantSchema)
      .min(1, "a meeting needs at least one participant")
      .meta({ description: "Who takes part, in what role and capacity." }),
    parent: reference(
      { type: "meeting" },
      "The meeting (such as a trip or summit) this one is part of.",
    ).optional(),
    partOf: z
      .array(
        reference(
          { type: "meeting" },
          "Another meeting (a trip, a summit) this one is also part of.",
        ),
      )
      .optional()
      .meta({
        description:
          "Other meetings this one is part of, besides its `parent`: a bilateral inside both a leader's trip and a summit.",
      }),
    rescheduledAs: reference(
      { type: "meeting" },
      "For a postponed meeting: the meeting that took its place at a new date.",
    ).optional(),
    agenda: z
      .array(AgendaItemSchema)
      .optional()
      .meta({ description: "Issues the meeting discusses." }),
    outcomes: z.array(OutcomeSchema).optional().meta({ description: "What the meeting produced." }),
  })
  .meta({
    id: "Meeting",
    title: "Meeting",
    description: "A diplomatic engagement: visit, summit, talks or call.",
  });

export type { Meeting } from "./generated/types.js";
