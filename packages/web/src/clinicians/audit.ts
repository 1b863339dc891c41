/**
 * The same clinician doing the same thing several times in a row (opening a person's page again after
 * each change) reads as one line with a count; every row is still kept, and is in the export.
 */
export function groupRepeats<E extends { id: string; clinician: string; action: string; what: string; createdAt: string }>(
  entries: readonly E[],
): { entry: E; times: number; first: string }[] {
  const groups: { entry: E; times: number; first: string }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.entry.clinician === entry.clinician && last.entry.action === entry.action && last.entry.what === entry.what) {
      last.times += 1;
      last.first = entry.createdAt;
    } else {
      groups.push({ entry, times: 1, first: entry.createdAt });
    }
  }
  return groups;
}
