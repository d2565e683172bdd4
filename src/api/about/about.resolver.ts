import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../api-context';
import { About } from './about.type';

@Resolver(() => About)
export class AboutResolver {
  @Query(() => About, { description: 'Which service answers, and on which Neo4j.' })
  async about(@Ctx() { repositories, service }: ApiContext): Promise<About> {
    const server = await repositories.serverInfo.get();
    return {
      name: service.name,
      version: service.version,
      neo4jVersion: server.version,
      neo4jEdition: server.edition,
      graphVersion: repositories.graphVersion.value,
    };
  }
}
