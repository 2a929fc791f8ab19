import pc from "picocolors";

/** Whether to colour output written to a stream: only on a terminal, and never with `NO_COLOR`. */
export function colorEnabled(stream: NodeJS.WriteStream): boolean {
  return (
    stream.isTTY === true && !("NO_COLOR" in process.env && process.env.NO_COLOR !== undefined)
  );
}

/** picocolors' styles for a stream, or `undefined` for plain text. */
export function stylesFor(
  stream: NodeJS.WriteStream,
): ReturnType<typeof pc.createColors> | undefined {
  return colorEnabled(stream) ? pc.createColors(true) : undefined;
}
