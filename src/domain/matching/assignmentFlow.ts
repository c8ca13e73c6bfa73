/**
 * An exact capacitated assignment as a min-cost flow: successive shortest paths with Dijkstra on
 * reduced costs (Johnson potentials), adding one left node (mentee) at a time — the Hungarian
 * method generalised to capacities.
 *
 * Network: left i → right j (capacity 1) for each candidate edge; right j → sink (capacity cⱼ);
 * left i → sink directly, the «no match» edge. Every left node is routed (matched or not), so the
 * problem is always feasible and a path always exists.
 *
 * Costs are pairs compared lexicographically, (integer level, real level): the no-match edge of a
 * left node costs (missPenalty[i], 0) and a candidate edge (0, cost). The integer level decides
 * how many — and which — left nodes are matched, the real level only then the sum of costs. Pairs
 * keep both exact: an integer penalty folded into one double next to 20,000 scores would drown the
 * scores' last digits. Potentials and distances are pairs too; every optimality argument of
 * min-cost flow holds over any ordered group, pairs included.
 *
 * Invariant: the flow is optimal for the left nodes routed so far, and the potentials p make the
 * reduced cost c(u,v) + p(u) − p(v) of every residual edge non-negative. Each search stops as soon
 * as its target is settled; only settled nodes move their potential (p(v) += d(v) − d(target)),
 * which keeps the invariant and keeps a search as small as the part of the graph it had to see.
 *
 * Edges added later (`addEdges`, the pricing rounds of assign.ts) are taken in without starting
 * over: the left node's potential is raised until its new edges are feasible, which leaves one
 * residual edge negative — the one into the node along its current route — and one search from
 * the node back to that route's end either finds a negative cycle (the new edge is worth it: the
 * flow moves around the cycle) or proves there is none; either way the potentials are then
 * feasible again.
 *
 * Complexity: one Dijkstra per left node, O((E + V) log V) in the worst case, E = candidate edges,
 * V = left + right + 1; usually a search settles a small part of the graph.
 */
import { TupleHeap } from "./tupleHeap";

export const NO_MATCH = -1;
const UNROUTED = -2;

export interface FlowInput {
  readonly left: number;
  readonly right: number;
  /** Per right node: how many left nodes it may take. */
  readonly capacity: ArrayLike<number>;
  /** Per left node: the integer cost of leaving it unmatched (≥ 1). */
  readonly missPenalty: ArrayLike<number>;
  /** Per left node: its candidate right nodes and the real cost of each edge. */
  readonly edgeTo: readonly Int32Array[];
  readonly edgeCost: readonly Float64Array[];
}

export class AssignmentFlow {
  /** Per left node: its right node, or NO_MATCH. */
  readonly match: Int32Array;
  /** Per left node: the real cost of its edge (0 when unmatched). */
  readonly matchCost: Float64Array;
  /** Potentials, integer and real level; left nodes first, then right nodes, then the sink. */
  readonly pMajor: Float64Array;
  readonly pMinor: Float64Array;
  /** Nodes settled over all searches: the work done, for the benchmark. */
  settledTotal = 0;

  private readonly n: number;
  private readonly sink: number;
  private readonly edgeTo: Int32Array[];
  private readonly edgeCost: Float64Array[];
  private readonly holders: number[][];
  private readonly dMajor: Float64Array;
  private readonly dMinor: Float64Array;
  private readonly seen: Int32Array;
  private readonly done: Int32Array;
  private readonly parent: Int32Array;
  private readonly parentCost: Float64Array;
  private readonly heap = new TupleHeap();
  private readonly settled: number[] = [];
  private readonly level: number[] = [];
  private stamp = 0;

  constructor(private readonly input: FlowInput) {
    const n = input.left;
    const v = n + input.right + 1;
    this.n = n;
    this.sink = v - 1;
    this.edgeTo = [...input.edgeTo];
    this.edgeCost = [...input.edgeCost];
    this.match = new Int32Array(n).fill(UNROUTED);
    this.matchCost = new Float64Array(n);
    this.pMajor = new Float64Array(v);
    this.pMinor = new Float64Array(v);
    this.holders = Array.from({ length: input.right }, () => []);
    this.dMajor = new Float64Array(v);
    this.dMinor = new Float64Array(v);
    this.seen = new Int32Array(v);
    this.done = new Int32Array(v);
    this.parent = new Int32Array(v);
    this.parentCost = new Float64Array(v);
  }

