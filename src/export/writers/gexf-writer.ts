/**
 * GEXF 1.3 for Gephi, written as a stream with xmlbuilder's callback document (which escapes and
 * nests, and writes each element as it goes without keeping a tree; no XML is put together by
 * hand): attributes for every NODE_COLUMNS and EDGE_COLUMNS value, and GEXF's dynamic `start` and
 * `end` (days) where an entity or relation has a date.
 */
import { begin } from 'xmlbuilder';
import { EDGE_COLUMNS, NODE_COLUMNS, period, type Column } from '../export-columns';
import type { ExportSource, Sink } from '../export-sink';
import { prettyXmlWriter } from './xml-pretty-writer';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

export async function writeGexf(source: ExportSource, sink: Sink): Promise<void> {
  const xml = begin({ writer: prettyXmlWriter(['creator', 'description']) }, (text) => sink.append(text));
  const attributes = <T>(columns: readonly Column<T>[], item: T) => {
    const values = columns.flatMap((column, index) => {
      const value = column.value(item);
      return value === null || value === '' ? [] : [{ for: String(index), value: String(value) }];
    });
    if (values.length === 0) return;
    xml.ele('attvalues');
    for (const value of values) xml.ele('attvalue', value).up();
    xml.up();
  };
  const declare = <T>(kind: 'node' | 'edge', columns: readonly Column<T>[]) => {
    xml.ele('attributes', { class: kind, mode: 'static' });
    columns.forEach((column, index) =>
      xml.ele('attribute', { id: String(index), title: column.id, type: column.type }).up(),
    );
    xml.up();
  };

  xml.dec('1.0', 'UTF-8');
  xml.ele('gexf', {
    xmlns: GEXF_NAMESPACE,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd`,
    version: '1.3',
  });
  xml.ele('meta', { lastmodifieddate: source.generatedAt.slice(0, 10) });
  xml.ele('creator').txt('Amur Graph').up();
  xml
    .ele('description')
    .txt(
      `The Amur Graph knowledge graph: entities, relations and the sentences of the source behind them (${source.baseUrl}).`,
    )
    .up();
  xml.up();
  xml.ele('graph', { defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' });
  declare('node', NODE_COLUMNS);
  declare('edge', EDGE_COLUMNS);
  xml.ele('nodes');
  for await (const entity of source.entities()) {
    const { first, last } = period(entity.start, entity.end);
    xml.ele('node', { id: entity.id, label: entity.name, ...(first && { start: first }), ...(last && { end: last }) });
    attributes(NODE_COLUMNS, entity);
    xml.up();
    await sink.settle();
  }
  xml.up();
  xml.ele('edges');
  for await (const relation of source.relations()) {
    const { first, last } = period(relation.start, relation.end);
    xml.ele('edge', {
      id: relation.id,
      source: relation.source.id,
      target: relation.target.id,
      label: relation.type,
      ...(first && { start: first }),
      ...(last && { end: last }),
    });
    attributes(EDGE_COLUMNS, relation);
    xml.up();
    await sink.settle();
  }
  xml.up().up().up();
  xml.end();
}
