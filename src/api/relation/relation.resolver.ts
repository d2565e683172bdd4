import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { citeRelation, type CitationStyle } from '../../export/citation';
import type { RelationRecord } from '../../graph/model';
import type { ApiContext } from '../api-context';
import { Citation } from '../citation/citation.type';
import { citedDocuments } from '../citation/cited-documents';
import { CitationStyleEnum } from '../common/graphql-enums';
import { Relation, RelationProperty } from './relation.type';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => [RelationProperty], {
    description: 'The values the relation carries, e.g. treaty and recipient of a cession, how someone opposed.',
  })
  properties(@Root() relation: RelationRecord): RelationProperty[] {
    return Object.entries(relation.properties)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, value }));
  }

  @FieldResolver(() => Citation, {
    description:
      'How to cite this relation: with the sentence that states it, its document and what that is, a permalink and today’s date, as CSL-JSON, BibTeX and text.',
  })
  async citation(
    @Root() relation: RelationRecord,
    @Ctx() context: ApiContext,
    @Arg('style', () => CitationStyleEnum, { defaultValue: 'HARVARD', description: 'The style of `text`.' })
    style: CitationStyle,
  ): Promise<Citation> {
    const documents = await citedDocuments([relation], context.loaders);
    return { style, ...citeRelation(relation, documents, { baseUrl: context.baseUrl, accessed: new Date(), style }) };
  }
}
