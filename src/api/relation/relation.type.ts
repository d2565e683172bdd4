import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RelationType } from '../../domain/ontology';
import { Evidence } from '../common/evidence.type';
import { Assertion } from './assertion.type';
import { RelationTypeEnum } from '../common/graphql-enums';
import { HistoricalDate } from '../common/historical-date.type';
import { PageInfo } from '../common/page-info.type';
import { Entity } from '../entity/entity.type';
import { Node } from '../node/node.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'A value a relation carries: office, how, treaty, recipient, honour, right, note. The values that name an entity (treaty, recipient, sharedWith) give it as `entity`.',
})
export class RelationProperty {
  @Field(() => String, { description: 'What the value is: office, how, treaty, recipient, honour, right, note, ...' })
  key!: string;

  @Field(() => String, { description: 'The value, as text; entity ids where it names an entity (treaty, recipient).' })
  value!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A fact linking two entities, with the sentences of the source that state it.',
})
export class Relation extends Node {
  @Field(() => ID, {
    description:
      'A stable id: "source--TYPE--target" (with a name where the three repeat), "reviewed:<suggestion>" or "suggested:<suggestion>".',
  })
  declare id: string;

  @Field(() => RelationTypeEnum, { description: 'What the relation says.' })
  type!: RelationType;

  @Field(() => Entity, { description: 'Who or what it starts from: the signer, founder, opponent, ...' })
  source!: Entity;

  @Field(() => Entity, { description: 'Who or what it points to: the treaty signed, the place founded, ...' })
  target!: Entity;

  @Field(() => HistoricalDate, { nullable: true, description: 'When it began or happened, as the source dates it.' })
  start!: HistoricalDate | null;

  @Field(() => HistoricalDate, { nullable: true, description: 'When it ended, for a relation that lasted.' })
  end!: HistoricalDate | null;

  @Field(() => Boolean, { description: 'True when the text implies the relation rather than stating it.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Why an inferred relation was inferred.' })
  reason!: string | null;

  @Field(() => [Evidence], { description: 'The whole sentences of the source that state it, in text order.' })
  evidence!: Evidence[];

  @Field(() => Assertion, {
    description:
      'Whose statement it is: a fact the text states, or a claim, plan or belief, with who made it and what the ' +
      'text says of it. Queries return facts only unless `assertions` asks for more.',
  })
  assertion!: Assertion;

  @Field(() => Boolean, {
    description:
      'True for a relation an ingested document suggests that nobody has reviewed yet; such relations appear only where `includeSuggested: true` is asked for.',
  })
  suggested!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The suggestion this relation comes from: pending when `suggested`, else the accepted one.',
  })
  suggestionId!: string | null;

  @Field(() => Float, { nullable: true, description: 'How sure the extraction was (0-1), for a suggested relation.' })
  confidence!: number | null;

  @Field(() => String, { nullable: true, description: 'Who accepted the suggestion this relation comes from.' })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was accepted (ISO 8601).' })
  reviewedAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A relation and where it stands in its list.' })
export class RelationEdge {
  @Field(() => String, { description: 'Pass as `after` or `before` to page from this relation.' })
  cursor!: string;

  @Field(() => Relation, { description: 'The relation.' })
  node!: Relation;
}

@ObjectType({ simpleResolvers: true, description: 'A Relay page of relations.' })
export class RelationConnection {
  /** Null only where the selection does not ask for it (Projection.totals), so never sent. */
  @Field(() => Int, { description: 'How many relations the list holds in all pages.' })
  totalCount!: number | null;

  @Field(() => [RelationEdge], { description: 'The relations of this page, in the list’s order.' })
  edges!: RelationEdge[];

  @Field(() => PageInfo, { description: 'Whether there are relations before and after this page, and its cursors.' })
  pageInfo!: PageInfo;
}
