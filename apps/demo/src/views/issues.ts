/**
 * Issues: each with the positions actors take on it (stance, toward whom, when), every
 * position followed by the source quote that states it, and the meetings that raise it.
 */
import { h } from "../dom.js";
import { formatDate, plural, words } from "../format.js";
import type { SelectedIssue } from "../selection.js";
import { withFilter } from "../view-state.js";
import { citationList } from "./citations.js";
import { actorButton, actorName, issueName, meetingLink, type ViewContext } from "./context.js";

/** Meetings named under an issue; the filter shows them all. */
const RAISED_IN_LISTED = 20;

function issueCard(ctx: ViewContext, { issue, positions, meetings }: SelectedIssue): HTMLElement {
  const selected = ctx.state.issue === issue.id;
  const headingId = `issue-${issue.id}`;
  return h(
    "article",
    { class: "issue card", "aria-labelledby": headingId, "data-id": issue.id },
    h(
      "header",
      null,
      h("h3", { id: headingId }, issue.name),
      h(
        "p",
        { class: "meta" },
        words(issue.category),
        issue.parent ? ` · part of ${issueName(ctx.index, issue.parent)}` : null,
        meetings.length > 0 ? ` · raised in ${plural(meetings.length, "meeting")}` : null,
      ),
      h(
        "button",
        {
          type: "button",
          class: "chip",
          "aria-pressed": selected ? "true" : "false",
          "data-focus-key": `issue:${issue.id}`,
          onclick: () =>
            ctx.navigate(withFilter(ctx.state, "issue", selected ? undefined : issue.id)),
        },
        selected ? "Show all issues" : "Filter by this issue",
      ),
    ),
    issue.description ? h("p", null, issue.description) : null,
    positions.length > 0
      ? h(
          "ol",
          { class: "positions", "aria-label": `Positions on ${issue.name}` },
          positions.map((position) =>
            h(
              "li",
              { class: "position" },
              h(
                "p",
                { class: "position-head" },
                actorButton(ctx, position.actor),
                " ",
                h("span", { class: `stance stance-${position.stance}` }, words(position.stance)),
                position.target ? ` toward ${actorName(ctx.index, position.target)}` : null,
                position.date
                  ? h("span", { class: "meta" }, ` · ${formatDate(position.date)}`)
                  : null,
              ),
              h("p", null, position.summary),
              citationList(ctx.index, position.sources),
            ),
          ),
        )
      : h(
          "p",
          { class: "meta" },
          ctx.state.actor ? "No positions by or toward this actor." : "No positions recorded.",
        ),
    meetings.length > 0
      ? h(
          "p",
          { class: "meta" },
          "Raised in: ",
          meetings
            .slice(0, RAISED_IN_LISTED)
            .map((m, i) => [i > 0 ? "; " : "", meetingLink(ctx, m.id, m.title)]),
          meetings.length > RAISED_IN_LISTED
            ? `; and ${plural(meetings.length - RAISED_IN_LISTED, "more meeting")} (filter by this issue to list them in the timeline)`
            : null,
        )
      : null,
  );
}

/** Renders the selected issues. */
export function issuesView(ctx: ViewContext): HTMLElement {
  const issues = ctx.selection.issues;
  if (issues.length === 0)
    return h(
      "p",
      { class: "empty" },
      ctx.index.ofType("issue").length === 0
        ? "This dataset has no issues."
        : "No issues match the filters.",
    );
  // Issues with positions first: they are what the reader came for.
  const ordered = [...issues].sort(
    (a, b) => Number(b.positions.length > 0) - Number(a.positions.length > 0),
  );
  return h(
    "div",
    { class: "issues-view cards" },
    ordered.map((issue) => issueCard(ctx, issue)),
  );
}
