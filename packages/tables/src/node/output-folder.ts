import { randomBytes } from "node:crypto";
import { lstat, mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { StatecraftTablesError } from "../tables-error.js";

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

/**
 * Refuses an output that exists unless `force` is set.
 *
 * @param path - The output folder or file.
 * @param force - Whether to replace it.
 * @throws {StatecraftTablesError} `output_exists`.
 * @example
 * ```ts
 * await refuseExistingOutput("out/tables", false);
 * ```
 */
export async function refuseExistingOutput(path: string, force: boolean): Promise<void> {
  if (!force && (await exists(path)))
    throw new StatecraftTablesError(
      "output_exists",
      `${path} exists: choose another output, or replace it (force: true, --force on the command line)`,
    );
}

/**
 * Writes a folder or file atomically: `write` fills a temporary sibling (same parent, so the
 * rename stays on one file system), which is renamed to `path` only when it succeeds; on
 * failure it is removed and `path` is untouched. An existing `path` is refused unless `force`,
 * and then replaced only at the end.
 *
 * @param path - The folder or file to create.
 * @param write - Fills the temporary path given (create it: it does not exist yet).
 * @param force - Whether to replace an existing `path`.
 * @returns What `write` returns.
 * @throws {StatecraftTablesError} `output_exists` when `path` exists and `force` is not set.
 * @example
 * ```ts
 * import { mkdir, writeFile } from "node:fs/promises";
 * import { join } from "node:path";
 *
 * await writeAtomically("out/tables", async (tmp) => {
 *   await mkdir(tmp);
 *   await writeFile(join(tmp, "a.csv"), "x\r\n");
 * });
 * ```
 */
export async function writeAtomically<T>(
  path: string,
  write: (temporaryPath: string) => Promise<T>,
  force = false,
): Promise<T> {
  await refuseExistingOutput(path, force);
  const parent = dirname(path);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const temporary = join(parent, `.${basename(path)}.tmp-${tag}`);
  let result: T;
  try {
    result = await write(temporary);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  try {
    if (await exists(path)) {
      await refuseExistingOutput(path, force);
      const old = join(parent, `.${basename(path)}.old-${tag}`);
      await rename(path, old);
      await rename(temporary, path);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temporary, path);
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  return result;
}
