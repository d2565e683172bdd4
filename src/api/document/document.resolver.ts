import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { DocumentRecord, MentionRecord } from '../../graph/document.repository';
import { ingestDocument } from '../../ingest/ingest-document';
import type { ApiContext } from '../api-context';
import { requireAdmin } from '../common/admin-access';
import { toConnection } from '../common/connection';
import { checkRange, checkText, LIMITS } from '../common/limits';
import { PageArgs, pageRequest } from '../common/page-args';
import { Document, IngestDocumentInput, IngestReport, Mention, SentenceConnection } from './document.type';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], {
    description: `Documents, curated and ingested, by id: the first \`first\` (at most ${LIMITS.documents.max}) after the id \`after\`.`,
  })
  documents(
    @Arg('first', () => Int, {
      defaultValue: 50,
      nullable: true,
      description: `How many documents (at most ${LIMITS.documents.max}).`,
    })
    first: number | null | undefined,
    @Arg('after', () => ID, { nullable: true, description: 'The id of the document to start after.' })
    after: string | null | undefined,
    @Ctx() { repositories }: ApiContext,
  ): Promise<DocumentRecord[]> {
    return repositories.documents.list(
      after ? checkText('after', after) : null,
      checkRange('first', first, LIMITS.documents, 50),
    );
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
    description: `The mentions of known entities in its sentences \`fromSentence\` to \`toSentence\`, in text order: the first \`first\` (at most ${LIMITS.mentions.max}).`,
  })
  mentions(
    @Root() document: DocumentRecord,
    @Arg('fromSentence', () => Int, {
      defaultValue: 0,
      nullable: true,
      description: 'The index of the first sentence (from 0).',
    })
    fromSentence: number | null | undefined,
    @Arg('toSentence', () => Int, {
      nullable: true,
      description: 'The index of the last sentence (default: the last of the document).',
    })
    toSentence: number | null | undefined,
    @Arg('first', () => Int, {
      defaultValue: 200,
      nullable: true,
      description: `How many mentions, in text order (at most ${LIMITS.mentions.max}).`,
    })
    first: number | null | undefined,
    @Ctx() { repositories }: ApiContext,
  ): Promise<MentionRecord[]> {
    const from = checkRange('fromSentence', fromSentence, LIMITS.sentenceIndex, 0);
    const to = checkRange('toSentence', toSentence, LIMITS.sentenceIndex, LIMITS.sentenceIndex.max);
    if (from > to) throw new BadUserInputError(`fromSentence (${from}) is after toSentence (${to})`, 'fromSentence');
    return repositories.documents.mentions(document.id, from, to, checkRange('first', first, LIMITS.mentions, 200));
  }

  @Mutation(() => IngestReport, {
    description:
      'Ingests a document: segments it, links mentions of known entities and stores new entities and relations as suggestions for review. Ingesting an id again replaces its sentences, mentions and pending suggestions at once. Needs `Authorization: Bearer <KG_ADMIN_TOKEN>`.',
  })
  async ingestDocument(
    @Arg('input', () => IngestDocumentInput, { description: 'The document: id, title, language and text.' })
    input: IngestDocumentInput,
    @Ctx() { repositories, admin, extract }: ApiContext,
  ): Promise<IngestReport> {
    requireAdmin(admin);
    const report = await ingestDocument(repositories, input, undefined, extract);
    const document = (await repositories.documents.byIds([report.documentId])).get(report.documentId);
    if (!document) throw new Error(`document ${report.documentId} is missing right after it was written`);
    return { ...report, document };
  }
}