  /** Routes every left node (in the order given, default 0, 1, …): an optimal assignment of them all. */
  solve(order?: ArrayLike<number>): this {
    if (order) for (let k = 0; k < order.length; k++) this.route(order[k]);
    else for (let i = 0; i < this.n; i++) this.route(i);
    return this;
  }

  /** Left nodes now held by right node j. */
  holdersOf(j: number): readonly number[] {
    return this.holders[j];
  }

  /** Candidate right nodes of left node i (with those added later). */
  edgesOf(i: number): Int32Array {
    return this.edgeTo[i];
  }

  /** Reduced cost of a left → right edge with this real cost, as a pair (negative: the edge would pay). */
  reducedCost(i: number, j: number, cost: number): { major: number; minor: number } {
    const r = this.n + j;
    return { major: this.pMajor[i] - this.pMajor[r], minor: cost + this.pMinor[i] - this.pMinor[r] };
  }

  /**
   * Adds candidate edges to a routed left node and restores optimality (see the file comment).
   */
  addEdges(i: number, to: readonly number[], cost: readonly number[]): void {
    const { pMajor, pMinor, n } = this;
    this.edgeTo[i] = Int32Array.from([...this.edgeTo[i], ...to]);
    this.edgeCost[i] = Float64Array.from([...this.edgeCost[i], ...cost]);
    let major = pMajor[i];
    let minor = pMinor[i];
    to.forEach((j, k) => {
      const a = pMajor[n + j];
      const b = pMinor[n + j] - cost[k];
      if (a > major || (a === major && b > minor)) [major, minor] = [a, b];
    });
    const raiseMajor = major - pMajor[i];
    const raiseMinor = minor - pMinor[i];
    if (raiseMajor === 0 && raiseMinor <= 0) return; // the new edges are no shorter: nothing to do
    pMajor[i] = major;
    pMinor[i] = minor;
    // The edge into i along its route now has reduced cost −raise: look for a cheaper way back.
    const end = this.match[i] === NO_MATCH ? this.sink : n + this.match[i];
    if (this.search(i, end, raiseMajor, raiseMinor)) {
      if (end !== this.sink) this.removeHolder(end - n, i);
      this.augment(i, end);
    }
  }

  private route(s: number): void {
    const { edgeTo, edgeCost } = this;
    const { missPenalty } = this.input;
    const { pMajor, pMinor, sink, n } = this;
    // The new node's potential: high enough that each of its edges has a non-negative reduced cost.
    let bestMajor = pMajor[sink] - missPenalty[s];
    let bestMinor = pMinor[sink];
    const to = edgeTo[s];
    const cost = edgeCost[s];
    for (let k = 0; k < to.length; k++) {
      const major = pMajor[n + to[k]];
      const minor = pMinor[n + to[k]] - cost[k];
      if (major > bestMajor || (major === bestMajor && minor > bestMinor)) {
        bestMajor = major;
        bestMinor = minor;
      }
    }
    pMajor[s] = bestMajor;
    pMinor[s] = bestMinor;
    this.search(s, sink, Infinity, 0);
    this.augment(s, sink);
  }

  /**
   * Dijkstra from `start` until `target` is settled, or until the next node is at least as far as
   * the cutoff (then false). Moves the potentials of the settled nodes.
   */
  private search(start: number, target: number, cutMajor: number, cutMinor: number): boolean {
    const st = ++this.stamp;
    const { heap, settled, done, sink, n, dMajor, dMinor } = this;
    heap.clear();
    settled.length = 0;
    this.seen[start] = st;
    dMajor[start] = 0;
    dMinor[start] = 0;
    this.parent[start] = -1;
    const level = this.level;
    level.length = 0;
    let head = 0;
    level.push(start);
    let found = false;
    for (;;) {
      // Nodes reached by a tight edge (reduced cost 0) are as close as the node that reached them:
      // they are settled next, from a plain queue. Equal scores make such plateaus large.
      let u: number;
      if (head < level.length) u = level[head++];
      else if (heap.size > 0) u = heap.pop();
      else break;
      if (done[u] === st) continue;
      if (dMajor[u] > cutMajor || (dMajor[u] === cutMajor && dMinor[u] >= cutMinor)) break;
      done[u] = st;
      settled.push(u);
      if (u === target) {
        found = true;
        break;
      }
      if (u < n) this.expandLeft(u, st);
      else if (u < sink) this.expandRight(u - n, st);
      else this.expandSink(st);
      // The target reached at this same distance cannot come any closer: take it now.
      if (this.seen[target] === st && dMajor[target] === dMajor[u] && dMinor[target] === dMinor[u]) {
        done[target] = st;
        settled.push(target);
        found = true;
        break;
      }
    }
    this.settledTotal += settled.length;
    // Settled nodes move by d(v) − d(end); the others, all at least that far, stay (a uniform shift).
    const endMajor = found ? dMajor[target] : cutMajor;
    const endMinor = found ? dMinor[target] : cutMinor;
    for (const v of settled) {
      this.pMajor[v] += dMajor[v] - endMajor;
      this.pMinor[v] += dMinor[v] - endMinor;
    }
    return found;
  }

