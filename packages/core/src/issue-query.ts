import type { DatasetIndex } from "./dataset-index.js";
import type { Issue } from "./issue.js";
import type { Position } from "./position.js";

/** A position together with the issue it is on. */
export interface IssuePosition {
  /** The issue. */
  readonly issue: Issue;
  /** The position taken on it. */
  readonly position: Position;
}

/**
 * The positions taken on an issue, optionally only those of one actor.
 *
 * @param index - The dataset index.
 * @param issueId - The issue's id.
 * @param actorId - When given, only this actor's positions.
 * @returns The positions, in the order recorded.
 * @example
 * ```ts
 * positionsOn(index, "taiwan-question").map((p) => `${p.actor}: ${p.stance}`);
 * // ["usa: condemnation", "china: red_line", "usa: support", "chinese-government: objection"]
 * positionsOn(index, "taiwan-question", "china").map((p) => p.stance); // ["red_line"]
 * ```
 */
export function positionsOn(index: DatasetIndex, issueId: string, actorId?: string): Position[] {
  const positions = index.getOf("issue", issueId)?.positions ?? [];
  return actorId === undefined ? [...positions] : positions.filter((p) => p.actor === actorId);
}

/**
 * Every position an actor takes, across issues.
 *
 * @param index - The dataset index.
 * @param actorId - The actor's id.
 * @returns The actor's positions with their issues.
 * @example
 * ```ts
 * positionsOf(index, "usa").map(({ issue, position }) => `${issue.id}: ${position.stance}`);
 * // ["counternarcotics: support", "china-support-for-russia-defense-industry: demand", "taiwan-question: condemnation", ...]
 * ```
 */
export function positionsOf(index: DatasetIndex, actorId: string): IssuePosition[] {
  const out: IssuePosition[] = [];
  for (const ref of index.referencesTo(actorId)) {
    const match = /^\/positions\/(\d+)\/actor$/.exec(ref.pointer);
    if (ref.from.type !== "issue" || !match) continue;
    const position = ref.from.positions?.[Number(match[1])];
    if (position) out.push({ issue: ref.from, position });
  }
  return out;
}
