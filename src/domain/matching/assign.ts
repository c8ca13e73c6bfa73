/**
 * «Подобрать всем»: one assignment of all mentees of the pool at once, respecting every mentor's
 * free places, and optimal for — in this order —
 *   1. the number of young specialists matched (the M001 list, the `young_mentored` KPI);
 *   2. the number of mentees matched (a greedy pass can strand the last ones; this cannot);
 *   3. the total score.
 * A pure «maximise the total score» would leave a mentee without anyone when the only mentor they
 * can have suits someone else a little better; the order above never trades a person for points.
 *
 * Solved exactly as a min-cost flow (assignmentFlow.ts) with lexicographic costs: a young
 * specialist left unmatched costs (others + 1) — more than all other mentees together — another
 * mentee 1, and a match (0, 1 − score).
 *
 * Sparsification, and why the result is still exact. The full graph of a region has
 * 20,000 × 10,000 = 200 million edges; it is never built. Each mentee gets its K = 20 best mentors
 * (ties spread by a hash), each mentor adds its 20 best mentees, and each mentee 10 allowed mentors
 * picked by hash (topCandidates.ts) — about 40 edges per mentee — plus the no-match edge. The
 * optimum of that sparse graph is then checked against the full graph by LP duality (pricing.ts):
 * the flow's potentials are a dual solution, and the assignment is optimal on the full graph iff no
 * left-out edge has a negative reduced cost. Edges that do are added and the flow re-optimised
 * from where it stands (AssignmentFlow.addEdges), until a pass finds none. So the sparse graph
 * only decides the speed; the answer is the optimum of the full graph, not an approximation.
 * (The brute-force property test runs it with K = 1 and 2 as well, where pricing must do the work.)
 */
import type { SchoolResult } from "../engine";
import type { Mentee, Mentor } from "../model/records";
import type { PairForm } from "../template/enums";
import { analysisOf } from "./asOf";
import { AssignmentFlow, NO_MATCH, type FlowInput } from "./assignmentFlow";
import { priceOut } from "./pricing";
import { explain, scorerOf, type Candidate, type Scorer } from "./scorer";
import { topCandidates, type CandidateLists } from "./topCandidates";
import { unassignedReason } from "./unassignedReason";

/** Best mentors kept per mentee before pricing (a school's mentee rarely has more than 20 allowed). */
export const SPARSE_K = 20;
/** Best mentees kept per mentor besides (see topCandidates.ts). */
export const PER_MENTOR = 20;
/** Allowed mentors per mentee sampled by hash, whatever their score (see topCandidates.ts). */
export const SAMPLED = 10;

export interface AssignedPair {
  readonly mentee: Mentee;
  readonly mentor: Mentor;
  readonly young: boolean;
  readonly score: number;
  readonly form: PairForm;
  readonly candidate: Candidate;
}

export interface Unassigned {
  readonly mentee: Mentee;
  readonly young: boolean;
  readonly reason: string;
}

export interface AssignStats {
  /** Candidate edges in the final graph (without the no-match edges). */
  readonly edges: number;
  /** Pricing passes that added edges (0 = the sparse optimum was optimal at once). */
  readonly rounds: number;
  /** Mentees whose left-out edges the bound could not clear at once (pricing scanned them). */
  readonly scanned: number;
  /** Left-out pairs scored by pricing (out of mentees × mentors). */
  readonly priced: number;
  readonly added: number;
  /** Nodes settled by all shortest-path searches (the solver's work). */
  readonly settled: number;
}

export interface Assignment {
  /** In pool order: young specialists first, then worksheet order. */
  readonly pairs: readonly AssignedPair[];
  readonly unassigned: readonly Unassigned[];
  readonly stats: AssignStats;
}

export interface AssignOptions {
  /** Candidates per mentee in the sparse graph (default SPARSE_K). */
  readonly k?: number;
}

function flowInput(s: Scorer, lists: CandidateLists): FlowInput {
  const young = s.pool.young;
  const others = young.filter((y) => !y).length;
  return {
    left: s.pool.mentees.length,
    right: s.pool.mentors.length,
    capacity: Int32Array.from(s.pool.free, (f, j) => (s.mentorOpen[j] ? f : 0)),
    // One young specialist outweighs all the other mentees together.
    missPenalty: Float64Array.from(young, (y) => (y ? others + 1 : 1)),
    edgeTo: lists.mentors,
    edgeCost: lists.scores.map((sc) => sc.map((x) => 1 - x)),
  };
}

export function assignAll(result: SchoolResult, opts: AssignOptions = {}): Assignment {
  const s = scorerOf(analysisOf(result));
  const k = Math.max(1, opts.k ?? SPARSE_K);
  const lists = topCandidates(s, k, { ties: "spread", perMentor: PER_MENTOR, sampled: SAMPLED });
  // The result does not depend on the order the mentees are routed in, the work does: those with
  // the best first choice go first and settle the popular mentors before the crowd arrives
  // (about a third fewer nodes searched on the benchmark's pools than worksheet order).
  const bestFirst = [...lists.scores.keys()].sort(
    (a, b) => (lists.scores[b][0] ?? -1) - (lists.scores[a][0] ?? -1),
  );
  const flow = new AssignmentFlow(flowInput(s, lists)).solve(bestFirst);
  const stats = { rounds: 0, scanned: 0, priced: 0, added: 0, settled: 0 };
  for (;;) {
    const { found, scanned, priced } = priceOut(s, flow, lists.cut, stats.rounds, k);
    stats.scanned += scanned;
    stats.priced += priced;
    if (found.length === 0) break;
    for (const e of found) flow.addEdges(e.mentee, e.to, e.cost);
    stats.rounds++;
    stats.added += found.reduce((t, e) => t + e.to.length, 0);
  }
  stats.settled = flow.settledTotal;
  return collect(s, flow, lists, stats);
}

function collect(
  s: Scorer,
  flow: AssignmentFlow,
  lists: CandidateLists,
  stats: Omit<AssignStats, "edges">,
): Assignment {
  const pairs: AssignedPair[] = [];
  const unassigned: Unassigned[] = [];
  s.pool.mentees.forEach((mentee, i) => {
    const young = s.pool.young[i];
    const j = flow.match[i];
    if (j !== NO_MATCH) {
      const candidate = explain(s, j, i);
      pairs.push({
        mentee,
        mentor: candidate.mentor,
        young,
        score: candidate.score,
        form: candidate.form,
        candidate,
      });
      return;
    }
    const youngTookPlaces =
      !young && flow.edgesOf(i).some((m) => flow.holdersOf(m).some((h) => s.pool.young[h]));
    unassigned.push({ mentee, young, reason: unassignedReason(s, i, lists.allowed[i], youngTookPlaces) });
  });
  let edges = 0;
  for (let i = 0; i < s.pool.mentees.length; i++) edges += flow.edgesOf(i).length;
  return { pairs, unassigned, stats: { ...stats, edges } };
}
