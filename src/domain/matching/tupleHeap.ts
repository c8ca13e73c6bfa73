/**
 * A binary min-heap of nodes keyed by a pair (major, minor) compared lexicographically — the
 * distances of the assignment's shortest-path search (see assignmentFlow.ts). Entries are never
 * decreased in place: a node is pushed again with its better key and the stale entry is skipped
 * by the caller, which is simpler and, on these sparse graphs, as fast.
 *
 * On equal keys the larger node number comes first, so that the sink (the last node) is taken as
 * soon as it is as close as anything else and the search stops early.
 */
export class TupleHeap {
  private major = new Float64Array(64);
  private minor = new Float64Array(64);
  private node = new Int32Array(64);
  private n = 0;
  /** The key of the node returned by the last `pop`. */
  topMajor = 0;
  topMinor = 0;

  get size(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
  }

  private less(a: number, b: number): boolean {
    const ma = this.major[a];
    const mb = this.major[b];
    if (ma !== mb) return ma < mb;
    const na = this.minor[a];
    const nb = this.minor[b];
    if (na !== nb) return na < nb;
    return this.node[a] > this.node[b];
  }

  private swap(a: number, b: number): void {
    const M = this.major[a];
    this.major[a] = this.major[b];
    this.major[b] = M;
    const m = this.minor[a];
    this.minor[a] = this.minor[b];
    this.minor[b] = m;
    const v = this.node[a];
    this.node[a] = this.node[b];
    this.node[b] = v;
  }

  push(major: number, minor: number, node: number): void {
    if (this.n === this.node.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.major = grow(this.major, (n) => new Float64Array(n));
      this.minor = grow(this.minor, (n) => new Float64Array(n));
      this.node = grow(this.node, (n) => new Int32Array(n));
    }
    let i = this.n++;
    this.major[i] = major;
    this.minor[i] = minor;
    this.node[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the node with the smallest key (its key in `topMajor`, `topMinor`). */
  pop(): number {
    const top = this.node[0];
    this.topMajor = this.major[0];
    this.topMinor = this.minor[0];
    const last = --this.n;
    if (last > 0) {
      this.major[0] = this.major[last];
      this.minor[0] = this.minor[last];
      this.node[0] = this.node[last];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const c = r < last && this.less(r, l) ? r : l;
        if (!this.less(c, i)) break;
        this.swap(c, i);
        i = c;
      }
    }
    return top;
  }
}
