import { Field, ObjectType } from 'type-graphql';
import type { AssertionKind, Verdict } from '../../domain/assertion';
import { Evidence } from '../common/evidence.type';
import { AssertionKindEnum, VerdictEnum } from '../common/graphql-enums';

@ObjectType({
  simpleResolvers: true,
  description:
    'Whose statement a relation is: a fact the text states, or what someone in it claimed, planned or believed, ' +
    'with what the text itself says of that.',
})
export class Assertion {
  @Field(() => AssertionKindEnum, { description: 'FACT, CLAIM, PLAN or BELIEF.' })
  kind!: AssertionKind;

  @Field(() => VerdictEnum, {
    nullable: true,
    description: 'What the text says of a claim, plan or belief; null for a fact.',
  })
  verdict!: Verdict | null;

  @Field(() => [Evidence], {
    description: 'The sentences that confirm, dispute or refute it, in text order; empty for a fact.',
  })
  verdictEvidence!: Evidence[];
}
