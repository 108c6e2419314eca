// Small numeric helpers the rules share.

export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  // The engine takes medians of a week of check-ins thousands of times per assessment: an insertion
  // sort of a small copy is several times faster there than Array.prototype.sort with a comparator.
  const sorted = values.slice();
  if (n > 64) sorted.sort((a, b) => a - b);
  else {
    for (let i = 1; i < n; i++) {
      const value = sorted[i] ?? 0;
      let j = i - 1;
      while (j >= 0 && (sorted[j] ?? 0) > value) {
        sorted[j + 1] = sorted[j] ?? 0;
        j--;
      }
      sorted[j + 1] = value;
    }
  }
  const middle = n >> 1;
  const upper = sorted[middle] ?? 0;
  return n % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Rounds for display in reasons: at most two decimals, no trailing zeros. */
export function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "1 day", "3 days", "2.5 days". */
export function plural(value: number, unit: string): string {
  return `${fmt(value)} ${unit}${value === 1 ? '' : 's'}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
