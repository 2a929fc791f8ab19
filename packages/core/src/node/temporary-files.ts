import { unlinkSync } from "node:fs";

/** Temporary files being written now, removed if the process is interrupted or exits early. */
const pending = new Set<string>();

/** The signals after which a temporary file is removed before the process ends. */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removeAll(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or never created: nothing to clean.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  stopListening();
  // With our listener gone, the signal's default action ends the process as it would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function startListening(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", removeAll);
}

function stopListening(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", removeAll);
}

/**
 * Tracks a temporary file until {@link releaseTemporaryFile} is called: if the process receives
 * SIGINT, SIGTERM or SIGHUP, or exits, in between, the file is removed first. Listeners are
 * installed only while a temporary file exists, so a process that writes nothing keeps Node's
 * default signal handling.
 * @example
 * ```ts
 * import { rename, writeFile } from "node:fs/promises";
 *
 * trackTemporaryFile("out/data.yaml.tmp");
 * try {
 *   await writeFile("out/data.yaml.tmp", text);
 *   await rename("out/data.yaml.tmp", "out/data.yaml");
 * } finally {
 *   releaseTemporaryFile("out/data.yaml.tmp");
 * }
 * ```
 */
export function trackTemporaryFile(path: string): void {
  if (pending.size === 0) startListening();
  pending.add(path);
}

/**
 * Stops tracking a temporary file (it was renamed into place or removed).
 *
 * @example
 * ```ts
 * trackTemporaryFile("out/data.yaml.tmp");
 * // ... write the file, rename it into place ...
 * releaseTemporaryFile("out/data.yaml.tmp");
 * ```
 */
export function releaseTemporaryFile(path: string): void {
  if (!pending.delete(path)) return;
  if (pending.size === 0) stopListening();
}
