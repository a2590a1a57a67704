// Seeded randomness for tests that draw their cases: the same cases on every run.

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
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

/**
 * Zones whose clocks are hard to read right: Beijing, two common DST zones, a 30-minute DST
 * (Lord Howe), +12:45/+13:45 (Chatham), changes at midnight (Santiago), +05:45 (Kathmandu), a
 * skipped day (Apia), −03:30 with DST (St John's), and the far west of the offsets (Etc/GMT+12).
 */
export const ODD_ZONES = [
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'America/St_Johns',
  'Etc/GMT+12',
] as const;
