const UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  tb: 1000 ** 4,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/**
 * Reads a size in bytes as people write it: a whole number of bytes (`1048576`) or a number with
 * a unit, `kB`/`MB`/`GB`/`TB` (powers of 1000) or `KiB`/`MiB`/`GiB`/`TiB` and `K`/`M`/`G`/`T`
 * (powers of 1024). Units are case-insensitive; a space before the unit is allowed.
 *
 * @param text - The size, such as `512MB`, `1GiB` or `300000000`.
 * @returns The number of bytes (rounded down), or `undefined` when `text` is not a size.
 * @example
 * ```ts
 * parseByteSize("512MB"); // 512000000
 * parseByteSize("1GiB"); // 1073741824
 * parseByteSize("lots"); // undefined
 * ```
 */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase();
  const factor = unit === "" ? 1 : UNITS[unit];
  if (factor === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/**
 * Writes a size in bytes for people, in the largest binary unit it reaches (`256 MiB`, `1.5 GiB`,
 * `900 bytes`), with at most one decimal.
 *
 * @param bytes - A number of bytes.
 * @returns The size in words.
 * @example
 * ```ts
 * formatByteSize(268435456); // "256 MiB"
 * ```
 */
export function formatByteSize(bytes: number): string {
  const units = ["KiB", "MiB", "GiB", "TiB"];
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  let value = bytes;
  let unit = "bytes";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} ${unit}`;
}
