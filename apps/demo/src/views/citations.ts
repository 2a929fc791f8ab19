/** Citations: each quote shown verbatim, linked to the source it comes from. */
import type { Citation } from "@statecraft/core";
import { h } from "../dom.js";
import { formatDate } from "../format.js";
import type { DataIndex } from "../prepared-dataset.js";

/** Renders citations as a list of quotes and source references; `null` when there are none. */
export function citationList(
  index: DataIndex,
  citations: readonly Citation[] | undefined,
): HTMLElement | null {
  if (!citations || citations.length === 0) return null;
  return h(
    "ul",
    { class: "citations" },
    citations.map((citation) => {
      const source = index.getOf("source", citation.source);
      const title = source?.title ?? citation.source;
      const byline = [
        source?.publisher,
        source?.published ? formatDate(source.published) : undefined,
      ]
        .filter(Boolean)
        .join(", ");
      const name = source?.url
        ? h("a", { href: source.url, rel: "noreferrer", target: "_blank" }, title)
        : h("cite", null, title);
      return h(
        "li",
        null,
        citation.quote ? h("blockquote", null, `“${citation.quote}”`) : null,
        h(
          "p",
          { class: "source" },
          "— ",
          name,
          byline ? ` (${byline})` : null,
          citation.locator ? `, ${citation.locator}` : null,
        ),
        citation.note ? h("p", { class: "note" }, citation.note) : null,
      );
    }),
  );
}
