import neo4j from 'neo4j-driver';
import { DATE_COLUMNS, dateFromColumns, RELATION_COLUMNS, RELATION_FIELDS, toRelation } from '../../src/graph/model';

type Column = (typeof RELATION_COLUMNS)[number];
type Field = (typeof RELATION_FIELDS)[number];

/** A relation's columns as a statement projecting its details returns them, the rest absent. */
function columns(values: Partial<Record<Column, unknown>>): unknown[] {
  return RELATION_COLUMNS.map((column) => values[column] ?? null);
}

/** A relation as a statement returns it: the list of RELATION_FIELDS. */
function row(fields: Partial<Record<Field, unknown>>): unknown[] {
  const defaults: Record<Field, unknown> = {
    id: 'r1',
    type: 'SIGNED',
    columns: null,
    values: [],
    sentences: [],
    source: ['muravyov', 'PERSON', 'Nikolay Muravyov', 'Murawjow'],
    target: ['treaty-of-aigun', 'TREATY', 'Treaty of Aigun', 'Vertrag von Aigun'],
    verdictSentences: null,
    claimant: null,
  };
  return RELATION_FIELDS.map((field) => (field in fields ? fields[field] : defaults[field]));
}

const SENTENCE_A = 'Am 16. Mai 1858 unterzeichnete Murawjow den Vertrag von Aigun.';
const SENTENCE_B = 'Der Vertrag wurde in Aigun geschlossen.';

describe('a relation read from its columns', () => {
  it("reads each end's date where DATE_COLUMNS puts its parts", () => {
    // Each column holds its own name: a part read from the wrong place shows the name it came from.
    const names: unknown[] = [...DATE_COLUMNS];
    expect(dateFromColumns(names, DATE_COLUMNS.indexOf('startIso'))).toStrictEqual({
      iso: 'startIso',
      precision: 'startPrecision',
      text: 'startText',
      calendarSource: 'startCalendarSource',
    });
    expect(dateFromColumns(names, DATE_COLUMNS.indexOf('endIso'))).toStrictEqual({
      iso: 'endIso',
      precision: 'endPrecision',
      text: 'endText',
      calendarSource: 'endCalendarSource',
    });
    expect(RELATION_COLUMNS.slice(RELATION_COLUMNS.indexOf('startIso')).slice(0, DATE_COLUMNS.length)).toEqual([
      ...DATE_COLUMNS,
    ]);
  });

  it('reads its dates, values, evidence in text order and the quotes that fall in each sentence', () => {
    const relation = toRelation(
      row({
        columns: columns({
          inferred: false,
          reason: null,
          quotes: ['unterzeichnete Murawjow den Vertrag'],
          quoteDocuments: ['tianjin'],
          quoteStarts: [neo4j.int(116)],
          quoteEnds: [neo4j.int(151)],
          startIso: '1858-05-16',
          startPrecision: 'DAY',
          startText: '16. Mai 1858',
          startCalendar: 'JULIAN',
          startCalendarSource: 'the Russian Empire kept the Julian calendar',
        }),
        values: [
          ['how', 'unterzeichnete'],
          ['share', 0.5],
          ['ratified', true],
        ],
        // Out of text order, as a statement may return them.
        sentences: [
          ['tianjin', neo4j.int(7), SENTENCE_B, neo4j.int(300), neo4j.int(339)],
          ['tianjin', neo4j.int(3), SENTENCE_A, neo4j.int(100), neo4j.int(162)],
        ],
      }),
    );
    expect(relation.start).toStrictEqual({
      iso: '1858-05-16',
      precision: 'DAY',
      text: '16. Mai 1858',
      calendar: 'JULIAN',
      calendarSource: 'the Russian Empire kept the Julian calendar',
    });
    expect(relation.end).toBeNull();
    expect(relation.properties).toEqual({ how: 'unterzeichnete', share: '0.5', ratified: 'true' });
    expect(relation.evidence).toEqual([
      { documentId: 'tianjin', sentenceIndex: 3, sentence: SENTENCE_A, quote: 'unterzeichnete Murawjow den Vertrag' },
      { documentId: 'tianjin', sentenceIndex: 7, sentence: SENTENCE_B, quote: null },
    ]);
    expect(relation.assertion).toEqual({ kind: 'FACT', claimedBy: null, verdict: null, verdictEvidence: [] });
    expect(relation.source.name).toBe('Nikolay Muravyov');
  });

  it('reads a claim: who made it, the verdict, and the quote behind the verdict', () => {
    const relation = toRelation(
      row({
        columns: columns({
          assertion: 'CLAIM',
          claimedBy: 'muravyov',
          verdict: 'CONTRADICTED',
          verdictQuotes: ['geschlossen'],
          verdictQuoteDocuments: ['tianjin'],
          verdictQuoteStarts: [neo4j.int(327)],
          verdictQuoteEnds: [neo4j.int(338)],
          endIso: '1860',
          endPrecision: 'YEAR',
        }),
        verdictSentences: [['tianjin', neo4j.int(7), SENTENCE_B, neo4j.int(300), neo4j.int(339)]],
        claimant: ['muravyov', 'PERSON', 'Nikolay Muravyov', 'Murawjow'],
      }),
    );
    expect(relation.end).toStrictEqual({ iso: '1860', precision: 'YEAR' });
    expect(relation.assertion).toEqual({
      kind: 'CLAIM',
      claimedBy: 'muravyov',
      claimant: expect.objectContaining({ id: 'muravyov', name: 'Nikolay Muravyov' }) as unknown,
      verdict: 'CONTRADICTED',
      verdictEvidence: [{ documentId: 'tianjin', sentenceIndex: 7, sentence: SENTENCE_B, quote: 'geschlossen' }],
    });
  });

  it('reads a suggested relation as the type it suggests, with its suggestion and confidence', () => {
    const relation = toRelation(
      row({
        type: 'SUGGESTED',
        columns: columns({ relationType: 'CEDED', suggestionId: 's-12', fromSuggestion: 'other', confidence: 0.75 }),
      }),
    );
    expect(relation).toMatchObject({ type: 'CEDED', suggested: true, suggestionId: 's-12', confidence: 0.75 });
  });

  it('is a bare relation, with its sentences and no quotes, when the statement projected no details', () => {
    const relation = toRelation(
      row({ columns: null, sentences: [['tianjin', neo4j.int(3), SENTENCE_A, neo4j.int(100), neo4j.int(162)]] }),
    );
    expect(relation).toMatchObject({
      type: 'SIGNED',
      start: null,
      end: null,
      inferred: false,
      reason: null,
      properties: {},
      assertion: { kind: 'FACT' },
      suggested: false,
      suggestionId: null,
      confidence: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    expect(relation.evidence).toEqual([{ documentId: 'tianjin', sentenceIndex: 3, sentence: SENTENCE_A, quote: null }]);
  });
});