  private expandLeft(u: number, st: number): void {
    const to = this.edgeTo[u];
    const cost = this.edgeCost[u];
    const current = this.match[u];
    for (let k = 0; k < to.length; k++) {
      if (to[k] !== current) this.relax(u, this.n + to[k], 0, cost[k], st);
    }
    if (current !== NO_MATCH) this.relax(u, this.sink, this.input.missPenalty[u], 0, st);
  }

  private expandRight(j: number, st: number): void {
    const held = this.holders[j];
    const u = this.n + j;
    if (held.length < this.input.capacity[j]) this.relax(u, this.sink, 0, 0, st);
    // Residual reverse edges: a held left node may be moved elsewhere, giving its edge cost back.
    for (const i of held) this.relax(u, i, 0, -this.matchCost[i], st);
  }

  /** Reverse edges out of the sink (only searches of `addEdges` pass through it). */
  private expandSink(st: number): void {
    const { n, sink } = this;
    for (let j = 0; j < this.holders.length; j++)
      if (this.holders[j].length > 0) this.relax(sink, n + j, 0, 0, st);
    for (let i = 0; i < n; i++)
      if (this.match[i] === NO_MATCH) this.relax(sink, i, -this.input.missPenalty[i], 0, st);
  }

  private relax(u: number, v: number, costMajor: number, costMinor: number, st: number): void {
    if (this.done[v] === st) return;
    const rMajor = costMajor + this.pMajor[u] - this.pMajor[v];
    let rMinor = costMinor + this.pMinor[u] - this.pMinor[v];
    // A tight edge may come out as −1e-16 after the potentials' float sums: it is 0.
    if (rMajor === 0 && rMinor < 0) rMinor = 0;
    const major = this.dMajor[u] + rMajor;
    const minor = this.dMinor[u] + rMinor;
    if (
      this.seen[v] === st &&
      (major > this.dMajor[v] || (major === this.dMajor[v] && minor >= this.dMinor[v]))
    )
      return;
    this.seen[v] = st;
    this.dMajor[v] = major;
    this.dMinor[v] = minor;
    this.parent[v] = u;
    this.parentCost[v] = costMinor;
    if (rMajor === 0 && rMinor === 0) this.level.push(v);
    else this.heap.push(major, minor, v);
  }

  private removeHolder(j: number, i: number): void {
    const held = this.holders[j];
    held.splice(held.indexOf(i), 1);
  }

  /** Moves one unit along the path found from `start` to `end` (parent pointers of the last search). */
  private augment(start: number, end: number): void {
    const { n, sink } = this;
    const path: number[] = [];
    for (let v = end; ; v = this.parent[v]) {
      path.push(v);
      if (v === start) break;
    }
    path.reverse();
    for (let k = 0; k + 1 < path.length; k++) {
      const u = path[k];
      const v = path[k + 1];
      if (u === sink) continue; // out of the sink: the next edge reassigns the node reached
      if (u < n && v === sink) {
        this.match[u] = NO_MATCH;
        this.matchCost[u] = 0;
      } else if (u < n) {
        this.holders[v - n].push(u);
        this.match[u] = v - n;
        this.matchCost[u] = this.parentCost[v];
      } else if (v !== sink) this.removeHolder(u - n, v);
    }
  }
}
