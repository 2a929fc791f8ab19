/**
 * Type-checks the ```ts blocks inside the `@example` tags of a package's TSDoc comments, so the
 * examples in the API reference compile against the code they document. Each library's
 * `test/tsdoc-examples.test.ts` runs {@link checkExamples} on its own package (through
 * `tsdoc-examples-suite.ts`).
 *
 * The conventions an example may rely on:
 *
 * - Every export of the block's own package is in scope, as if imported by name from its entry
 *   points (`@statecraft/<pkg>` first, then `/node` and any other entry), except the names the
 *   block imports itself. Anything from another package, `zod` or `node:` needs an `import`.
 * - A relative import (`./dataset-facts.js`) resolves from the source file, for the examples of
 *   modules no entry exports (validate's rules).
 * - The free variables of {@link EXAMPLE_PRELUDE} (`dataset`, `index`, `records`, `text`,
 *   `files`, `meeting`…) are declared for every block, with the type the name suggests. Anything
 *   else an example uses must be declared in the example.
 *
 * Blocks are written to a temporary folder, one `.ts` file each, and checked in one
 * `ts.createProgram` with the options of `tsconfig.base.json`; `@statecraft/*` resolves to the
 * packages' sources, so no build is needed.
 *
 * @module
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "./generated-file.ts";

/** One ```ts block of an `@example` tag. */
export interface TsDocExample {
  /** The source file, relative to the repository root (`packages/core/src/date.ts`). */
  readonly file: string;
  /** The 1-based line of the block's first code line in the source file. */
  readonly line: number;
  /** The code, with the comment's leading `*` removed. */
  readonly code: string;
}

/** An example that does not compile, located in the source file. */
export interface ExampleFailure {
  /** `packages/core/src/date.ts:123`, the line of the error in the comment. */
  readonly location: string;
  /** The compiler's message. */
  readonly message: string;
}

/**
 * The free variables examples may use without declaring them, declared once for every block.
 * Packages' types come from their public entries; a name means the same thing in every package.
 */
export const EXAMPLE_PRELUDE = `import type { Dataset, DatasetIndex, Meeting, StatecraftRecord, Tariff } from "@statecraft/core";
import type { TextFile, ValidationResult } from "@statecraft/validate";
import type { ImportInput } from "@statecraft/import";

declare global {
  /** A dataset, as parsed. */
  const dataset: Dataset;
  /** The index over a dataset. */
  const index: DatasetIndex;
  /** Records, as parsed. */
  const records: readonly StatecraftRecord[];
  /** One meeting record. */
  const meeting: Meeting;
  /** One tariff record. */
  const tariff: Tariff;
  /** The text of a data file (YAML, JSON or NDJSON). */
  const text: string;
  /** Data files, as text. */
  const files: readonly TextFile[];
  /** A validation result. */
  const result: ValidationResult;
  /** Inputs to an importer. */
  const inputs: readonly ImportInput[];
  /** The text of a source file (XML, JSON, CSV…) read by an importer. */
  const xml: string;
  const json: string;
}
`;

/** The TSDoc tags that end an `@example` block's content. */
const TAG = /^@[a-zA-Z]+/;

/**
 * Extracts the ```ts (or ```typescript) blocks inside the `@example` tags of one source text.
 *
 * @param file - The file's path, as reported.
 */
export function extractExamples(file: string, source: string): TsDocExample[] {
  const out: TsDocExample[] = [];
  const lines = source.split("\n");
  let inComment = false;
  let inExample = false;
  let block: { line: number; code: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!inComment) {
      if (/^\s*\/\*\*/.test(raw) && !/\*\/\s*$/.test(raw)) {
        inComment = true;
        inExample = false;
      }
      continue;
    }
    if (/^\s*\*\/\s*$/.test(raw) || /\*\/\s*$/.test(raw)) {
      inComment = false;
      block = undefined;
      continue;
    }
    const text = raw.replace(/^\s*\* ?/, "");
    if (block) {
      if (/^\s*```\s*$/.test(text)) {
        out.push({ file, line: block.line, code: block.code.join("\n") });
        block = undefined;
      } else block.code.push(text);
      continue;
    }
    const trimmed = text.trim();
    if (TAG.test(trimmed)) inExample = trimmed.startsWith("@example");
    if (inExample && /^```(ts|typescript)\s*$/.test(trimmed)) block = { line: i + 2, code: [] };
  }
  return out;
}

