/**
 * The min-cost flow on its own, against brute force on random instances: lexicographic costs
 * (integer no-match penalties, real edge costs with many ties), capacities 0–3. Its potentials
 * certify the result: every edge of the graph has a non-negative reduced cost.
 */
import fc from "fast-check";
import { AssignmentFlow, NO_MATCH, type FlowInput } from "../../src/domain/matching/assignmentFlow";

const instance = fc
  .record({
    right: fc.integer({ min: 0, max: 4 }),
    left: fc.integer({ min: 1, max: 7 }),
  })
  .chain(({ left, right }) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: right, maxLength: right }),
      missPenalty: fc.array(fc.constantFrom(1, 1, 8), { minLength: left, maxLength: left }),
      edges: fc.array(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: Math.max(0, right - 1) }),
            fc.constantFrom(0, 0.25, 0.5, 0.3, 1),
          ),
          {
            maxLength: right === 0 ? 0 : right,
          },
        ),
        { minLength: left, maxLength: left },
      ),
    }),
  )
  .map(({ capacity, missPenalty, edges }): FlowInput => {
    const dedup = edges.map((list) => [...new Map(list).entries()]);
    return {
      left: missPenalty.length,
      right: capacity.length,
      capacity,
      missPenalty,
      edgeTo: dedup.map((l) => Int32Array.from(l, ([j]) => j)),
      edgeCost: dedup.map((l) => Float64Array.from(l, ([, c]) => c)),
    };
  });

/** The objective of a routed flow: (Σ penalties of the unmatched, Σ edge costs), and the loads. */
function objective(p: FlowInput, flow: AssignmentFlow): { major: number; minor: number; load: number[] } {
  let major = 0;
  let minor = 0;
  const load = new Array(p.right).fill(0);
  for (let i = 0; i < p.left; i++) {
    const j = flow.match[i];
    if (j === NO_MATCH) major += p.missPenalty[i];
    else {
      load[j]++;
      minor += p.edgeCost[i][p.edgeTo[i].indexOf(j)];
    }
  }
  return { major, minor, load };
}

/** Lexicographic (Σ penalties of the unmatched, Σ edge costs) over every feasible assignment. */
function bruteForce(p: FlowInput): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  const left = Array.from(p.capacity);
  const walk = (i: number, major: number, minor: number) => {
    if (i === p.left) {
      if (major < best[0] || (major === best[0] && minor < best[1] - 1e-12)) best = [major, minor];
      return;
    }
    walk(i + 1, major + p.missPenalty[i], minor);
    p.edgeTo[i].forEach((j, k) => {
      if (left[j] === 0) return;
      left[j]--;
      walk(i + 1, major, minor + p.edgeCost[i][k]);
      left[j]++;
    });
  };
  walk(0, 0, 0);
  return best;
}

test("routes every left node optimally, within capacities, with a certificate in its potentials", () => {
  fc.assert(
    fc.property(instance, (p) => {
      const flow = new AssignmentFlow(p).solve();
      let major = 0;
      let minor = 0;
      const load = new Array(p.right).fill(0);
      for (let i = 0; i < p.left; i++) {
        const j = flow.match[i];
        if (j === NO_MATCH) major += p.missPenalty[i];
        else {
          load[j]++;
          minor += p.edgeCost[i][p.edgeTo[i].indexOf(j)];
        }
      }
      load.forEach((n, j) => expect(n).toBeLessThanOrEqual(p.capacity[j]));
      const [bMajor, bMinor] = bruteForce(p);
      expect(major).toBe(bMajor);
      expect(minor).toBeCloseTo(bMinor, 9);
      // Dual feasibility on the edges not used: the flow could not be improved by any of them.
      for (let i = 0; i < p.left; i++)
        p.edgeTo[i].forEach((j, k) => {
          if (flow.match[i] === j) return;
          const r = flow.reducedCost(i, j, p.edgeCost[i][k]);
          expect(r.major > 0 || (r.major === 0 && r.minor > -1e-9)).toBe(true);
        });
    }),
    { numRuns: 2000, seed: 7 },
  );
});

test("edges added after solving are taken in without starting over, and the result is still optimal", () => {
  const withSplit = instance.chain((p) =>
    fc.record({
      p: fc.constant(p),
      // For each left node: how many of its edges are known at first; the rest come later, in two batches.
      known: fc.array(fc.nat(4), { minLength: p.left, maxLength: p.left }),
      order: fc.shuffledSubarray([...Array(p.left).keys()], { minLength: p.left, maxLength: p.left }),
    }),
  );
  fc.assert(
    fc.property(withSplit, ({ p, known, order }) => {
      const first: FlowInput = {
        ...p,
        edgeTo: p.edgeTo.map((to, i) => to.slice(0, known[i])),
        edgeCost: p.edgeCost.map((c, i) => c.slice(0, known[i])),
      };
      const flow = new AssignmentFlow(first).solve();
      for (const batch of [0, 1])
        for (const i of order) {
          const from = known[i] + batch;
          const to = batch === 0 ? from + 1 : p.edgeTo[i].length;
          if (from >= to) continue;
          flow.addEdges(i, [...p.edgeTo[i].slice(from, to)], [...p.edgeCost[i].slice(from, to)]);
        }
      const got = objective(p, flow);
      got.load.forEach((n, j) => expect(n).toBeLessThanOrEqual(p.capacity[j]));
      const [bMajor, bMinor] = bruteForce(p);
      expect(got.major).toBe(bMajor);
      expect(got.minor).toBeCloseTo(bMinor, 9);
    }),
    { numRuns: 2000, seed: 11 },
  );
});
