/**
 * RDFC-1.0 canonical N-Quads for the graphs the writer produces, computed directly.
 *
 * Every blank node the writer makes is a nested value (a participant, a citation, a list cell):
 * it is the object of exactly one statement and no chain of blank nodes loops, so the blank
 * nodes form trees hanging off record IRIs. On such a graph the RDFC-1.0 algorithm (W3C
 * Recommendation, https://www.w3.org/TR/rdf-canon/) is cheap: first-degree hashes are unique for
 * nearly every node (each mentions its parent), and the N-degree hash of the others only walks
 * their own small tree. This module runs the algorithm exactly as specified (and as `rdf-canonize`
 * implements it, down to the permutation order), over the writer's lines, without parsing them
 * into terms and without the quadratic duplicate check of a general N-Quads parser. The output
 * is byte-identical to `rdf-canonize` (a property test checks it).
 *
 * {@link canonicalTreeNQuads} refuses (returns `undefined`) a graph whose blank nodes are not
 * trees; the caller then falls back to `rdf-canonize`.
 *
 * @module
 */
import { sha256Hex } from "./sha256.js";

/** A statement as the writer writes it: each term in its N-Quads form. */
interface Quad {
  readonly s: string;
  readonly p: string;
  readonly o: string;
}

/** Issues identifiers `prefix0`, `prefix1`... in order of first request (RDFC-1.0 §4.5). */
class IdentifierIssuer {
  constructor(
    readonly prefix: string,
    readonly issued: Map<string, string> = new Map(),
    private counter = 0,
  ) {}

  id(old: string): string {
    let id = this.issued.get(old);
    if (id === undefined) {
      id = `${this.prefix}${this.counter++}`;
      this.issued.set(old, id);
    }
    return id;
  }

  has(old: string): boolean {
    return this.issued.has(old);
  }

  clone(): IdentifierIssuer {
    return new IdentifierIssuer(this.prefix, new Map(this.issued), this.counter);
  }
}

/**
 * Permutations in the order `rdf-canonize` generates them: the sorted list first, then the
 * Steinhaus–Johnson–Trotter sequence.
 */
function* permutations(list: readonly string[]): Generator<string[]> {
  const current = [...list].sort();
  const left = new Map(current.map((item) => [item, true]));
  for (;;) {
    yield current.slice();
    let k: string | undefined;
    let pos = 0;
    for (let i = 0; i < current.length; i++) {
      const element = current[i] as string;
      const toLeft = left.get(element);
      if (
        (k === undefined || element > k) &&
        ((toLeft && i > 0 && element > (current[i - 1] as string)) ||
          (!toLeft && i < current.length - 1 && element > (current[i + 1] as string)))
      ) {
        k = element;
        pos = i;
      }
    }
    if (k === undefined) return;
    const swap = left.get(k) ? pos - 1 : pos + 1;
    current[pos] = current[swap] as string;
    current[swap] = k;
    for (const element of current) if (element > k) left.set(element, !left.get(element));
  }
}

/** Splits one of the writer's lines (`S P O .\n`, default graph) into its terms. */
function parseLine(line: string): Quad {
  const first = line.indexOf(" ");
  const second = line.indexOf(" ", first + 1);
  // The line ends with " .\n"; a literal object may itself hold " ." but never at the very end.
  return {
    s: line.slice(0, first),
    p: line.slice(first + 1, second),
    o: line.slice(second + 1, -3),
  };
}

function isBlank(term: string): boolean {
  return term.charCodeAt(0) === 95 /* _ */ && term.charCodeAt(1) === 58 /* : */;
}

/** The blank node's label without `_:`. */
function label(term: string): string {
  return term.slice(2);
}

/** The RDFC-1.0 state for one graph. */
class Canonicaliser {
  private readonly quadsOf = new Map<string, Quad[]>();
  private readonly firstDegree = new Map<string, string>();
  private readonly canonical = new IdentifierIssuer("c14n");
  private remainingDeepIterations = 0;

