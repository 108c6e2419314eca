// Rows read for many patients or episodes at once, handed out to each (Map.groupBy arrives in Node 21).

/** The items by key, each group in the order the items came. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}
