import type { Problem } from "../problem.js";

/** A problem as one line, `file:line:column code message`, for compact exact assertions. */
export function line(p: Problem): string {
  return `${p.file ?? ""}:${p.line ?? "-"}:${p.column ?? "-"} ${p.code} ${p.recordId ?? ""}${p.pointer} ${p.message}`;
}

/** A valid source record, as YAML text. */
export const SOURCE_YAML = `- id: ap
  type: source
  kind: news_article
  title: A story
  published: "2024-04-21"
`;
