/** Splits `Shanghai, Beijing` into cities; keeps `Mexico, D.F.` and `Halifax (Nova Scotia)` whole. */
export function splitLocale(locale: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of locale) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  const cities: string[] = [];
  for (const part of parts.filter(Boolean)) {
    // An abbreviation such as "D.F." qualifies the place before it.
    if (/^(?:[A-Z]\.)+$/.test(part) && cities.length > 0) cities[cities.length - 1] += `, ${part}`;
    else cities.push(part);
  }
  return cities;
}

/** The id suffix of a city: its name without accents, in lower case, words joined by `-`. */
export function citySlug(city: string): string {
  return city
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
