import { styleText } from "node:util";
import type { PrettyStyles } from "@statecraft/validate";

/** Whether to colour output written to a stream: only on a terminal, and never with `NO_COLOR`. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  return (
    stream.isTTY === true && !("NO_COLOR" in process.env && process.env.NO_COLOR !== undefined)
  );
}

/** {@link colorEnabled} has decided: Node must not check the stream again (Node 22 would). */
const DECIDED = { validateStream: false } as const;

/**
 * Node's own `util.styleText`: a colour library would load `node:tty` (about 5 ms) at every
 * start to detect a terminal, which {@link colorEnabled} has already done.
 */
const COLORS: PrettyStyles = {
  red: (text) => styleText("red", text, DECIDED),
  yellow: (text) => styleText("yellow", text, DECIDED),
  green: (text) => styleText("green", text, DECIDED),
  dim: (text) => styleText("dim", text, DECIDED),
  bold: (text) => styleText("bold", text, DECIDED),
};

/** ANSI styles for a stream, or `undefined` for plain text. */
export function stylesFor(stream: NodeJS.WriteStream): PrettyStyles | undefined {
  return colorEnabled(stream) ? COLORS : undefined;
}
