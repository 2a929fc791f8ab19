import type { Duty } from "@statecraft/core";

/** Units of specific duties as the HTS prints them, and as Statecraft writes them. */
const UNITS: Readonly<Record<string, string>> = {
  kg: "kg",
  liter: "l",
  "pf. liter": "proof liter",
  bbl: "bbl",
  m2: "m2",
  m3: "m3",
  t: "t",
  "doz.": "dozen",
  doz: "dozen",
  gross: "gross",
  head: "head",
  "no.": "item",
  pcs: "item",
};

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

type Term =
  | { readonly kind: "ad_valorem"; readonly rate: number }
  | { readonly kind: "specific"; readonly amount: number; readonly unit: string };

function term(text: string): Term | undefined {
  // `26.4%`, `33 1/3%`
  const advalorem = /^(\d+(?:\.\d+)?)(?: (\d+)\/(\d+))?%$/.exec(text);
  if (advalorem) {
    const [, whole, numerator, denominator] = advalorem;
    const fraction = numerator ? Number(numerator) / Number(denominator) : 0;
    return { kind: "ad_valorem", rate: round(Number(whole) + fraction) };
  }
  // `1.4 cents/kg`, `2.2¢/kg`, `$1.10/kg`, `0.4 cents each`, `$2.70 each`
  const specific =
    /^(?:\$(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)(?: cents|¢))(?:\/([a-z0-9. ]+)| (each))$/i.exec(text);
  if (specific) {
    const [, dollars, cents, unitText, each] = specific;
    const unit = each ? "item" : UNITS[unitText!.toLowerCase()];
    if (!unit) return undefined;
    const amount = dollars !== undefined ? Number(dollars) : Number(cents) / 100;
    return { kind: "specific", amount: round(amount), unit };
  }
  return undefined;
}

/**
 * Reads a tariff rate as the US tariff schedule prints it (`Free`, `26.4%`, `33 1/3%`,
 * `1.4 cents/kg`, `2.2¢/kg`, `$1.10/kg + 50%`, `0.4 cents each + 7.2%`) as a duty; `undefined`
 * for rates that say more than a duty can (`33.9 cents/kg of total sugars + 5.1%`, `56 cents each
 * + 4.4% on the case + 2% on the strap`, `The quantity specified in such announcement`).
 */
export function parseDutyText(text: string): Duty | undefined {
  const trimmed = text.trim();
  if (/^free$/i.test(trimmed)) return { kind: "ad_valorem", rate: 0 };
  const terms = trimmed.split(" + ").map(term);
  if (terms.some((t) => t === undefined) || terms.length > 2) return undefined;
  const advalorem = terms.find((t) => t?.kind === "ad_valorem");
  const specific = terms.find((t) => t?.kind === "specific");
  if (terms.length === 1) {
    if (advalorem?.kind === "ad_valorem") return { kind: "ad_valorem", rate: advalorem.rate };
    if (specific?.kind === "specific")
      return { kind: "specific", amount: specific.amount, currency: "USD", unit: specific.unit };
    return undefined;
  }
  if (advalorem?.kind === "ad_valorem" && specific?.kind === "specific") {
    return {
      kind: "compound",
      rate: advalorem.rate,
      amount: specific.amount,
      currency: "USD",
      unit: specific.unit,
    };
  }
  return undefined;
}
