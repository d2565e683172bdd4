/**
 * How far V8 lets the heap grow past what is live before it collects (HEAP_GROWING_PERCENT). By
 * default V8 lets the old generation reach up to four times the live heap when collecting is
 * cheap: a long export (gigabytes of short-lived records and text) took the API from 145 MB to
 * 475 MB of resident memory while its live heap stayed near 45 MB. Growing by half (the default
 * here) kept it under 300 MB, for a few per cent more time in the collector (docs/exports.md has
 * the numbers). 0 leaves V8's own policy.
 */
import v8 from 'node:v8';

export function applyMemoryPolicy({ heapGrowingPercent }: { heapGrowingPercent: number }): void {
  // V8 reads the flag each time it sets the heap's next limit, so setting it at start-up holds.
  if (heapGrowingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
