/**
 * One file given to an importer: a name to cite and report, and a way to read its bytes.
 *
 * Importers read inputs as streams, so a file is never held whole in memory by the reader.
 * In Node, `@statecraft/import/node` builds inputs from paths ({@link https://nodejs.org/api/fs.html | fs});
 * anywhere else, wrap a `Blob`, a `Response` body or a string with {@link inputFromText}.
 *
 * @example
 * ```ts
 * const file = new Blob([xml]); // in a browser, a File from an <input type="file">
 * const input: ImportInput = { name: "blinken-antony-j.xml", read: () => file.stream() };
 * ```
 */
export interface ImportInput {
  /** The file name cited in `locator`s and warnings, e.g. `blinken-antony-j.xml`. */
  readonly name: string;
  /** Opens the file and returns its content as chunks of bytes (or text already decoded). */
  read(): AsyncIterable<Uint8Array | string>;
}

/**
 * Wraps text already in memory (a test fixture, a pasted sample) as an {@link ImportInput}.
 *
 * @param name - The file name to cite, e.g. `trips.xml`.
 * @param content - The file content, as text or bytes.
 * @returns An input that yields the content in one chunk.
 * @example
 * ```ts
 * const input = inputFromText("trips.xml", "<trips>...</trips>");
 * ```
 */
export function inputFromText(name: string, content: string | Uint8Array): ImportInput {
  return {
    name,
    async *read() {
      yield content;
    },
  };
}

/** How input files are found and read. */
export interface ReadInputOptions {
  /**
   * Descend into symbolic links to folders when walking a folder. Default `false` (a link to a
   * regular file is always followed). Even when following, no folder is walked twice.
   */
  readonly followSymlinks?: boolean;
  /**
   * The most bytes read from one input file; a bigger file fails the import with an error naming
   * the limit. Default 16 GiB: inputs are streamed, so the cap only guards against inputs that
   * never end.
   */
  readonly maxFileBytes?: number;
}
