import { toDataset } from "@statecraft/core";
import { describe, expect, it } from "vitest";
import { StatecraftJsonLdError } from "./error.js";
import { fromJsonLd } from "./from-json-ld.js";
import { fromNQuads } from "./from-n-quads.js";
import { inGraphOrder, stableKey } from "./internal/graph-order.js";
import { toJsonLd } from "./json-ld.js";
import { toNQuads, toNQuadsString } from "./n-quads.js";
import { loadExample } from "./test-utils/example.js";

const dataset = loadExample();
const base = "https://data.example.org/blinken/";
const SC = "https://w3id.org/statecraft/vocab#";
const XSD = "http://www.w3.org/2001/XMLSchema#";

/** Every array sorted by content, recursively: equal results mean equal up to order. */
function sortedArrays(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(sortedArrays).sort((a, b) => {
      const [x, y] = [stableKey(a), stableKey(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortedArrays(v)]));
  return value;
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** The error fromNQuads throws for a text. */
async function errorOf(text: string, options = { base }): Promise<StatecraftJsonLdError> {
  const error = await fromNQuads(text, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StatecraftJsonLdError);
  return error as StatecraftJsonLdError;
}

describe("fromNQuads", () => {
  it("reads the example back: the same data, in the writer's canonical order", async () => {
    for (const canonical of [false, true]) {
      const back = await fromNQuads(await toNQuadsString(dataset, { base, canonical }), { base });
      expect(back).toStrictEqual(inGraphOrder(dataset));
      // Nothing is lost or added: only the order of sets (and records) differs.
      expect(sortedArrays(back)).toStrictEqual(sortedArrays(dataset));
    }
  });

  it("reads what fromJsonLd reads, in the same order, and takes the base from the dataset node", async () => {
    const fromJson = fromJsonLd(JSON.parse(JSON.stringify(toJsonLd(dataset, { base }))));
    const text = await toNQuadsString(dataset, { base });
    expect(await fromNQuads(text)).toStrictEqual(inGraphOrder(fromJson));
    expect(await fromNQuads(await toNQuadsString(dataset))).toStrictEqual(inGraphOrder(dataset));
  });

  it("reads streams split anywhere, including inside a \\r\\n, and toNQuads output directly", async () => {
    const text = await toNQuadsString(dataset, { base });
    const expected = inGraphOrder(dataset);
    expect(await fromNQuads(toNQuads(dataset, { base }), { base })).toStrictEqual(expected);
    expect(await fromNQuads(toNQuads(dataset, { base, canonical: true }), { base })).toStrictEqual(
      expected,
    );
    expect(await fromNQuads(chunked(text, 7), { base })).toStrictEqual(expected);
    const crlf = text.replaceAll("\n", "\r\n");
    for (const size of [1, 2, 3, 1000])
      expect(await fromNQuads(chunked(crlf, size), { base })).toStrictEqual(expected);
  });

  it("keeps the order of authors (an rdf:List), reads an empty list, and collapses repeated IRIs", async () => {
    const records = toDataset([
      {
        id: "s",
        type: "source",
        kind: "report",
        title: "T",
        authors: ["Zed", "Amy", "Zed"],
        alternateTitles: [],
      },
      { id: "e", type: "source", kind: "report", title: "E", authors: [] },
      {
        id: "i",
        type: "issue",
        name: "I",
        category: "trade",
        related: ["z", "a", "z"],
      },
    ] as never);
    const back = await fromNQuads(await toNQuadsString(records, { base }), { base });
    expect(back.sources?.map((s) => [s.id, s.authors, "alternateTitles" in s])).toEqual([
      ["e", [], false],
      ["s", ["Zed", "Amy", "Zed"], false],
    ]);
    expect(back.issues?.[0]?.related).toEqual(["a", "z"]);
  });

  it("skips the derived schema.org statements, but refuses a schema:subEvent that contradicts the data", async () => {
    const text = await toNQuadsString(dataset, { base });
    expect(text).toContain("<https://schema.org/subEvent>");
    const wrong = `${text}<${base}blinken-xi-meeting-2024-04> <https://schema.org/subEvent> <${base}blinken-china-visit-2024-04> .\n`;
    const error = await errorOf(wrong);
    expect(error.message).toMatch(
      /^line \d+: .*is not a meeting whose parent is "blinken-xi-meeting-2024-04"/,
    );
  });

  describe("malformed input: invalid_document naming the line", () => {
    const meeting = `<${base}blinken-xi-meeting-2024-04>`;
    const exported = toNQuadsString(dataset, { base }).then((text) => text.trimEnd().split("\n"));

    /** The example's N-Quads with one line added at the end: the text and the line's number. */
    async function appended(line: string): Promise<{ text: string; at: number }> {
      const lines = [...(await exported), line];
      return { text: `${lines.join("\n")}\n`, at: lines.length };
    }

    /** The example's N-Quads with the first line starting with `prefix` replaced by `prefix + rest`. */
    async function replaced(prefix: string, rest: string): Promise<{ text: string; at: number }> {
      const lines = [...(await exported)];
      const index = lines.findIndex((line) => line.startsWith(prefix));
      expect(index).toBeGreaterThanOrEqual(0);
      lines[index] = `${prefix}${rest}`;
      return { text: `${lines.join("\n")}\n`, at: index + 1 };
    }

    async function expectInvalid(
      input: Promise<{ text: string; at: number }>,
      message: RegExp,
    ): Promise<void> {
      const { text, at } = await input;
      const error = await errorOf(text);
      expect(error.code).toBe("invalid_document");
      expect(error.message).toMatch(new RegExp(`^line ${at}: `));
      expect(error.message).toMatch(message);
    }

    it.each<[string, string, RegExp]>([
      ["a broken line", `${meeting} <${SC}note> "unterminated .`, /not N-Quads: Unexpected/],
      [
        "an unknown predicate in the Statecraft namespace",
        `${meeting} <${SC}notAField> "x" .`,
        /<https:\/\/w3id.org\/statecraft\/vocab#notAField> is not a property of the Meeting/,
      ],
      [
        "an unknown predicate elsewhere",
        `${meeting} <http://example.org/p> "x" .`,
        /is not a property of the Meeting/,
      ],
      ["a statement in a named graph", `${meeting} <${SC}note> "x" <http://g> .`, /named graph/],
      [
        "two statements on one line",
        `${meeting} <${SC}note> "x" . ${meeting} <${SC}note> "y" .`,
        /more than one statement/,
      ],
      [
        "a second value for a single field",
        `${meeting} <${SC}meetingStatus> <${SC}MeetingStatus-held> .`,
        /a second value for `status`/,
      ],
      [
        "an IRI outside the base",
        `<https://elsewhere.org/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${SC}Issue> .`,
        /is not under the base IRI/,
      ],
      [
        "a record class nobody knows",
        `<${base}x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Thing> .`,
        /which is no Statecraft record class/,
      ],
      [
        "a blank node no record reaches",
        `_:orphan <${SC}quote> "x" .`,
        /the blank node _:orphan is not reached from any record/,
      ],
    ])("%s", async (_, line, message) => {
      await expectInvalid(appended(line), message);
    });

    it.each<[string, string, string, RegExp]>([
      [
        "a string literal with a datatype",
        `<${base}antony-blinken> <https://schema.org/name> `,
        `"Antony Blinken"^^<${XSD}integer> .`,
        /expected a string literal for `name` of the Person .* got "Antony Blinken"\^\^<http:\/\/www.w3.org\/2001\/XMLSchema#integer>/,
      ],
      [
        "a date with a datatype that is no date",
        `${meeting} <${SC}date> `,
        `"2024-04-24/2024-04-26"^^<${XSD}string> .`,
        /expected a date literal/,
      ],
      [
        "a date whose datatype is not its precision",
        `${meeting} <${SC}date> `,
        `"2024-04"^^<${XSD}gYear> .`,
        /has the wrong datatype: "2024-04" is <http:\/\/www.w3.org\/2001\/XMLSchema#gYearMonth>/,
      ],
      [
        "an enumeration value that does not exist",
        `${meeting} <${SC}meetingStatus> `,
        `<${SC}MeetingStatus-imagined> .`,
        /expected one of sc:MeetingStatus/,
      ],
      [
        "a reference given as a literal",
        `<${base}antony-blinken> <https://schema.org/nationality> `,
        `"usa" .`,
        /expected a record IRI, got "usa"/,
      ],
    ])("%s", async (_, prefix, rest, message) => {
      await expectInvalid(replaced(prefix, rest), message);
    });

    it("a required field that is missing, on the line of the record's type", async () => {
      const lines = await exported;
      const title = `${meeting} <https://schema.org/name> `;
      const text = `${lines.filter((line) => !line.startsWith(title)).join("\n")}\n`;
      const at =
        text
          .split("\n")
          .findIndex((line) =>
            line.startsWith(`${meeting} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> `),
          ) + 1;
      const error = await errorOf(text);
      expect(error.message).toMatch(new RegExp(`^line ${at}: the Meeting .* has no \`title\``));
    });

    it("an unusable base option is invalid_base", async () => {
      await expect(fromNQuads("", { base: "relative/" })).rejects.toMatchObject({
        code: "invalid_base",
      });
    });
  });
});
