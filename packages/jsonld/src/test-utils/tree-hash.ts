/**
 * A linear-time isomorphism check for graphs whose blank nodes form trees (each blank node is the
 * object of exactly one statement), which is what both writers produce. Every blank node is
 * replaced by a hash of its subtree (its statements with children's hashes substituted), and the
 * graphs are compared as sorted multisets of statements. RDFC-1.0 (rdf-canonize) gives the same
 * verdict but is too slow for hundreds of thousands of blank nodes with identical content.
 *
 * @module
 */
import { createHash } from "node:crypto";

interface Statement {
  readonly subject: string;
  readonly rest: string;
  readonly object: string;
}

/** Splits an N-Quads line into subject, predicate + object text, and the object if it is a blank node. */
function parseLine(line: string): Statement {
  const first = line.indexOf(" ");
  const subject = line.slice(0, first);
  const rest = line.slice(first + 1, line.lastIndexOf(" ."));
  const last = rest.lastIndexOf(" ");
  const object = rest.slice(last + 1);
  return { subject, rest, object: object.startsWith("_:") ? object : "" };
}

/**
 * The graph as a sorted list of statements with blank nodes replaced by subtree hashes.
 *
 * @throws {Error} If a blank node is the object of more than one statement (not a tree).
 */
export function treeCanonical(nquads: string): string[] {
  const statements = nquads
    .split("\n")
    .filter((line) => line.length > 0)
    .map(parseLine);
  const children = new Map<string, Statement[]>();
  const parents = new Map<string, number>();
  for (const s of statements) {
    if (s.subject.startsWith("_:")) {
      const list = children.get(s.subject);
      if (list) list.push(s);
      else children.set(s.subject, [s]);
    }
    if (s.object) parents.set(s.object, (parents.get(s.object) ?? 0) + 1);
  }
  for (const [node, count] of parents)
    if (count > 1) throw new Error(`${node} is shared by ${count} statements: not a tree`);
  const hashes = new Map<string, string>();
  const hashOf = (node: string): string => {
    let hash = hashes.get(node);
    if (hash === undefined) {
      const lines = (children.get(node) ?? []).map((s) => substitute(s)).sort();
      hash = `_:h${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 32)}`;
      hashes.set(node, hash);
    }
    return hash;
  };
  const substitute = (s: Statement): string => {
    const rest = s.object
      ? `${s.rest.slice(0, s.rest.length - s.object.length)}${hashOf(s.object)}`
      : s.rest;
    return `${s.subject.startsWith("_:") ? "" : s.subject} ${rest}`;
  };
  return statements
    .filter((s) => !s.subject.startsWith("_:"))
    .map((s) => substitute(s))
    .concat(
      [...children.keys()]
        .filter((node) => !parents.has(node))
        .map((node) => `root ${hashOf(node)}`),
    )
    .sort();
}
