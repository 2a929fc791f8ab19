/**
 * The user's files, kept in the browser (IndexedDB) across reloads: saved when they load, read
 * back when the page opens, forgotten on "Back to the example". Storage that fails (private
 * windows, quotas) is not an error: the page then simply starts with the example.
 */
const DB = "statecraft-demo";
const STORE = "files";
const KEY = "dataset";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The user's files, and the names they are shown under (with their folder). */
export interface SavedFiles {
  readonly files: readonly File[];
  readonly names: readonly string[];
}

/** Keeps the user's files for the next visit. */
export async function saveFiles(saved: SavedFiles): Promise<void> {
  try {
    await run("readwrite", (store) =>
      store.put({ files: [...saved.files], names: [...saved.names] }, KEY),
    );
  } catch {
    // Not kept: the next visit starts with the example.
  }
}

/** The files kept by the last visit, if any. */
export async function savedFiles(): Promise<SavedFiles | undefined> {
  try {
    const saved = await run<SavedFiles | undefined>("readonly", (store) => store.get(KEY));
    return saved && saved.files.length > 0 && saved.names.length === saved.files.length
      ? saved
      : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the kept files. */
export async function forgetFiles(): Promise<void> {
  try {
    await run("readwrite", (store) => store.delete(KEY));
  } catch {
    // Nothing kept, or nothing to do.
  }
}
