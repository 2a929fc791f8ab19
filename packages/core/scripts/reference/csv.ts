/** The CSV reader of the reference-data generator (RFC 4180, no dependency). */

/**
 * Parses RFC 4180 CSV text (quoted fields, `""` escapes, LF or CRLF line ends) into rows.
 *
 * @throws Error on an unterminated quoted field or a stray quote inside an unquoted field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = "";
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (fieldStarted) throw new Error(`CSV: stray quote at offset ${i}`);
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      endField();
      rows.push(row);
      row = [];
      i += ch === "\r" ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error("CSV: unterminated quoted field");
  if (fieldStarted || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
