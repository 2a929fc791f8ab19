import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { dump } from "js-yaml";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readPlainYaml } from "./plain-yaml.js";
import { parseYaml } from "./yaml.js";

// The quick reader may decline any document (the full parser then reads it), but a document it
// accepts must be one the full parser reads without a problem, to the same value. These tests
// hold the two to that on the example dataset, on scalars where YAML readers differ, on
// generated documents in many styles, and on randomly damaged ones.

const EXAMPLE = join(import.meta.dirname, "../../../../examples/blinken-china-2024");

/** The full parser's value for a document, or `undefined` when it finds a problem. */
function fullRead(text: string): unknown {
  const parsed = parseYaml(text);
  return parsed.problems.length === 0 && !parsed.empty && "value" in parsed
    ? parsed.value
    : undefined;
}

/** Checks the contract on one document; tells whether the quick reader accepted it. */
function agree(text: string): boolean {
  const quick = readPlainYaml(text);
  if (quick === undefined) return false;
  expect(fullRead(text), text).toEqual(quick.value);
  return true;
}

const SCALARS = [
  ...["~", "null", "Null", "NULL", "nULL", "", "true", "True", "TRUE", "tRUE", "false", "FALSE"],
  ...["yes", "no", "on", "off", "y", "n", "0o17", "0O17", "017", "0x1F", "0X1F", "-0x1F", "+0o7"],
  ...["+12", "-0", "0", "12_000", "1e3", "1E3", "1.", "-.5", ".5", "+.inf", "-.Inf", ".INF"],
  ...[".nan", ".NaN", "NaN", "inf", "0b101", "1:20", "1:20:30", "2024-04-24", "2024-04-24T10:00Z"],
  ...["1.0e+3", "+1.5e-3", "12.30", "0.", "1.2.3", "0x", "0o", "9007199254740993", "1e400"],
  ...[
    "-1e400",
    "1".repeat(400),
    `-${"9".repeat(320)}`,
    "=",
    "<<",
    "@x",
    "`x`",
    "%x",
    "a: b",
    "- a",
  ],
  ...["é", "\u00a0x", "x\u00a0", "😀", "\\n", "#x", "x #y", "'x'", '"x"', "[x]", "{x}", "!x", "&x"],
];

describe("readPlainYaml", () => {
  it("reads the example dataset, as the full parser does", () => {
    const files = readdirSync(EXAMPLE).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(agree(readFileSync(join(EXAMPLE, file), "utf8")), file).toBe(true);
    }
  });

  it("follows a few aliases, as the full parser does", () => {
    expect(agree("a: &x [1, {b: 2}]\nb: *x\nc: [*x, *x]\n")).toBe(true);
    expect(
      agree(`a: &x 1\n${Array.from({ length: 12 }, (_, i) => `k${i}: *x`).join("\n")}\n`),
    ).toBe(true);
  });

  it.each(SCALARS)("reads the plain scalar %j as the full parser does, or declines", (scalar) => {
    for (const text of [
      `key: ${scalar}\n`,
      `- ${scalar}\n`,
      `${scalar}: value\n`,
      `[${scalar}]\n`,
      `{k: ${scalar}}\n`,
      `key: '${scalar.replaceAll("'", "''")}'\n`,
      `key: ${JSON.stringify(scalar)}\n`,
      `key: |\n  ${scalar}\n`,
      `key: >-\n  ${scalar}\n  ${scalar}\n`,
    ]) {
      agree(text);
    }
  });

  it("declines what the full parser must report or resolve itself", () => {
    for (const text of [
      "",
      "# only a comment\n",
      "just a string\n",
      "42\n",
      "a: 1\na: 2\n",
      // An alias bomb: nested anchors, each aliased ten times.
      [
        'a: &a ["lol"]',
        ...Array.from({ length: 8 }, (_, i) => {
          const name = String.fromCharCode(98 + i);
          const prev = String.fromCharCode(97 + i);
          return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`;
        }),
      ].join("\n"),
      `z: &a 1\n${Array.from({ length: 13 }, (_, i) => `k${i}: *a`).join("\n")}\n`,
      "1: one\n",
      "true: yes\n",
      "~: none\n",
      "a: !!int 3\n",
      "a: !custom 3\n",
      "? [a, b]\n: c\n",
      "a:\n\tb: 1\n",
      "a: 1\n---\nb: 2\n",
      "a: [1, 2\n",
      `${"[".repeat(1000)}${"]".repeat(1000)}\n`,
    ]) {
      expect(readPlainYaml(text), text).toBeUndefined();
    }
  });

  const json = fc.jsonValue({ maxDepth: 4 });
  const record = fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 6 });
  const documents = fc.oneof(fc.array(record, { maxLength: 4 }), record);

  it("reads documents written in many styles as the full parser does", () => {
    fc.assert(
      fc.property(
        documents,
        fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
        fc.constantFrom("block", "flow", "any"),
        fc.integer({ min: 0, max: 3 }),
        (value, defaultStringType, collectionStyle, flowLevel) => {
          agree(
            stringify(value, {
              defaultStringType,
              collectionStyle: collectionStyle as "block" | "flow" | "any",
              lineWidth: 20,
            }),
          );
          agree(dump(value, { flowLevel, lineWidth: 20 }));
        },
      ),
      { seed: 424242, numRuns: 600 },
    );
  });

  it("never accepts a damaged document the full parser reads otherwise", () => {
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        remove: fc.integer({ min: 0, max: 3 }),
        insert: fc.string({
          unit: fc.constantFrom(..." \n:-'\"#[]{},|>?&*!%\t@`~.0e\\xa".split("")),
          maxLength: 3,
        }),
      }),
      { minLength: 1, maxLength: 3 },
    );
    let accepted = 0;
    fc.assert(
      fc.property(documents, edits, (value, changes) => {
        let text = stringify(value, { lineWidth: 30 });
        for (const { at, remove, insert } of changes) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        if (agree(text)) accepted++;
      }),
      { seed: 20240421, numRuns: 3_000 },
    );
    // The damage leaves most documents readable: the comparison is not vacuous.
    expect(accepted).toBeGreaterThan(800);
  });
});
