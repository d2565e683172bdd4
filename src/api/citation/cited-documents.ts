import type { CitedDocument } from '../../export/citation';
import type { RelationRecord } from '../../graph/model';
import type { Loaders } from '../api-context';

/** The documents the relations' evidence stands in, by id: what their citations name. */
export async function citedDocuments(
  relations: readonly RelationRecord[],
  loaders: Loaders,
): Promise<Map<string, CitedDocument>> {
  const ids = [...new Set(relations.flatMap((relation) => relation.evidence.map((item) => item.documentId)))];
  const documents = await loaders.document.loadMany(ids);
  return new Map(
    documents.flatMap((document) => (document && !(document instanceof Error) ? [[document.id, document]] : [])),
  );
}
