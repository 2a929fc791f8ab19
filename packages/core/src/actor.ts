import * as z from "zod";
import type { Actor } from "./generated/types.js";
import { OrganizationSchema } from "./organization.js";
import { PersonSchema } from "./person.js";
import { StateSchema } from "./state.js";

/** The kinds of actor. */
export const ACTOR_KINDS = ["person", "state", "organization"] as const;

/** One of {@link ACTOR_KINDS}. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * An actor: a person, a state or an organisation, discriminated on `kind`.
 *
 * @example
 * ```ts
 * const actor = ActorSchema.parse({ id: "china", type: "actor", kind: "state", name: "China", iso3166: "CN" });
 * if (actor.kind === "state") actor.iso3166; // "CN"
 * ```
 */
export const ActorSchema: z.ZodDiscriminatedUnion<
  [typeof PersonSchema, typeof StateSchema, typeof OrganizationSchema],
  "kind"
> = /* @__PURE__ */ z
  .discriminatedUnion("kind", [PersonSchema, StateSchema, OrganizationSchema])
  .meta({
    id: "Actor",
    title: "Actor",
    description: "A person, state or organisation that takes part in diplomacy.",
  });

export type { Actor } from "./generated/types.js";

/**
 * The name to show for an actor: its name, else its label, else its first office's title.
 *
 * @param actor - Any actor.
 * @returns A human-readable name.
 * @example
 * ```ts
 * actorDisplayName({ id: "x", type: "actor", kind: "person", label: "his Chinese counterpart", offices: [] }); // "his Chinese counterpart"
 * ```
 */
export function actorDisplayName(actor: Actor): string {
  if (actor.kind !== "person") return actor.name;
  return actor.name ?? actor.label ?? actor.offices?.[0]?.title ?? actor.id;
}
