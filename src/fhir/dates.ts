// Case-file dates are calendar days ("2026-03-02") or date-times with their offset. FHIR date and
// dateTime hold both as written. Where the case file wants a calendar day but the FHIR element is a
// dateTime, the day written in it is taken (as src/domain/time.ts does), so the import accepts a
// server's "2026-03-02T00:00:00Z" for a day.

export function dayOfDateTime(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.slice(0, 10);
}