/**
 * The source files of a package whose examples are checked: not tests, not `internal/` (but see
 * {@link exportedInternals}).
 */
function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "internal" && entry.name !== "test-utils") out.push(...sourceFiles(path));
    } else if (
      entry.name.endsWith(".ts") &&
      !entry.name.endsWith(".test.ts") &&
      !entry.name.endsWith(".test-d.ts") &&
      !entry.name.endsWith(".d.ts")
    )
      out.push(path);
  }
  return out.sort();
}

/**
 * The files under `internal/` that an entry point imports or re-exports from (import's node entry
 * re-exports `fileInput`): their examples are checked too.
 */
function exportedInternals(pkg: string): string[] {
  const files = new Set<string>();
  for (const entry of entryPoints(pkg).values()) {
    const text = readFileSync(entry, "utf8");
    for (const match of text.matchAll(
      /^(?:import|export) [^;]*?from "(\.\/internal\/[^"]+)\.js";/gms,
    ))
      files.add(join(dirname(entry), `${match[1]}.ts`));
  }
  return [...files].sort();
}

/** A package's entry points: import specifier → source file, from its `exports` and tsup entries. */
function entryPoints(pkg: string): Map<string, string> {
  const folder = join(REPO_ROOT, "packages", pkg);
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const entries = new Map<string, string>();
  for (const subpath of Object.keys(manifest.exports)) {
    const name = subpath === "." ? "index" : subpath.slice(2);
    if (!existsSync(join(folder, "src", `${name}.ts`))) continue; // data files, package.json
    entries.set(
      subpath === "." ? manifest.name : `${manifest.name}/${name}`,
      join(folder, "src", `${name}.ts`),
    );
  }
  return entries;
}

/** The libraries whose examples are checked and whose entries examples may import. */
const LIBRARIES = ["core", "validate", "jsonld", "import", "compose", "tables"] as const;

/**
 * Compiler options: `tsconfig.base.json`'s, with `@statecraft/*` mapped to the sources and `zod`
 * to the packages' copy.
 */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(REPO_ROOT, "tsconfig.base.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(
    { ...config.config, include: [] },
    ts.sys,
    REPO_ROOT,
    undefined,
    configPath,
  );
  const paths: Record<string, string[]> = {};
  for (const pkg of LIBRARIES)
    for (const [specifier, file] of entryPoints(pkg)) paths[specifier] = [file];
  // zod as the packages see it (the examples' folder has no node_modules).
  const zod = ts.resolveModuleName(
    "zod",
    join(REPO_ROOT, "packages", "core", "src", "index.ts"),
    parsed.options,
    ts.sys,
  ).resolvedModule;
  if (zod) paths.zod = [zod.resolvedFileName];
  return {
    ...parsed.options,
    paths,
    noEmit: true,
    typeRoots: [join(REPO_ROOT, "node_modules", "@types")],
  };
}

/** One export of a package's entries: its name, entry and whether it is a type only. */
interface EntryExport {
  readonly name: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

/** Every export of a package's entries, each name from the first entry exporting it. */
function entryExports(program: ts.Program, pkg: string): EntryExport[] {
  const checker = program.getTypeChecker();
  const out = new Map<string, EntryExport>();
  for (const [specifier, file] of entryPoints(pkg)) {
    const sourceFile = program.getSourceFile(file);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      if (out.has(symbol.name)) continue;
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const typeOnly = (target.flags & ts.SymbolFlags.Value) === 0;
      out.set(symbol.name, { name: symbol.name, specifier, typeOnly });
    }
  }
  return [...out.values()];
}

/** The names a block's own `import` declarations bind. */
function importedNames(code: string): Set<string> {
  const names = new Set<string>();
  const file = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest);
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause) continue;
    const clause = statement.importClause;
    if (clause.name) names.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements) names.add(element.name.text);
  }
  return names;
}

/**
 * One line of `import { a, type B } from "<entry>";` statements bringing every export of the
 * package into scope, except the names the block imports itself.
 */
