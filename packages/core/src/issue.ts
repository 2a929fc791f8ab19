import * as z from "zod";
import { PositionSchema } from "./position.js";
import { recordFields } from "./record.js";
import { reference } from "./reference-field.js";

/** Categories of issue. */
export const ISSUE_CATEGORIES = [
  "security",
  "armed_conflict",
  "territorial",
  "maritime",
  "trade",
  "economic",
  "technology",
  "human_rights",
  "consular",
  "counternarcotics",
  "military_relations",
  "nonproliferation",
  "people_to_people",
  "regional",
  "environment",
  "health",
  "other",
] as const;

/** One of {@link ISSUE_CATEGORIES}. */
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

/**
 * A topic of contention or cooperation, with the positions actors take on it.
 *
 * @example
 * ```ts
 * IssueSchema.parse({ id: "taiwan", type: "issue", name: "Taiwan", category: "territorial" });
 * ```
 */
export const IssueSchema = /* @__PURE__ */ z
  .strictObject({
    ...recordFields("issue"),
    name: z
      .string()
      .min(1)
      .meta({ description: "The issue's name.", examples: ["South China Sea"] }),
    category: z.enum(ISSUE_CATEGORIES).meta({ description: "The issue's category." }),
    description: z.string().min(1).optional().meta({ description: "What the issue is about." }),
    parent: reference({ type: "issue" }, "A broader issue this one is part of.").optional(),
    related: z
      .array(reference({ type: "issue" }, "A related issue."))
      .optional()
      .meta({ description: "Related issues." }),
    positions: z
      .array(PositionSchema)
      .optional()
      .meta({ description: "Positions actors take on the issue." }),
  })
  .meta({
    id: "Issue",
    title: "Issue",
    description: "A topic of contention or cooperation between actors.",
  });

export type { Issue } from "./generated/types.js";
