import type { Actor } from "@statecraft/core";

/**
 * The external identifiers of an actor as keys that two datasets can share: `iso3166:CN` (states
 * only), `wikidata:Q148`, and `<scheme>:<value>` for each of its `identifiers`
 * (`hsg-person:blinken-antony-j`). Each key is prefixed with the actor's kind, so a person and a
 * state never share one.
 *
 * @param actor - Any actor.
 * @returns Its keys, in a stable order (none for an actor without identifiers).
 * @example
 * ```ts
 * actorKeys({ id: "china", type: "actor", kind: "state", name: "China", iso3166: "CN", wikidata: "Q148" });
 * // ["state/iso3166:CN", "state/wikidata:Q148"]
 * ```
 */
export function actorKeys(actor: Actor): string[] {
  const keys: string[] = [];
  if (actor.kind === "state" && actor.iso3166 !== undefined)
    keys.push(`state/iso3166:${actor.iso3166}`);
  if (actor.wikidata !== undefined) keys.push(`${actor.kind}/wikidata:${actor.wikidata}`);
  for (const identifier of actor.identifiers ?? [])
    keys.push(`${actor.kind}/${identifier.scheme}:${identifier.value}`);
  return keys;
}
