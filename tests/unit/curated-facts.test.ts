import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildCuratedGraph } from '../../src/ingest/build-curated-graph';
import type { CuratedRelation } from '../../src/ingest/curated-graph';
import { findQuote } from '../../src/nlp/find-quote';

interface Fact {
  question: string;
  quote: string;
  answer: {
    type: string;
    source: string;
    target: string;
    date?: string;
    assertion?: string;
    claimedBy?: string;
    verdict?: string;
    properties?: Record<string, string>;
  };
}

const { facts } = parse(readFileSync(path.join(__dirname, '../../data/audit/facts.yaml'), 'utf8')) as { facts: Fact[] };

/** Why the relation does not answer the fact as the text states it, or null when it does. */
function mismatch(relation: CuratedRelation, answer: Fact['answer']): string | null {
  if (answer.date !== undefined && relation.start?.iso !== answer.date) {
    return `dated ${relation.start?.iso ?? 'nothing'}, the text ${answer.date}`;
  }
  const kind = relation.assertion?.kind ?? 'FACT';
  if (kind !== (answer.assertion ?? 'FACT')) return `a ${kind}, the text makes it a ${answer.assertion ?? 'FACT'}`;
  if (answer.claimedBy !== undefined && relation.assertion?.claimedBy !== answer.claimedBy) {
    return `claimed by ${relation.assertion?.claimedBy ?? 'nobody'}, not ${answer.claimedBy}`;
  }
  if (answer.verdict !== undefined && relation.assertion?.verdict !== answer.verdict) {
    return `verdict ${relation.assertion?.verdict ?? 'none'}, not ${answer.verdict}`;
  }
  for (const [key, value] of Object.entries(answer.properties ?? {})) {
    if (relation.properties[key] !== value) return `${key} is ${relation.properties[key] ?? 'missing'}, not ${value}`;
  }
  return null;
}

/**
 * The fact list of data/AUDIT.md: questions a historian would ask, each with the words of the text
 * that answer it and the relation that must hold the answer, as fact or as what it is (a claim, a
 * plan, a belief). The issue asks for a recall of at least 95%; every fact is required here.
 */
describe('the facts a historian would ask of the text', () => {
  const { graph } = buildCuratedGraph();
  const text = graph.documents[0]!.text;

  it('are at least fifty, each quoting the text', () => {
    expect(facts.length).toBeGreaterThanOrEqual(50);
    const unquoted = facts.filter((fact) => findQuote(text, fact.quote).length === 0).map((fact) => fact.quote);
    expect(unquoted).toEqual([]);
  });

  it('are all in the graph, claims as claims and plans as plans', () => {
    const misses = facts.flatMap(({ question, answer }) => {
      const candidates = graph.relations.filter(
        (r) => r.type === answer.type && r.source === answer.source && r.target === answer.target,
      );
      if (candidates.length === 0) return [`${question}: no ${answer.type} ${answer.source} -> ${answer.target}`];
      const reasons = candidates.map((relation) => mismatch(relation, answer));
      return reasons.includes(null) ? [] : [`${question}: ${reasons.join('; ')}`];
    });
    expect(misses).toEqual([]);
  });
});
