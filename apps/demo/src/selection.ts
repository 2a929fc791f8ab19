/**
 * The part of a dataset the filters select, computed once per render and shared by every view,
 * so that an actor or issue filter narrows the timeline, the network, the issues and the
 * tariffs alike.
 *
 * - An **actor** filter keeps meetings the actor takes part in or is represented at, positions
 *   the actor holds or is the target of, and tariffs that name the actor (imposer, target,
 *   exclusion, jurisdiction).
 * - An **issue** filter keeps the issue and its sub-issues, the meetings that raise them (on the
 *   agenda or in an outcome, including a trip's legs), and the tariffs that concern them.
 */
import {
  type DatasetIndex,
  type Issue,
  issuesRaised,
  type Meeting,
  type Position,
  type Tariff,
  timeline,
} from "@statecraft/core";

/** The filters, as ids. */
export interface Filters {
  readonly actor?: string | undefined;
  readonly issue?: string | undefined;
}

/** An issue with the positions and meetings that pass the filters. */
export interface SelectedIssue {
  readonly issue: Issue;
  readonly positions: readonly Position[];
  /** Meetings in the selection that raise this issue. */
  readonly meetings: readonly Meeting[];
}

/** What every view draws. */
export interface Selection {
  /** Meetings in date order (undated last). */
  readonly meetings: readonly Meeting[];
  /** Issues, in dataset order. */
  readonly issues: readonly SelectedIssue[];
  /** Tariffs, in dataset order. */
  readonly tariffs: readonly Tariff[];
}

const MEETING_ACTOR = /^\/participants\/\d+\/(actor|representing)$/;
const POSITION_ACTOR = /^\/positions\/(\d+)\/(actor|target)$/;

/** The issue and every issue below it through `parent`, as ids. */
export function issueFamily(index: DatasetIndex, issueId: string): Set<string> {
  const family = new Set([issueId]);
  const issues = index.ofType("issue");
  let grew = true;
  while (grew) {
    grew = false;
    for (const issue of issues) {
      if (issue.parent !== undefined && family.has(issue.parent) && !family.has(issue.id)) {
        family.add(issue.id);
        grew = true;
      }
    }
  }
  return family;
}

/** The ids of meetings an actor takes part in or is represented at. */
function meetingsInvolving(index: DatasetIndex, actorId: string): Set<string> {
  const ids = new Set<string>();
  for (const ref of index.referencesTo(actorId)) {
    if (ref.from.type === "meeting" && MEETING_ACTOR.test(ref.pointer)) ids.add(ref.from.id);
  }
  return ids;
}

/**
 * Selects what the filters keep. Unknown ids select nothing (the app drops them from the URL
 * before it gets here).
 */
export function select(index: DatasetIndex, filters: Filters): Selection {
  const family = filters.issue === undefined ? undefined : issueFamily(index, filters.issue);
  const involved =
    filters.actor === undefined ? undefined : meetingsInvolving(index, filters.actor);
  const raises = (meeting: Meeting) => issuesRaised(index, meeting.id).map((issue) => issue.id);

  const meetings = timeline(index).filter(
    (meeting) =>
      (involved === undefined || involved.has(meeting.id)) &&
      (family === undefined || raises(meeting).some((id) => family.has(id))),
  );

  const positionsByActor = new Map<string, Set<Position>>();
  if (filters.actor !== undefined) {
    for (const ref of index.referencesTo(filters.actor)) {
      const match = POSITION_ACTOR.exec(ref.pointer);
      const position =
        match && ref.from.type === "issue" ? ref.from.positions?.[Number(match[1])] : undefined;
      if (position === undefined) continue;
      const set = positionsByActor.get(ref.from.id);
      if (set) set.add(position);
      else positionsByActor.set(ref.from.id, new Set([position]));
    }
  }
  const issues: SelectedIssue[] = [];
  for (const issue of index.ofType("issue")) {
    if (family !== undefined && !family.has(issue.id)) continue;
    const positions =
      filters.actor === undefined
        ? (issue.positions ?? [])
        : (issue.positions ?? []).filter((p) => positionsByActor.get(issue.id)?.has(p));
    const raisedIn = meetings.filter((meeting) => raises(meeting).includes(issue.id));
    if (filters.actor !== undefined && positions.length === 0 && raisedIn.length === 0) continue;
    issues.push({ issue, positions, meetings: raisedIn });
  }

  const tariffs = index
    .ofType("tariff")
    .filter(
      (tariff) =>
        (filters.actor === undefined ||
          index.referencesFrom(tariff.id).some((ref) => ref.id === filters.actor)) &&
        (family === undefined || (tariff.issues ?? []).some((id) => family.has(id))),
    );

  return { meetings, issues, tariffs };
}
