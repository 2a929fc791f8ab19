import * as z from "zod";
import { reference } from "./reference-field.js";

/**
 * Where something happens: a place, a city and the state they are in.
 *
 * @example
 * ```ts
 * LocationSchema.parse({ city: "Beijing", state: "china", place: "Great Hall of the People" });
 * ```
 */
export const LocationSchema = /* @__PURE__ */ z
  .strictObject({
    place: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A venue or site, e.g. `Great Hall of the People`." }),
    city: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The city, in English.", examples: ["Shanghai"] }),
    region: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A region, province or state within the country." }),
    state: reference(
      { type: "actor", kinds: ["state"] },
      "The state (country) where it happens.",
    ).optional(),
    geonames: z
      .string()
      .regex(/^[1-9]\d*$/, "a numeric GeoNames id")
      .optional()
      .meta({ description: "The place's GeoNames id." }),
  })
  .refine((loc) => Object.keys(loc).length > 0, {
    message: "a location needs at least one of place, city, region, state",
  })
  .meta({ id: "Location", title: "Location", description: "Where a meeting takes place." });

export type { Location } from "./generated/types.js";
