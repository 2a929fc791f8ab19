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

/** Keeps the user's files for the next visit. */
export async function saveFiles(files: readonly File[]): Promise<void> {
  try {
    await run("readwrite", (store) => store.put([...files], KEY));
  } catch {
    // Not kept: the next visit starts with the example.
  }
}

/** The files kept by the last visit, if any. */
export async function savedFiles(): Promise<File[] | undefined> {
  try {
    const files = await run<File[] | undefined>("readonly", (store) => store.get(KEY));
    return files && files.length > 0 ? files : undefined;
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
