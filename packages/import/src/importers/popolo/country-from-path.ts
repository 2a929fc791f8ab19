import { resolveCountryName } from "../../internal/country-codes.js";

/**
 * The country a Popolo file is about, from its path: EveryPolitician keeps files as
 * `data/<Country>/<House>/ep-popolo-v1.0.json`; copies are often renamed
 * `<country>-<house>-ep-popolo-v1.0.json`. The first path segment, or leading words of the file
 * name, that name a country win.
 */
export function countryFromPath(path: string): string | undefined {
  for (const segment of path.split(/[/\\]/).filter(Boolean)) {
    const words = segment.replace(/\.[a-z]+$/i, "").split(/[-_ .]+/);
    for (let length = Math.min(4, words.length); length >= 1; length--) {
      const resolved = resolveCountryName(words.slice(0, length).join(" "));
      if (resolved.kind === "iso") return resolved.alpha2;
    }
  }
  return undefined;
}
