/**
 * For each mentee of the pool, the best k allowed mentors by score — one pass over the pool's
 * mentors per mentee, O(mentees × mentors) score evaluations and O(mentees × k) memory: a region
 * of 20,000 × 10,000 never holds its 200 million pairs.
 *
 * Ties: «row» keeps the mentor higher on the sheet (what a methodist expects in a short list);
 * «spread» breaks ties by a hash of the pair, so that when hundreds of mentors score alike, the
 * mentees' lists do not all name the same first k.
 *
 * For the assignment's sparse graph two more kinds of edges can be added, both cheap:
 *  - `perMentor`: each mentor's best mentees. When everyone ranks the same popular mentors first,
 *    the others would otherwise be in nobody's list.
 *  - `sampled`: a few allowed mentors per mentee picked by hash, whatever their score. Random
 *    edges keep the sparse graph well connected, so that it can match as many mentees as the full
 *    graph even when the best mentors are crowded.
 * Neither weakens `cut`: every edge still left out of a mentee's list scores at most its cut.
 */
import { pairAllowed, scoreOf, type Scorer } from "./scorer";

export type TieBreak = "row" | "spread";

export interface CandidateLists {
  /** Per pool mentee: mentor indices; the k best first, best first, then any added edges. */
  readonly mentors: Int32Array[];
  readonly scores: Float64Array[];
  /** Per pool mentee: how many mentors are allowed at all (kept or not). */
  readonly allowed: Int32Array;
  /** The lowest of the k best scores when the list was cut (every dropped mentor scores ≤ it); NaN if none was dropped. */
  readonly cut: Float64Array;
}

export interface CandidateOptions {
  readonly ties: TieBreak;
  readonly perMentor?: number;
  readonly sampled?: number;
}

