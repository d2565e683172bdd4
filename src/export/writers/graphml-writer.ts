/**
 * GraphML for Gephi, yEd and networkx, written as a stream with xmlbuilder's callback document: a
 * `key` for every NODE_COLUMNS and EDGE_COLUMNS value (node keys `n_…`, edge keys `e_…`), the
 * names and the relation types as `label`.
 */
import { begin } from 'xmlbuilder';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../export-columns';
import type { ExportSource, Sink } from '../export-sink';
import { prettyXmlWriter } from './xml-pretty-writer';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

export async function writeGraphml(source: ExportSource, sink: Sink): Promise<void> {
  const xml = begin({ writer: prettyXmlWriter(['data', 'desc']) }, (text) => sink.append(text));
  const data = <T>(prefix: string, columns: readonly Column<T>[], item: T) => {
    for (const column of columns) {
      const value = column.value(item);
      if (value !== null && value !== '')
        xml
          .ele('data', { key: `${prefix}${column.id}` })
          .txt(String(value))
          .up();
    }
  };
  const declare = <T>(kind: 'node' | 'edge', prefix: string, columns: readonly Column<T>[]) => {
    for (const column of [{ id: 'label', type: 'string', description: 'name' }, ...columns]) {
      xml
        .ele('key', { id: `${prefix}${column.id}`, for: kind, 'attr.name': column.id, 'attr.type': column.type })
        .ele('desc')
        .txt(column.description)
        .up()
        .up();
    }
  };

  xml.dec('1.0', 'UTF-8');
  xml.ele('graphml', {
    xmlns: GRAPHML_NAMESPACE,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`,
  });
  declare('node', 'n_', NODE_COLUMNS);
  declare('edge', 'e_', EDGE_COLUMNS);
  xml.ele('graph', { id: 'amur-graph', edgedefault: 'directed' });
  xml.ele('desc').txt(`The Amur Graph knowledge graph (${source.baseUrl}), exported ${source.generatedAt}.`).up();
  for await (const entity of source.entities()) {
    xml.ele('node', { id: entity.id });
    xml.ele('data', { key: 'n_label' }).txt(entity.name).up();
    data('n_', NODE_COLUMNS, entity);
    xml.up();
    await sink.settle();
  }
  for await (const relation of source.relations()) {
    xml.ele('edge', { id: relation.id, source: relation.source.id, target: relation.target.id });
    xml.ele('data', { key: 'e_label' }).txt(relation.type).up();
    data('e_', EDGE_COLUMNS, relation);
    xml.up();
    await sink.settle();
  }
  xml.up().up();
  xml.end();
}