  constructor(private readonly quads: readonly Quad[]) {
    for (const quad of quads) {
      if (isBlank(quad.s)) this.mention(label(quad.s), quad);
      if (isBlank(quad.o) && quad.o !== quad.s) this.mention(label(quad.o), quad);
    }
  }

  private mention(node: string, quad: Quad): void {
    const list = this.quadsOf.get(node);
    if (list) list.push(quad);
    else this.quadsOf.set(node, [quad]);
  }

  /** Whether every blank node is the object of at most one statement and no blank nodes form a cycle. */
  isForest(): boolean {
    const parent = new Map<string, string>();
    for (const quad of this.quads) {
      if (!isBlank(quad.o)) continue;
      const child = label(quad.o);
      if (parent.has(child)) return false;
      parent.set(child, isBlank(quad.s) ? label(quad.s) : "");
    }
    const done = new Set<string>();
    for (const start of parent.keys()) {
      const path = new Set<string>();
      let node: string | undefined = start;
      while (node !== undefined && node !== "" && !done.has(node)) {
        if (path.has(node)) return false;
        path.add(node);
        node = parent.get(node);
      }
      for (const visited of path) done.add(visited);
    }
    return true;
  }

  /** Hash First Degree Quads (RDFC-1.0 §4.6). */
  private hashFirstDegree(node: string): string {
    const own = `_:${node}`;
    const lines = (this.quadsOf.get(node) ?? []).map(
      (q) =>
        `${isBlank(q.s) ? (q.s === own ? "_:a" : "_:z") : q.s} ${q.p} ${isBlank(q.o) ? (q.o === own ? "_:a" : "_:z") : q.o} .\n`,
    );
    lines.sort();
    const hash = sha256Hex(lines.join(""));
    this.firstDegree.set(node, hash);
    return hash;
  }

  /** Hash Related Blank Node (RDFC-1.0 §4.7). */
  private hashRelated(
    related: string,
    quad: Quad,
    issuer: IdentifierIssuer,
    position: string,
  ): string {
    const id = this.canonical.has(related)
      ? `_:${this.canonical.id(related)}`
      : issuer.has(related)
        ? `_:${issuer.id(related)}`
        : (this.firstDegree.get(related) as string);
    return sha256Hex(`${position}${quad.p}${id}`);
  }

  /** Hash N-Degree Quads (RDFC-1.0 §4.8). */
  private hashNDegree(
    node: string,
    issuer: IdentifierIssuer,
  ): { hash: string; issuer: IdentifierIssuer } {
    if (this.remainingDeepIterations === 0)
      throw new Error("Maximum deep iterations exceeded in RDFC-1.0 canonicalisation.");
    this.remainingDeepIterations--;
    const own = `_:${node}`;
    const hashToRelated = new Map<string, string[]>();
    const add = (term: string, quad: Quad, position: string): void => {
      if (!isBlank(term) || term === own) return;
      const related = label(term);
      const hash = this.hashRelated(related, quad, issuer, position);
      const list = hashToRelated.get(hash);
      if (list) list.push(related);
      else hashToRelated.set(hash, [related]);
    };
    for (const quad of this.quadsOf.get(node) ?? []) {
      add(quad.s, quad, "s");
      add(quad.o, quad, "o");
    }
    let data = "";
    let current = issuer;
    for (const hash of [...hashToRelated.keys()].sort()) {
      data += hash;
      let chosenPath = "";
      let chosenIssuer: IdentifierIssuer | undefined;
      permutation: for (const permutation of permutations(hashToRelated.get(hash) as string[])) {
        let copy = current.clone();
        let path = "";
        const recursion: string[] = [];
        for (const related of permutation) {
          if (this.canonical.has(related)) {
            path += `_:${this.canonical.id(related)}`;
          } else {
            if (!copy.has(related)) recursion.push(related);
            path += `_:${copy.id(related)}`;
          }
          if (chosenPath.length !== 0 && path > chosenPath) continue permutation;
        }
        for (const related of recursion) {
          const result = this.hashNDegree(related, copy);
          path += `_:${copy.id(related)}<${result.hash}>`;
          copy = result.issuer;
          if (chosenPath.length !== 0 && path > chosenPath) continue permutation;
        }
        if (chosenPath.length === 0 || path < chosenPath) {
          chosenPath = path;
          chosenIssuer = copy;
        }
      }
      data += chosenPath;
      current = chosenIssuer as IdentifierIssuer;
    }
    return { hash: sha256Hex(data), issuer: current };
  }

