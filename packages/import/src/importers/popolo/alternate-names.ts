import type { AlternateName } from "@statecraft/core";
import { asArray, asObject, asText } from "../../internal/json.js";

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The alternate names of a Popolo `other_names` list, without the primary name and duplicates. */
export function alternateNames(value: unknown, primary: string): AlternateName[] {
  const names: AlternateName[] = [];
  const seen = new Set<string>();
  for (const item of asArray(value)) {
    const entry = asObject(item);
    const name = asText(entry?.name);
    if (!name || name === primary) continue;
    const lang = asText(entry?.lang)?.toLowerCase();
    const key = `${name}\u0000${lang ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push({
      name,
      ...(lang && LANGUAGE_TAG.test(lang) ? { lang } : {}),
      ...(lang ? {} : { kind: "alias" as const }),
    });
  }
  return names;
}
