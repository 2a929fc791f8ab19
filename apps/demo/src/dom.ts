/**
 * Two small element builders, `h` for HTML and `s` for SVG, so views read as a tree of
 * elements rather than a sequence of `createElement` calls.
 *
 * Attributes: `on<event>` keys with a function add a listener; `true` sets an empty attribute;
 * `false`, `null` and `undefined` leave it out; anything else is set as a string.
 */

/** What a builder accepts as a child: nodes, text, nested lists; falsy values are skipped. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes and listeners for a builder. */
export type Attributes = Record<
  string,
  string | number | boolean | null | undefined | ((event: Event) => void)
>;

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(
  element: Element,
  attributes: Attributes | null | undefined,
  children: readonly Child[],
): void {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
}

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === "string" || typeof child === "number") parent.append(String(child));
    else parent.append(child as Node);
  }
}

/**
 * Builds an HTML element.
 *
 * @example
 * ```ts
 * h("button", { type: "button", onclick: () => reset() }, "Clear filters");
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attributes, children);
  return element;
}

/** Builds an SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes?: Attributes | null,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  apply(element, attributes, children);
  return element;
}
