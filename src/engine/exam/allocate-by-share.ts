/**
 * Split `size` draws between groups in proportion to their weights with the
 * largest-remainder (Hamilton) method: everyone gets the floor of their exact share, then
 * the leftover draws go to the largest fractional parts. Counts sum to `size`, each is the
 * floor or ceiling of its exact share, and none exceeds its weight.
 *
 * With `atLeastOneEach`, a group with a positive weight that would get nothing takes one
 * draw from the group most above its exact share. When every group's share can be rounded
 * either way this keeps each count within 1 of its exact share; in a very lopsided bank
 * (say nine areas with 1 % each and size 10) the floor of one wins over proportionality,
 * because an exam that skips an area would miss what it is meant to test.
 * @param weights group sizes (non-negative integers), e.g. questions per area
 * @param size how many to draw; clamped to the sum of the weights
 * @param atLeastOneEach give every non-empty group one draw when size allows; defaults to false
 * @returns the number of draws per group, aligned with `weights`
 */
export function allocateByShare(weights: readonly number[], size: number, atLeastOneEach = false): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const drawn = Math.max(0, Math.min(Math.floor(size), total));
  if (drawn === 0) return weights.map(() => 0);
  // Shares are kept as integers scaled by `total` (exact share = scaled / total) so that
  // floors and remainder comparisons are exact rather than floating-point guesses.
  const scaled = weights.map((weight) => drawn * weight);
  const counts = scaled.map((share) => Math.floor(share / total));
  distributeRemainder(counts, scaled, total, drawn);
  const nonEmptyGroups = weights.filter((weight) => weight > 0).length;
  if (atLeastOneEach && drawn >= nonEmptyGroups) giveEachGroupOne(counts, scaled, weights, total);
  return counts;
}

function distributeRemainder(counts: number[], scaled: readonly number[], total: number, drawn: number): void {
  const leftover = drawn - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = counts
    .map((_, index) => index)
    .sort((a, b) => ((scaled[b] as number) % total) - ((scaled[a] as number) % total) || a - b);
  for (const index of byRemainder.slice(0, leftover)) counts[index] = (counts[index] as number) + 1;
}

function giveEachGroupOne(counts: number[], scaled: readonly number[], weights: readonly number[], total: number): void {
  for (let starved = 0; starved < counts.length; starved += 1) {
    if (counts[starved] !== 0 || (weights[starved] as number) === 0) continue;
    const donor = findMostOverShare(counts, scaled, total);
    if (donor === null) return;
    counts[donor] = (counts[donor] as number) - 1;
    counts[starved] = 1;
  }
}

/** The group whose count exceeds its exact share the most, among those that can spare one. */
function findMostOverShare(counts: readonly number[], scaled: readonly number[], total: number): number | null {
  let best: number | null = null;
  let bestExcess = -Infinity;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index] as number;
    const excess = count * total - (scaled[index] as number);
    if (count >= 2 && excess > bestExcess) {
      best = index;
      bestExcess = excess;
    }
  }
  return best;
}
