// Prints a seeded random sample of the curated relations with their evidence, for judging by hand
// (data/AUDIT.md): `node scripts/audit-sample.mjs <seed> [size]`. The relations in file order are
// shuffled with mulberry32 from the seed (Fisher-Yates) and the first `size` (70) kept, in file order.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const [seedArg = '20261203', sizeArg = '70'] = process.argv.slice(2);
let state = Number(seedArg) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const { relations } = parse(readFileSync(new URL('../data/annotations/relations.yaml', import.meta.url), 'utf8'));
const order = relations.map((_, i) => i);
for (let i = order.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
for (const i of order.slice(0, Number(sizeArg)).sort((a, b) => a - b)) {
  const r = relations[i];
  const id = r.id ?? `${r.source}--${r.type}--${r.target}`;
  const date = r.date ? r.date.iso : r.start ? `${r.start.iso}..${r.end?.iso ?? ''}` : '';
  const assertion = r.assertion
    ? ` ${r.assertion.kind.toUpperCase()}${r.assertion.claimedBy ? ` by ${r.assertion.claimedBy}` : ''} ${r.assertion.verdict}`
    : '';
  const values = r.properties ? ` ${JSON.stringify(r.properties)}` : '';
  console.log(`${i + 1}\t${id}${date ? ` [${date}]` : ''}${values}${r.inferred ? ' INF' : ''}${assertion}`);
  console.log(`\t${r.evidence.join(' | ')}`);
}
