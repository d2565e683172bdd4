/**
 * The entity list's statements: one page in the order (name, id), of every type or of one, one
 * statement per paging direction, each a seek that reads its index in order from the page's start
 * and stops after the page: on (name) for every type, on (type, name) for one. One statement for
 * every case, with the type and the direction as parameters, could use no index: it read and
 * sorted every entity (0.8 s a page at a million entities).
 */
import { generatedHeader } from './cypher-text';
import type { PageDirection } from './timeline.statements';

const HEADER = generatedHeader('entity.statements.ts');

/**
 * Above every name, where a page read backward starts with no cursor: the last code point. The
 * index orders strings by code point, so "\uffff" would leave out names that begin with an emoji
 * or a CJK character beyond the first plane; comparisons in Cypher go by UTF-16 code units, so
 * "😀" < "（" there and the other way round in the index, and a seek between two such bounds
 * finds nothing at all (both measured on 5.26). So each statement seeks from one bound only, the
 * cursor it pages from ($seekFrom forward, $seekTo backward), and tests equal names for their ids;
 * the other cursor, given with it only by a client that asks for a window, is a filter.
 */
export const AFTER_ALL_NAMES = '\u{10FFFF}';

/**
 * graph/entities-page (every type) and graph/entities-of-type-page ($type), each also -backward:
 * one page of entities and, when asked, how many there are.
 */
export function entitiesPageCypher(direction: PageDirection, typed: boolean): string {
  const way = direction === 'forward' ? '' : ' DESC';
  const type = typed ? 'e.type = $type AND ' : '';
  // The cursor a page starts from bounds the seek; the other one, if given too, is a filter.
  const [seek, from, other] =
    direction === 'forward'
      ? [
          'e.name >= $seekFrom',
          '($after IS NULL OR e.name <> $after[0] OR e.id > $after[1])',
          '($before IS NULL OR e.name < $before[0] OR (e.name = $before[0] AND e.id < $before[1]))',
        ]
      : [
          'e.name <= $seekTo',
          '($before IS NULL OR e.name <> $before[0] OR e.id < $before[1])',
          '($after IS NULL OR e.name > $after[0] OR (e.name = $after[0] AND e.id > $after[1]))',
        ];
  return `${HEADER}// One page of entities${typed ? ' of the type $type' : ''}, in the order (name, id)${direction === 'forward' ? '' : ' backward: the last ones, in reverse order'}: after the key
// $after and before the key $before (lists [name, id], or null), $limit of them, each with its key;
// and, with $totals, how many there are${typed ? ' of the type' : ''} (else null: counting reads every index entry${typed ? ' of\n// the type' : ''}). ${direction === 'forward' ? '$seekFrom, the name of $after or the empty string,' : '$seekTo, the name of $before or U+10FFFF (the last code point),'} is where the
// index seek starts.
CALL {
  WITH $totals AS totals WHERE totals
  MATCH (e:Entity)${typed ? ' WHERE e.type = $type' : ''}
  RETURN count(e) AS total
}
CALL {
  MATCH (e:Entity)
  USING INDEX e:Entity(${typed ? 'type, name' : 'name'})
  WHERE ${type}${seek}
    AND ${from}
    AND ${other}
  WITH e ORDER BY ${typed ? `e.type${way}, ` : ''}e.name${way}, e.id${way}
  LIMIT $limit
  RETURN collect(properties(e)) AS entities
}
RETURN CASE WHEN $totals THEN total END AS total, entities
`;
}