  /** The statements with canonical blank node labels (RDFC-1.0 §4.4), unsorted. */
  relabelled(): string[] {
    const byHash = new Map<string, string[]>();
    for (const node of this.quadsOf.keys()) {
      const hash = this.hashFirstDegree(node);
      const list = byHash.get(hash);
      if (list) list.push(node);
      else byHash.set(hash, [node]);
    }
    const nonUnique: string[][] = [];
    for (const hash of [...byHash.keys()].sort()) {
      const nodes = byHash.get(hash) as string[];
      if (nodes.length > 1) nonUnique.push(nodes);
      else this.canonical.id(nodes[0] as string);
    }
    // The same bound as rdf-canonize's default work factor (3), so both refuse the same graphs.
    const count = nonUnique.reduce((sum, nodes) => sum + nodes.length, 0);
    this.remainingDeepIterations = Math.min(count ** 3, Number.MAX_SAFE_INTEGER);
    for (const nodes of nonUnique) {
      const results: { hash: string; issuer: IdentifierIssuer }[] = [];
      for (const node of nodes) {
        if (this.canonical.has(node)) continue;
        const issuer = new IdentifierIssuer("b");
        issuer.id(node);
        results.push(this.hashNDegree(node, issuer));
      }
      results.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
      for (const result of results)
        for (const old of result.issuer.issued.keys()) this.canonical.id(old);
    }
    const term = (t: string): string => (isBlank(t) ? `_:${this.canonical.id(label(t))}` : t);
    return this.quads.map((q) => `${term(q.s)} ${q.p} ${term(q.o)} .\n`);
  }
}

/**
 * The RDFC-1.0 canonical form of N-Quads lines written by this package's writer (every line
 * `subject predicate object .\n` in the default graph, in canonical N-Quads escaping), when the
 * blank nodes form trees.
 *
 * @param lines - The writer's lines; a repeated line is one statement.
 * @returns The canonical lines, sorted; `undefined` when some blank node is the object of two
 *   statements or blank nodes form a cycle (use a general RDFC-1.0 implementation then).
 * @throws {Error} If the graph needs more work than rdf-canonize's default bound allows.
 */
export function canonicalTreeNQuads(lines: Iterable<string>): string[] | undefined {
  // Only statements with a blank node change; the others are already canonical N-Quads.
  const fixed: string[] = [];
  const blank = new Set<string>();
  for (const line of lines) {
    if (mayHaveBlankNode(line)) blank.add(line);
    else fixed.push(line);
  }
  const canonicaliser = new Canonicaliser([...blank].map(parseLine));
  if (!canonicaliser.isForest()) return undefined;
  const out = fixed.concat(canonicaliser.relabelled());
  out.sort();
  // A graph is a set: a statement written twice is one line.
  let kept = 0;
  for (let i = 0; i < out.length; i++)
    if (i === 0 || out[i] !== out[i - 1]) out[kept++] = out[i] as string;
  out.length = kept;
  return out;
}

/**
 * Whether a line may mention a blank node: its subject is one, or its last term starts with `_:`
 * (a literal holding ` _:` may match too, which only costs a parse).
 */
function mayHaveBlankNode(line: string): boolean {
  if (isBlank(line)) return true;
  const space = line.lastIndexOf(" ", line.length - 4);
  return line.charCodeAt(space + 1) === 95 /* _ */ && line.charCodeAt(space + 2) === 58 /* : */;
}
