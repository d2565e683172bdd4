import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DocumentRecord, MentionRecord } from '../../graph/document.repository';
import { ingestDocument } from '../../ingest/ingest-document';
import type { ApiContext } from '../api-context';
import { requireAdmin } from '../common/admin-access';
import { toConnection } from '../common/connection';
import { checkText, LIMITS } from '../common/limits';
import { PageArgs, pageRequest } from '../common/page-args';
import { Document, IngestDocumentInput, IngestReport, Mention, SentenceConnection } from './document.type';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: 'Every document, curated and ingested, by id.' })
  documents(@Ctx() { repositories }: ApiContext): Promise<DocumentRecord[]> {
    return repositories.documents.all();
  }

  @Query(() => Document, { nullable: true, description: 'The document with this id, or null.' })
  async document(
    @Arg('id', () => ID, { description: 'The document’s id, e.g. "vertrag-von-tianjin-1858".' }) id: string,
    @Ctx() { repositories }: ApiContext,
  ): Promise<DocumentRecord | null> {
    const found = await repositories.documents.byIds([checkText('id', id)]);
    return found.get(id) ?? null;
  }

  @FieldResolver(() => SentenceConnection, {
    description: `Its sentences in text order; at most ${LIMITS.first.max} a page, 50 by default.`,
  })
  async sentences(
    @Root() document: DocumentRecord,
    @Args(() => PageArgs) paging: PageArgs,
    @Ctx() { repositories }: ApiContext,
  ): Promise<SentenceConnection> {
    const page = pageRequest('sentences', paging, LIMITS.first, 50);
    const sentences = await repositories.documents.sentences(document.id, page);
    return { totalCount: document.sentenceCount, ...toConnection('sentences', sentences, page) };
  }

  @FieldResolver(() => [Mention], {
    description: `The mentions of known entities in it, in text order (at most ${LIMITS.mentions.max}).`,
  })
  mentions(@Root() document: DocumentRecord, @Ctx() { repositories }: ApiContext): Promise<MentionRecord[]> {
    return repositories.documents.mentions(document.id, LIMITS.mentions.max);
  }

  @Mutation(() => IngestReport, {
    description:
      'Ingests a document: segments it, links mentions of known entities and stores new entities and relations as suggestions for review. Ingesting an id again replaces its sentences, mentions and pending suggestions at once. Needs `Authorization: Bearer <KG_ADMIN_TOKEN>`.',
  })
  async ingestDocument(
    @Arg('input', () => IngestDocumentInput, { description: 'The document: id, title, language and text.' })
    input: IngestDocumentInput,
    @Ctx() { repositories, admin }: ApiContext,
  ): Promise<IngestReport> {
    requireAdmin(admin);
    const report = await ingestDocument(repositories, input);
    const document = (await repositories.documents.byIds([report.documentId])).get(report.documentId);
    if (!document) throw new Error(`document ${report.documentId} is missing right after it was written`);
    return { ...report, document };
  }
}
