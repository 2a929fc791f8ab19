/** Whether an error is a Node.js file-system error (it has an errno `code` such as `ENOENT`). */
export function isIoError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}

/** Explains a file-system error in a few words, without a stack or the syscall. */
export function ioMessage(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "EEXIST":
      return "already exists";
    default:
      return error.message;
  }
}

/**
 * Handles errors of standard output and error, which Node reports as events: when the reader
 * goes away (`statecraft validate | head`, EPIPE) the process ends quietly with the exit code
 * the command has set; any other error (`> /dev/full`, ENOSPC) is one line on stderr and exit 2,
 * never an unhandled error with its stack.
 */
export function exitWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit();
      const name = stream === process.stdout ? "standard output" : "standard error";
      try {
        process.stderr.write(`statecraft: cannot write to ${name}: ${ioMessage(error)}\n`);
      } catch {
        // Standard error is gone too: the exit code says it.
      }
      process.exit(2);
    });
  }
}
