import { OperationTypeNode } from 'graphql';
import { answerOutcomePlugin } from '../../src/api/plugins/answer-outcome.plugin';
import type { AnswerOutcome } from '../../src/http/graphql-http-handler';

/** What the plugin decides for one answer. */
async function outcomeOf({
  operation = OperationTypeNode.QUERY,
  errors,
  partial,
}: {
  operation?: OperationTypeNode;
  errors?: unknown[];
  partial?: boolean;
}): Promise<AnswerOutcome> {
  const outcome: AnswerOutcome = { cacheable: false, ...(partial !== undefined && { partial }) };
  const hooks = await answerOutcomePlugin().requestDidStart!({} as never);
  await hooks!.willSendResponse!({
    response: { body: { kind: 'single', singleResult: { data: {}, ...(errors && { errors }) } } },
    contextValue: { outcome },
    operation: { operation },
  } as never);
  return outcome;
}

describe('which answers may be cached', () => {
  it('a query answered in full, without errors', async () => {
    expect((await outcomeOf({})).cacheable).toBe(true);
  });

  it('not a mutation, an answer with errors, or a partial answer (paths without the longer ones)', async () => {
    expect((await outcomeOf({ operation: OperationTypeNode.MUTATION })).cacheable).toBe(false);
    expect((await outcomeOf({ errors: [{ message: 'no' }] })).cacheable).toBe(false);
    expect((await outcomeOf({ partial: true })).cacheable).toBe(false);
  });
});
