/**
 * The check that makes the sparse assignment exact (column generation). The flow's potentials p
 * are a dual solution; the assignment is optimal on the full graph iff no edge left out of the
 * sparse graph has a negative reduced cost (0, 1 − s(i,j)) + p(i) − p(j). Edges that do are added,
 * and the caller solves again.
 *
 * Every edge left out of a mentee's list scores at most its cut (the lowest score kept), so such
 * an edge can only be negative towards a mentor whose potential exceeds p(i) + (0, 1 − cut(i)).
 * Mentors are visited by decreasing potential and each mentee's scan stops at that threshold: a
 * mentee whose mentor still has room is cleared without scoring anyone, the others score only the
 * mentors cheap enough to matter.
 *
 * The edges found are handed to the flow, which takes them in without starting over
 * (AssignmentFlow.addEdges); the caller prices again until a pass finds nothing.
 */
import type { AssignmentFlow } from "./assignmentFlow";
import { experienceValue } from "./criteria";
import { pairAllowed, scoreOf, type Scorer } from "./scorer";
import { openMentors } from "./topCandidates";

/** A reduced cost above −ε is taken as 0: the potentials are float sums. */
export const EPSILON = 1e-9;
/** New edges a mentor may get in one round, per free place and once more besides. */
const NEW_EDGES_PER_PLACE = 4;
/** After this many rounds every violating edge is added at once (so the loop always ends). */
const GENTLE_ROUNDS = 10;

export interface NewEdges {
  readonly mentee: number;
  readonly to: readonly number[];
  readonly cost: readonly number[];
}

/** One pricing pass: the left-out edges with a negative reduced cost, a few per mentee. */
export function priceOut(
  s: Scorer,
  flow: AssignmentFlow,
  cut: Float64Array,
  round: number,
  perMentee: number,
): { found: NewEdges[]; scanned: number; priced: number } {
  const n = s.pool.mentees.length;
  const { pMajor, pMinor } = flow;
  const order = scanOrder(s, flow);
  const inGraph = new Int32Array(s.pool.mentors.length).fill(-1);
  // Spread the new edges: if every mentee left without a mentor got the same few best free
  // mentors, they would crowd them and the next round would have to start over.
  const budget = Int32Array.from(s.pool.free, (f) => NEW_EDGES_PER_PLACE * (f + 1));
  const stride = s.menteeCategoryCount;
  const out: NewEdges[] = [];
  let scanned = 0;
  let priced = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(cut[i])) continue; // nothing was left out
    // A left-out edge scores at most cut(i): on the same level the mentor's potential must exceed this.
    const floor = pMinor[i] + 1 - cut[i] + EPSILON;
    const limit = 1 + pMinor[i] + EPSILON;
    const found: { j: number; cost: number; major: number; minor: number }[] = [];
    let marked = false;
    // Walks one list (highest potential, then highest bound, first) while a mentor may still give
    // i a negative reduced cost: a higher integer level always may; the same level only if
    // p(j) + the best score j could give i exceeds 1 + p(i).
    const walk = (list: Int32Array, bonus: number, skip: number) => {
      for (const j of list) {
        if (pMajor[n + j] < pMajor[i]) break;
        const sameLevel = pMajor[n + j] === pMajor[i];
        if (sameLevel && order.base[j] + bonus <= limit) break;
        if (sameLevel && pMinor[n + j] <= floor) continue;
        if (s.mentorSubject[j] === skip) continue;
        if (!marked) {
          for (const e of flow.edgesOf(i)) inGraph[e] = i;
          marked = true;
          scanned++;
        }
        if (inGraph[j] === i || !pairAllowed(s, j, i, s.mentorCategory[j] * stride + s.menteeCategory[i]))
          continue;
        priced++;
        const cost = 1 - scoreOf(s, j, i);
        const major = pMajor[i] - pMajor[n + j];
        const minor = cost + pMinor[i] - pMinor[n + j];
        if (major < 0 || (major === 0 && minor < -EPSILON)) found.push({ j, cost, major, minor });
      }
    };
    const subject = s.menteeSubject[i];
    const w = s.wSubject;
    if (subject >= 0) {
      walk(order.bySubject.get(subject) ?? EMPTY, w, -3); // the same subject: full marks possible
      walk(order.single, 0, subject); // another known subject: 0 for the subject
      walk(order.other, w, -3); // no subject or several: bounded by full marks
    } else {
      const bonus = subject === -1 ? w / 2 : w; // no subject of its own: ½ with anyone
      walk(order.single, bonus, -3);
      walk(order.other, w, -3);
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.major - b.major || a.minor - b.minor);
    let take = found;
    if (round < GENTLE_ROUNDS) {
      take = found.filter((e) => budget[e.j] > 0).slice(0, perMentee);
      if (take.length === 0) take = found.slice(0, 1);
      for (const e of take) budget[e.j]--;
    }
    out.push({ mentee: i, to: take.map((e) => e.j), cost: take.map((e) => e.cost) });
  }
  return { found: out, scanned, priced };
}

const EMPTY = new Int32Array(0);

/**
 * The open mentors in the order pricing walks them, by decreasing potential and then decreasing
 * `base` = p(j) + the most j could give on every criterion but the subject: by one subject, all
 * with one known subject, and the others (none or several).
 */
function scanOrder(s: Scorer, flow: AssignmentFlow) {
  const n = s.pool.mentees.length;
  const { pMajor, pMinor } = flow;
  const base = Float64Array.from(
    { length: s.pool.mentors.length },
    (_, j) =>
      pMinor[n + j] +
      s.mentorPart[j] +
      s.wCategory +
      s.wExperience * experienceValue(s.mentorExperience[j], 0),
  );
  const open = Array.from(openMentors(s)).sort((a, b) => pMajor[n + b] - pMajor[n + a] || base[b] - base[a]);
  const bySubject = new Map<number, number[]>();
  const single: number[] = [];
  const other: number[] = [];
  for (const j of open) {
    const subject = s.mentorSubject[j];
    if (subject < 0) {
      other.push(j);
      continue;
    }
    single.push(j);
    const list = bySubject.get(subject) ?? [];
    list.push(j);
    bySubject.set(subject, list);
  }
  return {
    base,
    bySubject: new Map([...bySubject].map(([k, v]) => [k, Int32Array.from(v)])),
    single: Int32Array.from(single),
    other: Int32Array.from(other),
  };
}