/** A well-mixed 32-bit hash of a pair (murmur3's finaliser), stable across runs. */
export function pairHash(i: number, j: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ j;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Indices of the mentors that pass the mentor-level constraints (consent, a free place). */
export function openMentors(s: Scorer): Int32Array {
  const out: number[] = [];
  s.mentorOpen.forEach((open, j) => {
    if (open) out.push(j);
  });
  return Int32Array.from(out);
}

export function topCandidates(s: Scorer, k: number, o: CandidateOptions): CandidateLists {
  const open = openMentors(s);
  const n = s.pool.mentees.length;
  const mentors: Int32Array[] = [];
  const scores: Float64Array[] = [];
  const allowed = new Int32Array(n);
  const cut = new Float64Array(n).fill(NaN);
  const km = new Int32Array(k);
  const ks = new Float64Array(k);
  const kt = new Float64Array(k);
  const stride = s.menteeCategoryCount;
  const spread = o.ties === "spread";
  const side = o.perMentor ? new MentorSide(s.pool.mentors.length, o.perMentor) : null;
  for (let i = 0; i < n; i++) {
    let count = 0;
    let seen = 0;
    const menteeCat = s.menteeCategory[i];
    for (let q = 0; q < open.length; q++) {
      const j = open[q];
      if (!pairAllowed(s, j, i, s.mentorCategory[j] * stride + menteeCat)) continue;
      seen++;
      const score = scoreOf(s, j, i);
      if (side !== null && score >= side.worstScore[j]) side.offer(j, i, score, pairHash(j, i));
      if (count === k && score < ks[k - 1]) continue;
      // The hash is needed only for a place in the list, and only when scores tie.
      const tie = spread ? pairHash(i, j) : j;
      if (count === k && score === ks[k - 1] && tie >= kt[k - 1]) continue;
      // Insertion into the short sorted list: k is small and most mentors are rejected above.
      let p = count < k ? count++ : k - 1;
      while (p > 0 && (ks[p - 1] < score || (ks[p - 1] === score && kt[p - 1] > tie))) {
        km[p] = km[p - 1];
        ks[p] = ks[p - 1];
        kt[p] = kt[p - 1];
        p--;
      }
      km[p] = j;
      ks[p] = score;
      kt[p] = tie;
    }
    allowed[i] = seen;
    if (seen > count) cut[i] = ks[count - 1];
    const extra = o.sampled && seen > count ? sample(s, open, i, o.sampled, km.subarray(0, count)) : [];
    mentors.push(Int32Array.from([...km.subarray(0, count), ...extra]));
    scores.push(Float64Array.from([...ks.subarray(0, count), ...extra.map((j) => scoreOf(s, j, i))]));
  }
  side?.addTo(mentors, scores);
  return { mentors, scores, allowed, cut };
}

/** Up to `size` allowed mentors not in `kept`, at hashed positions of the open list. */
function sample(s: Scorer, open: Int32Array, i: number, size: number, kept: Int32Array): number[] {
  const out: number[] = [];
  const stride = s.menteeCategoryCount;
  for (let attempt = 0; attempt < 8 * size && out.length < size; attempt++) {
    const j = open[pairHash(i, attempt + 0x51ed) % open.length];
    if (kept.includes(j) || out.includes(j)) continue;
    if (pairAllowed(s, j, i, s.mentorCategory[j] * stride + s.menteeCategory[i])) out.push(j);
  }
  return out;
}

/** Each mentor's best few mentees, kept in a flat array per mentor (unsorted; the worst tracked). */
class MentorSide {
  /** The score a mentee must reach to be offered (−∞ until the mentor's list is full). */
  readonly worstScore: Float64Array;
  private readonly mentee: Int32Array;
  private readonly score: Float64Array;
  private readonly tie: Float64Array;
  private readonly count: Int32Array;
  private readonly worst: Int32Array;

  constructor(
    mentors: number,
    private readonly l: number,
  ) {
    this.worstScore = new Float64Array(mentors).fill(-Infinity);
    this.mentee = new Int32Array(mentors * l);
    this.score = new Float64Array(mentors * l);
    this.tie = new Float64Array(mentors * l);
    this.count = new Int32Array(mentors);
    this.worst = new Int32Array(mentors);
  }

  /** Equal scores are broken by the pair's hash, not by arrival: otherwise the first mentees of the pool would fill every list. */
  offer(j: number, i: number, score: number, tie: number): void {
    const base = j * this.l;
    let slot: number;
    if (this.count[j] < this.l) slot = base + this.count[j]++;
    else {
      slot = base + this.worst[j];
      if (score === this.score[slot] && tie >= this.tie[slot]) return;
    }
    this.mentee[slot] = i;
    this.score[slot] = score;
    this.tie[slot] = tie;
    if (this.count[j] < this.l) return;
    let w = 0;
    for (let t = 1; t < this.l; t++) {
      const a = base + t;
      const b = base + w;
      if (this.score[a] < this.score[b] || (this.score[a] === this.score[b] && this.tie[a] > this.tie[b]))
        w = t;
    }
    this.worst[j] = w;
    this.worstScore[j] = this.score[base + w];
  }

  /** Adds each kept (mentee, mentor) edge to the mentee's list when it is not there yet. */
  addTo(mentors: Int32Array[], scores: Float64Array[]): void {
    const extra = new Map<number, { j: number[]; s: number[] }>();
    for (let j = 0; j < this.count.length; j++)
      for (let t = 0; t < this.count[j]; t++) {
        const slot = j * this.l + t;
        const i = this.mentee[slot];
        if (mentors[i].includes(j)) continue;
        const e = extra.get(i) ?? { j: [], s: [] };
        e.j.push(j);
        e.s.push(this.score[slot]);
        extra.set(i, e);
      }
    for (const [i, e] of extra) {
      mentors[i] = Int32Array.from([...mentors[i], ...e.j]);
      scores[i] = Float64Array.from([...scores[i], ...e.s]);
    }
  }
}
