// Is a statement a router query on Citus (spec §8, issue 15)? Every statement that touches a tenant
// table (one with clinic_id in its key) must name the clinic: an INSERT writes clinic_id; a SELECT,
// UPDATE or DELETE filters every tenant table it reads by clinic_id, each either equal to a
// parameter or joined on clinic_id to one that is (a co-located join). The statements are the SQL
// drizzle writes (quoted names, "table"."column"), which these patterns read.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/store/schema/index.ts';

/** Tables outside any one clinic: the clinics themselves, and the email -> clinic directory sign-in starts from. */
const globalTables = new Set(['clinics', 'sign_in_directory']);

export const tenantTables: string[] = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => typeof value === 'object' && value !== null && Symbol.for('drizzle:IsDrizzleTable') in value)
  .filter((table) => Object.values(getTableColumns(table)).some((column) => column.name === 'clinic_id'))
  .map((table) => getTableName(table))
  .filter((name) => !globalTables.has(name));

const quoted = (name: string): string => `"${name}"`;

/** What is wrong with a statement, or null when it is scoped to one clinic. */
export function clinicScopeProblem(statement: string): string | null {
  const sql = statement.replace(/\s+/g, ' ');
  const touched = tenantTables.filter((table) => new RegExp(`(from|join|into|update|table) ${quoted(table)}`, 'i').test(sql));
  if (touched.length === 0) return null;

  const insert = new RegExp(`^insert into "(\\w+)" \\(([^)]*)\\)`, 'i').exec(sql);
  if (insert) {
    if (!insert[2]?.includes('"clinic_id"')) return `inserts into ${insert[1]} without clinic_id`;
    const conflict = / on conflict \(([^)]*)\)/i.exec(sql);
    if (conflict && !conflict[1]?.includes('"clinic_id"')) return `upserts into ${insert[1]} on a key without clinic_id`;
    // An INSERT ... SELECT reads tables too: those are checked below.
    if (!/ select /i.test(sql.slice(insert[0].length))) return null;
  }

  // Tables filtered by clinic_id = $n (qualified, or the only table of a simple statement), and
  // clinic_id = clinic_id joins between tables.
  const bound = new Set<string>();
  for (const match of sql.matchAll(/"(\w+)"\."clinic_id" = \$\d+/g)) bound.add(match[1] ?? '');
  const readTables = touched.filter((table) => !(insert && insert[1] === table));
  if (readTables.length === 1 && /(^|[ (])"clinic_id" = \$\d+/.test(sql)) bound.add(readTables[0] ?? '');
  const joins = [...sql.matchAll(/"(\w+)"\."clinic_id" = "(\w+)"\."clinic_id"/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  for (let changed = true; changed;) {
    changed = false;
    for (const [a, b] of joins) {
      if (bound.has(a) !== bound.has(b)) {
        bound.add(a);
        bound.add(b);
        changed = true;
      }
    }
  }
  const unbound = readTables.filter((table) => !bound.has(table));
  return unbound.length === 0 ? null : `reads ${unbound.join(', ')} without a clinic_id filter`;
}
