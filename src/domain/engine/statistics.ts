// Small numeric helpers the rules share.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
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
