/**
 * JSON-LD: one document, `{"@context": …, "@graph": [ … ]}`, its objects written one after another
 * as they are read (JSON.stringify of each; the document is never held whole).
 */
import { entityObject, linkedDataContext, relationObjects } from '../linked-data';
import type { ExportSource, Sink } from '../export-sink';

export async function writeJsonLd(source: ExportSource, sink: Sink): Promise<void> {
  await sink.write(`{\n"@context": ${JSON.stringify(linkedDataContext(source.baseUrl))},\n"@graph": [`);
  let first = true;
  const item = async (object: Record<string, unknown>) => {
    await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(object)}`);
    first = false;
  };
  for await (const entity of source.entities()) await item(entityObject(entity, source.baseUrl));
  for await (const relation of source.relations()) {
    for (const object of relationObjects(relation, source.baseUrl)) await item(object);
  }
  await sink.write('\n]\n}\n');
}
