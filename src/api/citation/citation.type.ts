import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { CitationStyle } from '../../export/citation';
import { CitationStyleEnum } from '../common/graphql-enums';

@ObjectType({
  simpleResolvers: true,
  description:
    'How to cite a fact or an entity of the graph: a link that opens exactly it in the explorer, CSL-JSON for Zotero and other reference managers, BibTeX, and the citation formatted in a standard style. A relation is cited with the sentence that states it (its words, document, sentence number and what the document is) and the day it was looked up.',
})
export class Citation {
  @Field(() => String, { description: 'The explorer’s link that opens exactly this fact or entity.' })
  permalink!: string;

  @Field(() => CitationStyleEnum, { description: 'The style of `text`.' })
  style!: CitationStyle;

  @Field(() => GraphQLJSONObject, { description: 'The CSL-JSON item (import it into Zotero as CSL JSON).' })
  csl!: Record<string, unknown>;

  @Field(() => String, { description: 'The same as a BibTeX entry.' })
  bibtex!: string;

  @Field(() => String, { description: 'The citation formatted in `style`, as plain text.' })
  text!: string;
}
