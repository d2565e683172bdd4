import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { Entity } from '../entity/entity.type';
import { Node } from '../node/node.type';

@ObjectType({ simpleResolvers: true, description: 'A sentence of a document, as the segmenter cut it.' })
export class Sentence {
  @Field(() => Int, { description: 'Position in the document, from 0.' })
  index!: number;

  @Field(() => Int, { description: 'The paragraph (line) it stands in, from 0.' })
  paragraph!: number;

  @Field(() => String, { description: 'The sentence as the document has it.' })
  text!: string;

  @Field(() => String, { description: 'body, heading or caption.' })
  kind!: string;

  @Field(() => [ID], {
    description:
      'The ids of the curated relations this sentence is evidence of (read them with `nodes(ids:)`); empty for the sentences of ingested documents, whose suggestions name their sentence in `evidence`.',
  })
  evidenceOf!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A sentence and where it stands in its document.' })
export class SentenceEdge {
  @Field(() => String, { description: 'Pass as `after` or `before` to page from this sentence.' })
  cursor!: string;

  @Field(() => Sentence, { description: 'The sentence.' })
  node!: Sentence;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay page of sentences.' })
export class SentenceConnection {
  @Field(() => Int, { description: 'How many sentences the document has.' })
  totalCount!: number;

  @Field(() => [SentenceEdge], { description: 'The sentences of this page, in text order.' })
  edges!: SentenceEdge[];

  @Field(() => PageInfo, { description: 'Whether there are sentences before and after this page, and its cursors.' })
  pageInfo!: PageInfo;
}

@ObjectType({ simpleResolvers: true, description: 'Words of a sentence that name a known entity.' })
export class Mention {
  @Field(() => Entity, { description: 'The entity the words name.' })
  entity!: Entity;

  @Field(() => Int, { description: 'The position of the sentence in its document, from 0.' })
  sentenceIndex!: number;

  @Field(() => Int, { description: 'Offset of the first character within the sentence.' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character within the sentence.' })
  end!: number;

  @Field(() => String, { description: 'The words as written.' })
  text!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'What a source text is: an original or a translation, from which language, and what is known and unknown of its original.',
})
export class SourceDescription {
  @Field(() => String, { description: '"machine translation", "translation" or "original".' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The language of the original, for a translation (BCP 47).' })
  translatedFrom!: string | null;

  @Field(() => String, { description: 'What the original is.' })
  original!: string;

  @Field(() => [String], { description: 'What is known of the original, each a sentence.' })
  known!: string[];

  @Field(() => [String], { description: 'What is not known of the original.' })
  unknown!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A source text: the curated corpus, or a document a person ingested.',
})
export class Document extends Node {
  @Field(() => ID, {
    description: 'A stable id, e.g. "vertrag-von-tianjin-1858"; unique across documents and entities.',
  })
  declare id: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { description: 'de or en.' })
  language!: string;

  @Field(() => Boolean, { description: 'True for the corpus the curated annotations describe.' })
  curated!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the text comes from, for curated documents.' })
  note!: string | null;

  @Field(() => SourceDescription, {
    nullable: true,
    description:
      'What the text is and what is known of its original: for the corpus, a German machine translation of a Russian article whose author and date are unknown. Null for ingested documents.',
  })
  source!: SourceDescription | null;

  @Field(() => Int, { description: 'How many sentences the segmenter cut it into.' })
  sentenceCount!: number;
}

@InputType({ description: 'A new document: its text is segmented, linked and mined for suggestions.' })
export class IngestDocumentInput {
  @Field(() => ID, { description: 'Letters, digits, dots, dashes, underscores; ingesting an id again replaces it.' })
  id!: string;

  @Field(() => String, { description: 'Its title, at most 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'de or en.' })
  language!: string;

  @Field(() => String, { description: 'The plain text, at most 1 MB of UTF-8; paragraphs are lines.' })
  text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What ingesting a document found.' })
export class IngestReport {
  @Field(() => Document, { description: 'The document as stored.' })
  document!: Document;

  @Field(() => Int, { description: 'Sentences the segmenter cut it into.' })
  sentences!: number;

  @Field(() => Int, { description: 'Mentions of known entities linked.' })
  mentions!: number;

  @Field(() => Int, { description: 'Names that fit several entities and that context could not settle: not linked.' })
  ambiguousMentions!: number;

  @Field(() => Int, { description: 'New entities suggested for review.' })
  suggestedEntities!: number;

  @Field(() => Int, { description: 'New relations suggested for review.' })
  suggestedRelations!: number;

  @Field(() => Int, { description: 'Proposals left out because a person already accepted or rejected them.' })
  alreadyReviewed!: number;

  @Field(() => Int, { description: 'Relations left out because the graph already holds them.' })
  alreadyKnown!: number;

  @Field(() => Int, {
    description:
      'Sentences too long to look for new names and relations in (over 2000 characters or 40 names): their mentions are linked, nothing is suggested from them.',
  })
  unminedSentences!: number;
}
