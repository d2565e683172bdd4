/**
 * Turtle: the same statements as the JSON-LD export, object by object turned into RDF by the
 * jsonld library (so the two cannot say different things) and written by N3's writer with the
 * context's prefixes. Blank nodes are named apart per object, as the objects are read apart.
 */
import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad, type Term } from 'n3';
import { entityObject, linkedDataContext, relationObjects } from '../linked-data';
import type { ExportSource, Sink } from '../export-sink';

interface JsonLdTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

export async function writeTurtle(source: ExportSource, sink: Sink): Promise<void> {
  const context = linkedDataContext(source.baseUrl);
  const prefixes = Object.fromEntries(
    Object.entries(context).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].includes('://'),
    ),
  );
  const header = await new Promise<string>((resolve, reject) =>
    new Writer({ prefixes }).end((error: Error | null, text: string) => (error ? reject(error) : resolve(text))),
  );
  await sink.write(header);
  const writer = new Writer({ prefixes });
  let objects = 0;
  const term = (value: JsonLdTerm): Term => {
    if (value.termType === 'BlankNode') return DataFactory.blankNode(`o${objects}${value.value.replace(/^_:/, '')}`);
    if (value.termType === 'Literal') {
      return DataFactory.literal(
        value.value,
        value.language ?? (value.datatype ? DataFactory.namedNode(value.datatype.value) : undefined),
      );
    }
    return DataFactory.namedNode(value.value);
  };
  const item = async (object: Record<string, unknown>) => {
    objects += 1;
    const quads = (await jsonld.toRDF({ '@context': context, ...object } as jsonld.JsonLdDocument)) as unknown as {
      subject: JsonLdTerm;
      predicate: JsonLdTerm;
      object: JsonLdTerm;
    }[];
    const converted = quads.map((q) =>
      DataFactory.quad(
        term(q.subject) as Quad['subject'],
        term(q.predicate) as Quad['predicate'],
        term(q.object) as Quad['object'],
        DataFactory.defaultGraph(),
      ),
    );
    await sink.write(writer.quadsToString(converted));
  };
  for await (const entity of source.entities()) await item(entityObject(entity, source.baseUrl));
  for await (const relation of source.relations()) {
    for (const object of relationObjects(relation, source.baseUrl)) await item(object);
  }
}