function entryImports(exports: readonly EntryExport[], own: ReadonlySet<string>): string {
  const bySpecifier = new Map<string, string[]>();
  for (const { name, specifier, typeOnly } of exports) {
    if (own.has(name)) continue;
    const names = bySpecifier.get(specifier) ?? [];
    names.push(typeOnly ? `type ${name}` : name);
    bySpecifier.set(specifier, names);
  }
  return [...bySpecifier]
    .map(([specifier, names]) => `import { ${names.join(", ")} } from "${specifier}";`)
    .join(" ");
}

/**
 * Type-checks every example of a package and returns the ones that do not compile.
 *
 * @param pkg - The package's folder name under `packages/` (`core`, `validate`, `jsonld`, `import`).
 */
export function checkExamples(pkg: string): { examples: number; failures: ExampleFailure[] } {
  const srcFolder = join(REPO_ROOT, "packages", pkg, "src");
  const examples = [...sourceFiles(srcFolder), ...exportedInternals(pkg)].flatMap((path) =>
    extractExamples(relative(REPO_ROOT, path).split("\\").join("/"), readFileSync(path, "utf8")),
  );
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  // Ambient declarations the packages keep beside their sources (jsonld's rdf-canonize.d.ts).
  const declarations = LIBRARIES.flatMap((name) =>
    readdirSync(join(REPO_ROOT, "packages", name, "src"))
      .filter((file) => file.endsWith(".d.ts"))
      .map((file) => join(REPO_ROOT, "packages", name, "src", file)),
  );
  const entryFiles = [...declarations, ...entryPoints(pkg).values()];
  const entriesProgram = ts.createProgram(entryFiles, options, host);
  const exports = entryExports(entriesProgram, pkg);

  const folder = mkdtempSync(join(tmpdir(), `statecraft-examples-${pkg}-`));
  try {
    writeFileSync(join(folder, "package.json"), '{ "type": "module" }\n');
    const prelude = join(folder, "prelude.ts");
    writeFileSync(prelude, EXAMPLE_PRELUDE);
    const written = new Map<string, TsDocExample>();
    examples.forEach((example, i) => {
      // The entry imports share the first line, so example lines keep their offset.
      const code = example.code.replace(
        /(from\s+")(\.{1,2}\/[^"]+)"/g,
        (_, from: string, specifier: string) =>
          `${from}${join(REPO_ROOT, dirname(example.file), specifier)}"`,
      );
      const text = `${entryImports(exports, importedNames(code))}\n${code}\n`;
      const path = join(folder, `example-${String(i).padStart(3, "0")}.ts`);
      writeFileSync(path, text);
      written.set(path, example);
    });
    const program = ts.createProgram(
      [...declarations, prelude, ...written.keys()],
      options,
      host,
      entriesProgram,
    );
    const failures: ExampleFailure[] = [];
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
      const example = diagnostic.file && written.get(diagnostic.file.fileName);
      if (!diagnostic.file || !example) {
        const where = diagnostic.file ? relative(REPO_ROOT, diagnostic.file.fileName) : "program";
        failures.push({ location: where, message });
        continue;
      }
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      failures.push({ location: `${example.file}:${example.line + line - 1}`, message });
    }
    return { examples: examples.length, failures };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The functions exported by a package's entry points whose documentation has no `@example`
 * (for overloads, on no signature), as `name (entry)`; `@internal` functions are left out.
 *
 * @param pkg - The package's folder name under `packages/`.
 */
export function functionsWithoutExample(pkg: string): string[] {
  const program = ts.createProgram([...entryPoints(pkg).values()], compilerOptions());
  const checker = program.getTypeChecker();
  const missing = new Set<string>();
  const seen = new Set<string>();
  for (const [specifier, file] of entryPoints(pkg)) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (!(target.flags & ts.SymbolFlags.Function)) continue;
      if (seen.has(symbol.name)) continue;
      seen.add(symbol.name);
      const tags = (target.declarations ?? []).flatMap((declaration) =>
        ts.getJSDocTags(declaration).map((tag) => tag.tagName.text),
      );
      if (!tags.includes("example") && !tags.includes("internal"))
        missing.add(`${symbol.name} (${specifier})`);
    }
  }
  return [...missing].sort();
}

/** Formats failures one per line, for a test's message. */
export function formatFailures(failures: readonly ExampleFailure[]): string {
  return failures.map((f) => `${f.location}: ${f.message}`).join("\n");
}
