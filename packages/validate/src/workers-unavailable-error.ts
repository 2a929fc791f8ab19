import { StatecraftError } from "@statecraft/core";

/**
 * Thrown (as a rejection) by `safeValidateFiles` and `validateFiles` when worker threads were
 * asked for with the `workers` option but cannot start: the worker bundle (`dist/worker.js`) is
 * missing because the library runs from its sources, `new Worker` refuses to start one, or a
 * worker fails or exits before it is ready. Nothing has been validated when it is thrown; leave
 * `workers` unset (or `0`) to check the files on the calling thread.
 *
 * It is not a data problem, so it is never in a result: the data was not read.
 *
 * @example
 * ```ts
 * try {
 *   await safeValidateFiles(["data/"], { workers: 4 });
 * } catch (error) {
 *   if (error instanceof WorkersUnavailableError) console.error(error.message);
 * }
 * ```
 */
export class WorkersUnavailableError extends StatecraftError<"workers_unavailable"> {
  /** How many worker threads were to start. */
  readonly workers: number;

  /**
   * Creates the error.
   *
   * @param workers - How many worker threads were to start.
   * @param reason - Why they cannot, as a clause ("the worker bundle … is missing").
   * @param options - `cause`: the error Node gave, if any.
   */
  constructor(workers: number, reason: string, options?: ErrorOptions) {
    super(
      "workers_unavailable",
      `cannot start ${workers} worker thread${workers === 1 ? "" : "s"} (the workers option): ${reason}; leave workers unset or 0 to check the files on this thread`,
      options,
    );
    this.workers = workers;
  }
}
