import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pathNarrative, type CitationStyle } from '../../export/citation';
import type { PathRecord } from '../../graph/traversal.repository';
import type { ApiContext } from '../api-context';
import { citedDocuments } from '../citation/cited-documents';
import { CitationStyleEnum } from '../common/graphql-enums';
import { Path } from './traversal.types';

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => String, {
    description:
      'The path as a footnoted narrative in Markdown: one sentence per hop, each with a footnote citing the sentence of the source that states it (formatted in `style`).',
  })
  async narrative(
    @Root() path: PathRecord,
    @Ctx() context: ApiContext,
    @Arg('style', () => CitationStyleEnum, { defaultValue: 'HARVARD', description: 'The style of the footnotes.' })
    style: CitationStyle,
  ): Promise<string> {
    const documents = await citedDocuments(path.relations, context.loaders);
    return pathNarrative(path.relations, documents, { baseUrl: context.baseUrl, accessed: new Date(), style });
  }
}
