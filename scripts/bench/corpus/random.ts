// Seeded randomness: every choice of the corpus comes from a named mulberry32 stream, never Math.random.

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed for a named stream of a corpus: (seed, stream name, index) mixed with FNV-1a + murmur finaliser. */
export function streamSeed(seed: number, stream: string, index = 0): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const text = `${stream}:${index}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= seed >>> 16;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** Distinct items, in the order drawn. */
  pickDistinct<T>(count: number, draw: () => T): T[] {
    const out: T[] = [];
    for (let tries = 0; out.length < count && tries < count * 20; tries++) {
      const item = draw();
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
}

/** Draws indices 0..n-1 with weights, by binary search over the cumulative sums. */
export class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  constructor(items: readonly T[], weights: readonly number[]) {
    this.items = items;
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  draw(rng: Rng): T {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Zipf-Mandelbrot weights 1 / (rank + offset)^exponent: the offset flattens the head a little. */
export function zipf<T>(items: readonly T[], exponent: number, offset = 1): Weighted<T> {
  return new Weighted(items, items.map((_, rank) => 1 / Math.pow(rank + offset, exponent)));
}
