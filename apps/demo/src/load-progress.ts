/**
 * The progress of a load: what the dataset worker is doing, a progress bar, and a Cancel
 * button. Shown while the user's files are checked and prepared; the page stays usable.
 */
import { h } from "./dom.js";

/** The progress bar of the load under way, with its Cancel button. */
export class LoadProgress {
  /** The element: hidden when no load is under way. */
  readonly element: HTMLElement;
  readonly #step = h("span", { class: "load-step", id: "load-step" });
  readonly #bar = h("progress", { max: 1, value: 0, "aria-labelledby": "load-step" });
  readonly #cancel = h("button", { type: "button", id: "cancel-load" }, "Cancel");
  #onCancel: (() => void) | undefined;

  constructor() {
    this.element = h(
      "div",
      { class: "load-progress", role: "status", hidden: true },
      this.#step,
      this.#bar,
      this.#cancel,
    );
    this.#cancel.addEventListener("click", () => this.#onCancel?.());
  }

  /** Shows a load starting; `onCancel` is called by the Cancel button. */
  start(label: string, onCancel: () => void): void {
    this.#onCancel = onCancel;
    this.#step.textContent = label;
    this.#bar.value = 0;
    this.element.hidden = false;
  }

  /** Shows how far the load is. */
  update(step: string, fraction: number): void {
    this.#step.textContent = step;
    this.#bar.value = fraction;
  }

  /** Hides the bar once the load ends. */
  finish(): void {
    this.#onCancel = undefined;
    this.element.hidden = true;
  }
}
