import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * What a user's editor says about a wrong record: the compiler's messages for a consumer file
 * that imports core's public types, checked with the TypeScript compiler API against the sources.
 */
const TEST_DIR = fileURLToPath(new URL(".", import.meta.url));
const CONSUMER = `${TEST_DIR}consumer-fixture.ts`;

function diagnostics(code: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === CONSUMER
      ? ts.createSourceFile(fileName, code, language)
      : getSourceFile(fileName, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === CONSUMER || fileExists(fileName);
  const program = ts.createProgram([CONSUMER], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(CONSUMER))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("type errors in a consumer's code", () => {
  it("name the record type (Participant), not its 500-character structure", {
    timeout: 120_000,
  }, () => {
    const messages = diagnostics(`import type { Participant } from "../src/index.ts";
export const chair: Participant = { actor: "xi-jinping", role: "chair", attendence: "attended" };
`);
    expect(messages).toHaveLength(1);
    const [message = ""] = messages;
    expect(message).toContain("'Participant'");
    expect(message).not.toContain("sources?:");
    expect(message.length).toBeLessThan(300);
  });

  it("point at the one wrong value deep in a record, in a short message", {
    timeout: 120_000,
  }, () => {
    const messages = diagnostics(`import type { Meeting } from "../src/index.ts";
export const call: Meeting = {
  id: "call", type: "meeting", kind: "phone_call", status: "held", title: "A call",
  participants: [{ actor: "joe-biden", role: "caller", attendance: "maybe" }],
};
`);
    expect(messages).toHaveLength(1);
    // TypeScript prints a union of literals, not its alias (AttendanceStatus), whatever we do.
    expect(messages[0]).toMatch(
      /^Type '"maybe"' is not assignable to type '"[a-z]+"( \| "[a-z]+")+'\.$/,
    );
  });
});
