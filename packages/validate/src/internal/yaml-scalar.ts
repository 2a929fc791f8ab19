import { getScalarValue, SCALAR_STYLE, type ScalarEvent } from "js-yaml";

/**
 * A YAML scalar's value by YAML 1.2's core schema — the schema the `yaml` package read
 * Statecraft files with before, kept so every file reads to the same values: `~`, `null` and an
 * empty value are `null`; `true`/`false` (three spellings each) are booleans; decimal, `0o` and
 * `0x` integers and decimal floats (`.inf`, `.nan` too) are numbers; anything else, and every
 * quoted or block scalar, is a string. An integer or float too large for a double is
 * `Infinity`, as `yaml` read it.
 */

const NULL = /^(?:~|null|Null|NULL)?$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT_OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** What a scalar whose text fits none of the core schema's types reads as. */
const NO_MATCH = Symbol("no match");

function readInt(source: string): number | typeof NO_MATCH {
  if (INT.test(source)) return Number.parseInt(source, 10);
  if (INT_OCTAL.test(source)) return Number.parseInt(source.slice(2), 8);
  if (INT_HEX.test(source)) return Number.parseInt(source.slice(2), 16);
  return NO_MATCH;
}

function readFloat(source: string): number | typeof NO_MATCH {
  if (FLOAT_SPECIAL.test(source)) {
    if (source.slice(-3).toLowerCase() === "nan") return Number.NaN;
    return source.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return FLOAT_EXPONENT.test(source) || FLOAT.test(source) ? Number.parseFloat(source) : NO_MATCH;
}

function readPlain(source: string): unknown {
  const first = source.charCodeAt(0);
  // Only a digit, a sign, a dot, `~`, `n`/`N`, `t`/`T` or `f`/`F` can start a non-string.
  if (source === "" || NULL.test(source)) return null;
  if (first === 116 || first === 84) return TRUE.test(source) ? true : source;
  if (first === 102 || first === 70) return FALSE.test(source) ? false : source;
  const isNumberStart =
    (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  if (!isNumberStart) return source;
  const int = readInt(source);
  if (int !== NO_MATCH) return int;
  const float = readFloat(source);
  return float === NO_MATCH ? source : float;
}

/** Reads a scalar's text under an explicit core tag (`!!int 3`); `undefined` when it does not fit. */
function readTagged(tag: string, source: string): unknown {
  switch (tag) {
    case "!!null":
      return NULL.test(source) ? null : undefined;
    case "!!bool":
      return TRUE.test(source) ? true : FALSE.test(source) ? false : undefined;
    case "!!int": {
      const int = readInt(source);
      return int === NO_MATCH ? undefined : int;
    }
    case "!!float": {
      const float = readFloat(source);
      if (float !== NO_MATCH) return float;
      const int = readInt(source);
      return int === NO_MATCH ? undefined : int;
    }
    default:
      // `!!str`, the non-specific `!` and tags the core schema does not know read as strings.
      return source;
  }
}

/** The decoded text of a scalar (its escapes, folding and chomping applied). */
export function scalarText(text: string, event: ScalarEvent): string {
  if (event.valueStart === -1) return "";
  return event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
}

/**
 * A scalar's value by the core schema (see the top of this file), or `undefined` when its
 * explicit tag (`!!int`, `!!float`, `!!bool`, `!!null`) does not fit its text.
 *
 * @param tag - The scalar's tag as written (`!!int`), or `undefined` when it has none.
 */
export function scalarValue(text: string, event: ScalarEvent, tag: string | undefined): unknown {
  const source = scalarText(text, event);
  if (tag !== undefined) return readTagged(tag, source);
  return event.style === SCALAR_STYLE.PLAIN ? readPlain(source) : source;
}

/**
 * The property name a mapping key becomes in the value read, as the `yaml` package named it:
 * `null` is `""`, other scalars their text (`1` is `"1"`), a collection its JSON text.
 */
export function propertyName(key: unknown): string {
  if (typeof key === "string") return key;
  if (key === null || key === undefined) return "";
  if (typeof key === "object") return JSON.stringify(key) ?? "";
  return String(key);
}
