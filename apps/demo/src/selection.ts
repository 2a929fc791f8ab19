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
import type { Issue, Meeting, Position, Tariff } from "@statecraft/core";
import type { DataIndex, PreparedDataset } from "./prepared-dataset.js";

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
  /** Meetings in timeline order (a trip's legs under the trip; undated last). */
  readonly meetings: readonly Meeting[];
  /** Issues, in dataset order. */
  readonly issues: readonly SelectedIssue[];
  /** Tariffs, in dataset order. */
  readonly tariffs: readonly Tariff[];
}

/** The issue and every issue below it through `parent`, as ids. */
export function issueFamily(index: DataIndex, issueId: string): Set<string> {
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

/**
 * Selects what the filters keep, from the facts prepared with the dataset (one pass over the
 * meetings, no reference walk). Unknown ids select nothing (the app drops them from the URL
 * before it gets here).
 */
export function select(dataset: PreparedDataset, filters: Filters): Selection {
  const { actor } = filters;
  const family = filters.issue === undefined ? undefined : issueFamily(dataset, filters.issue);
  // An actor's meetings are listed with the dataset: no pass over every meeting.
  const candidates = actor === undefined ? dataset.meetings : dataset.meetingsOf(actor);
  const meetings =
    family === undefined
      ? candidates
      : candidates.filter((meeting) =>
          dataset.factsOf(meeting).issues.some((id) => family.has(id)),
        );

  // The issues and tariffs are worked out when a view asks for them (the timeline does not).
  let issues: SelectedIssue[] | undefined;
  let tariffs: Tariff[] | undefined;
  const selectRest = () => {
    const raisedIn = new Map<string, Meeting[]>();
    for (const meeting of meetings) {
      for (const id of dataset.factsOf(meeting).issues) {
        const list = raisedIn.get(id);
        if (list) list.push(meeting);
        else raisedIn.set(id, [meeting]);
      }
    }
    issues = [];
    for (const issue of dataset.ofType("issue")) {
      if (family !== undefined && !family.has(issue.id)) continue;
      const positions =
        actor === undefined
          ? (issue.positions ?? [])
          : (issue.positions ?? []).filter((p) => p.actor === actor || p.target === actor);
      const raising = raisedIn.get(issue.id) ?? [];
      if (actor !== undefined && positions.length === 0 && raising.length === 0) continue;
      issues.push({ issue, positions, meetings: raising });
    }

    tariffs = dataset
      .ofType("tariff")
      .filter(
        (tariff) =>
          (actor === undefined || dataset.tariffActors(tariff.id).has(actor)) &&
          (family === undefined || (tariff.issues ?? []).some((id) => family.has(id))),
      );
  };
  return {
    meetings,
    get issues() {
      if (issues === undefined) selectRest();
      return issues!;
    },
    get tariffs() {
      if (tariffs === undefined) selectRest();
      return tariffs!;
    },
  };
}
