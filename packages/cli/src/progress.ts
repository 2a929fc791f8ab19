import type { ValidationProgress } from "@statecraft/validate/node";

/** Shows a progress bar on standard error for runs longer than half a second (TTY only). */
export class ProgressBar {
  #last: ValidationProgress | undefined;
  #shown = false;
  #timer: NodeJS.Timeout | undefined;
  #lastDraw = 0;
  readonly #stream: NodeJS.WriteStream;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
    this.#timer = setTimeout(() => {
      this.#shown = true;
      this.#draw();
    }, 500);
    this.#timer.unref();
  }

  update(progress: ValidationProgress): void {
    this.#last = progress;
    const now = Date.now();
    if (this.#shown && now - this.#lastDraw > 100) this.#draw();
  }

  #draw(): void {
    const p = this.#last;
    if (!p) return;
    this.#lastDraw = Date.now();
    const ratio = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
    const width = 24;
    const filled = Math.round(ratio * width);
    const mb = (n: number): string => (n / 1e6).toFixed(n >= 1e8 ? 0 : 1);
    const line = `validating ${"█".repeat(filled)}${"░".repeat(width - filled)} ${Math.round(ratio * 100)}%  ${mb(p.bytes)}/${mb(p.totalBytes)} MB  ${p.files}/${p.totalFiles} files`;
    this.#stream.write(`\r${line.slice(0, (this.#stream.columns ?? 80) - 1)}\x1b[K`);
  }

  /** Removes the bar. */
  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#shown) this.#stream.write("\r\x1b[K");
  }
}
