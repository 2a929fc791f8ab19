import { describe, expect, it } from "vitest";
import { csvLine, tableLayout, toCsv } from "../src/index.js";

describe("CSV (RFC 4180)", () => {
  it("quotes fields with commas, quotes, line breaks and edge spaces, and ends lines with CRLF", () => {
    expect(csvLine(["plain", "a,b", 'say "hi"', "two\nlines", " pad", null, 25, true])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," pad",,25,true\r\n',
    );
  });

  it("writes the header, then one line per row", () => {
    const agenda = tableLayout("agenda")!;
    expect(toCsv(agenda, [["m1", 1, "trade", null]])).toBe(
      "meeting_id,ordinal,issue,note\r\nm1,1,trade,\r\n",
    );
  });
});
