import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { LocationSchema } from "./location.js";
import { reference } from "./reference-field.js";

/** The part a participant plays in a meeting. */
export const PARTICIPANT_ROLES = [
  "host",
  "visitor",
  "guest",
  "delegation_head",
  "delegation_member",
  "mediator",
  "chair",
  "caller",
  "recipient",
  "observer",
  "participant",
] as const;

/** One of {@link PARTICIPANT_ROLES}. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * Whether a participant attends: `attended` after the fact; `confirmed`, `expected` or `possible`
 * before it; `declined` or `absent` when they do not take part; `postponed` or `cancelled` when
 * their own participation (a trip, a visit) was put off or called off while the meeting may go on.
 */
export const ATTENDANCE_STATUSES = [
  "attended",
  "confirmed",
  "expected",
  "possible",
  "declined",
  "absent",
  "postponed",
  "cancelled",
] as const;

/** One of {@link ATTENDANCE_STATUSES}. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * How a participant takes part: `in_person` at the meeting's place, or `remote` (by video or
 * telephone, e.g. a leader who addresses a summit by video link).
 */
export const ATTENDANCE_MODES = ["in_person", "remote"] as const;

/** One of {@link ATTENDANCE_MODES}. */
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/**
 * A participant in a meeting: who, in what role and capacity, and how sure their attendance is.
 *
 * @example
 * ```ts
 * ParticipantSchema.parse({ actor: "xi-jinping", role: "host", capacity: "President", attendance: "expected" });
 * ```
 */
export const ParticipantSchema = /* @__PURE__ */ z
  .strictObject({
    actor: reference({ type: "actor" }, "The participating actor."),
    role: z
      .enum(PARTICIPANT_ROLES)
      .meta({ description: "The part the actor plays in the meeting." }),
    capacity: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          "The office the person acts in: the `title`, one of the `alternateTitles` or the `role` in words of one of their offices held on the meeting date.",
        examples: ["Secretary of State"],
      }),
    representing: reference(
      { type: "actor", kinds: ["state", "organization"] },
      "The state or organisation the participant represents.",
    ).optional(),
    attendance: z
      .enum(ATTENDANCE_STATUSES)
      .meta({ description: "How sure the participant's attendance is." }),
    attendanceMode: z.enum(ATTENDANCE_MODES).optional().meta({
      description:
        "How the participant takes part: `in_person` or `remote`. When absent, in person for meetings with a location and remote for calls.",
    }),
    location: LocationSchema.optional().meta({
      description:
        "Where the participant takes part from, when it is not the meeting's location: each site of a call that joins several, or a remote participant's place.",
    }),
    sources: CitationsSchema,
  })
  .meta({
    id: "Participant",
    title: "Participant",
    description: "An actor taking part in a meeting, with role, capacity and attendance.",
  });

export type { Participant } from "./generated/types.js";
