import * as z from "zod";
import { CitationsSchema } from "./citation.js";
import { PartialDateSchema } from "./date.js";
import { reference } from "./reference-field.js";

/** Stances an actor can take on an issue. */
export const STANCES = [
  "support",
  "opposition",
  "concern",
  "demand",
  "condemnation",
  "objection",
  "warning",
  "red_line",
  "offer",
  "commitment",
  "denial",
  "neutral",
] as const;

/** One of {@link STANCES}. */
export type Stance = (typeof STANCES)[number];

/**
 * How many members of a group actor hold a position the group is credited with: `all`, `most`
 * ("Most members strongly condemned the war in Ukraine", G20 Bali declaration) or `some`.
 */
export const MEMBER_SHARES = ["all", "most", "some"] as const;

/** One of {@link MEMBER_SHARES}. */
export type MemberShare = (typeof MEMBER_SHARES)[number];

/**
 * A position an actor takes on an issue: a stance, what it says, toward whom, when, and who reports it.
 * A joint position names its other holders in `jointWith`; a group's position held by only part
 * of its members says how many in `members`.
 *
 * @example
 * ```ts
 * PositionSchema.parse({
 *   actor: "usa", stance: "condemnation", target: "china",
 *   summary: "Strongly condemns Chinese military exercises threatening Taiwan.",
 *   sources: [{ source: "ap-2024-04-21", quote: "The United States has strongly condemned Chinese military exercises threatening Taiwan" }],
 * });
 * ```
 */
export const PositionSchema = /* @__PURE__ */ z
  .strictObject({
    actor: reference({ type: "actor" }, "The actor holding the position."),
    jointWith: z
      .array(reference({ type: "actor" }, "Another actor holding the position jointly."))
      .optional()
      .meta({
        description:
          "Other actors holding the position together with `actor`, as in a joint statement; the position is stated once, not copied per actor.",
      }),
    members: z.enum(MEMBER_SHARES).optional().meta({
      description:
        "When `actor` is a group (an organisation or a forum such as the G20): how many of its members hold the position. Absent means the group as a whole.",
    }),
    stance: z.enum(STANCES).meta({ description: "The kind of stance." }),
    target: reference(
      { type: "actor" },
      "The actor the position is directed at, if any.",
    ).optional(),
    summary: z.string().min(1).meta({ description: "The position in one sentence." }),
    date: PartialDateSchema.optional().meta({
      description: "When the position was stated or held.",
    }),
    sources: CitationsSchema,
  })
  .meta({
    id: "Position",
    title: "Position",
    description: "An actor's stance on an issue, attributed, dated and sourced.",
  });

export type { Position } from "./generated/types.js";
