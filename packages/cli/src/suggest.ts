import { closest, distance } from "fastest-levenshtein";

/** Suggests the closest of some names, as ` (did you mean x?)`, or nothing when none is close. */
export function didYouMean(input: string, names: readonly string[]): string {
  if (names.length === 0) return "";
  const best = closest(input, names as string[]);
  const d = distance(input, best);
  return d <= Math.max(1, Math.floor(best.length * 0.4)) && d < input.length ? ` (did you mean ${best}?)` : "";
}
