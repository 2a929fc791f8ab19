import * as z from "zod";
import { CitationsSchema } from "./citation.js";
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
 * before it; `declined` or `absent` when they do not take part.
 */
export const ATTENDANCE_STATUSES = [
  "attended",
  "confirmed",
  "expected",
  "possible",
  "declined",
  "absent",
] as const;

/** One of {@link ATTENDANCE_STATUSES}. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

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
          "The office the person acts in, matching the `title` of one of their offices held on the meeting date.",
        examples: ["Secretary of State"],
      }),
    representing: reference(
      { type: "actor", kinds: ["state", "organization"] },
      "The state or organisation the participant represents.",
    ).optional(),
    attendance: z
      .enum(ATTENDANCE_STATUSES)
      .meta({ description: "How sure the participant's attendance is." }),
    sources: CitationsSchema,
  })
  .meta({
    id: "Participant",
    title: "Participant",
    description: "An actor taking part in a meeting, with role, capacity and attendance.",
  });

export type { Participant } from "./generated/types.js";
