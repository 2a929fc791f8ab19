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
 * Ends the process quietly when the reader of its output goes away — `statecraft validate |
 * head` — instead of failing with an unhandled EPIPE error and its stack. The exit code is the
 * one the command has set, if it has.
 */
export function exitWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit();
    });
  }
}
