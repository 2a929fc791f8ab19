import * as z from "zod";

/**
 * The schemes of external identifiers an actor may carry in `identifiers`, and the form of each
 * value. ISO 3166-1 codes and Wikidata QIDs have fields of their own (`iso3166`, `wikidata`),
 * so they are not schemes here.
 *
 * - `cow`: a Correlates of War state number (`710` for China, `2` for the United States).
 * - `hsg-person`: an Office of the Historian person id (`blinken-antony-j`), as in its travels and
 *   Principal Officers data.
 * - `hsg-country`: an Office of the Historian country slug (`china`, `korea-south`).
 * - `popolo`: a Popolo id of a person or organisation, e.g. an EveryPolitician UUID.
 * - `cameo`: a CAMEO actor code as GDELT, ICEWS and PLOVER use them (`CHN`, `USAGOV`).
 */
export const IDENTIFIER_SCHEMES = ["cow", "hsg-person", "hsg-country", "popolo", "cameo"] as const;

/** One of {@link IDENTIFIER_SCHEMES}. */
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The form each scheme's values take, with words for the message when one does not. */
const VALUE_FORMS: Readonly<Record<IdentifierScheme, readonly [RegExp, string]>> = {
  cow: [/^[1-9]\d{0,3}$/, "a Correlates of War state number such as `710`"],
  "hsg-person": [SLUG, "an Office of the Historian person id such as `blinken-antony-j`"],
  "hsg-country": [SLUG, "an Office of the Historian country slug such as `korea-south`"],
  popolo: [/^\S(?:.*\S)?$/, "a Popolo id without leading or trailing spaces"],
  cameo: [/^(?:[A-Z0-9]{3})+$/, "a CAMEO actor code of 3, 6, 9... capitals such as `USAGOV`"],
};

/**
 * An identifier of an actor in an external scheme: what two datasets share when they describe
 * the same person, state or organisation.
 *
 * @example
 * ```ts
 * IdentifierSchema.parse({ scheme: "hsg-person", value: "blinken-antony-j" });
 * ```
 */
export const IdentifierSchema = /* @__PURE__ */ z
  .strictObject({
    scheme: z.enum(IDENTIFIER_SCHEMES).meta({
      description:
        "The scheme: `cow` (Correlates of War state number), `hsg-person` and `hsg-country` (Office of the Historian), `popolo` (Popolo / EveryPolitician), `cameo` (CAMEO actor code).",
    }),
    value: z.string().min(1).meta({
      description: "The identifier in that scheme, e.g. `710` or `blinken-antony-j`.",
    }),
  })
  .check((ctx) => {
    const form = VALUE_FORMS[ctx.value.scheme];
    if (form !== undefined && !form[0].test(ctx.value.value)) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value.value,
        path: ["value"],
        message: `\`${ctx.value.value}\` is not ${form[1]}`,
      });
    }
  })
  .meta({
    id: "Identifier",
    title: "Identifier",
    description: "An identifier of an actor in an external scheme.",
  });

/** An external identifier, as parsed. */
export type { Identifier } from "./generated/types.js";

/** The `identifiers` list of an actor. */
export const IdentifiersSchema = /* @__PURE__ */ z.array(IdentifierSchema).optional().meta({
  description:
    "The actor's identifiers in external schemes (Correlates of War, Office of the Historian, Popolo, CAMEO); ISO 3166 codes and Wikidata QIDs have fields of their own.",
});
