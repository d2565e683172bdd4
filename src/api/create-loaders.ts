import DataLoader from 'dataloader';
import type { EvidenceRecord } from '../graph/model';
import type { RelationPage } from '../graph/relation.repository';
import type { Loaders, RelationPageKey, Repositories } from './api-context';

/** Groups keys that share everything but the id, so each group is one statement. */
function groupBy<K, G>(keys: readonly K[], group: (key: K) => G): Map<string, { group: G; keys: K[] }> {
  const groups = new Map<string, { group: G; keys: K[] }>();
  for (const key of keys) {
    const name = JSON.stringify(group(key));
    const entry = groups.get(name) ?? { group: group(key), keys: [] };
    entry.keys.push(key);
    groups.set(name, entry);
  }
  return groups;
}

const EMPTY_PAGE: RelationPage = { total: 0, relations: [] };

/** Fresh loaders for one request: their caches never outlive it. */
export function createLoaders(repositories: Repositories): Loaders {
  return {
    entity: new DataLoader(async (ids: readonly string[]) => {
      const found = await repositories.entities.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relations: new DataLoader(
      async (keys: readonly RelationPageKey[]) => {
        const results = new Map<string, RelationPage>();
        const groups = groupBy(keys, ({ filter, projection }) => ({ filter, projection }));
        for (const { group, keys: members } of groups.values()) {
          const pages = await repositories.relations.ofEntities(
            members.map((key) => key.id),
            group.filter,
            group.projection,
          );
          for (const member of members) results.set(JSON.stringify(member), pages.get(member.id) ?? EMPTY_PAGE);
        }
        return keys.map((key) => results.get(JSON.stringify(key)) ?? EMPTY_PAGE);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    mentions: new DataLoader(
      async (keys: readonly { id: string; limit: number }[]) => {
        const results = new Map<string, EvidenceRecord[]>();
        for (const { group, keys: members } of groupBy(keys, (key) => key.limit).values()) {
          const found = await repositories.relations.mentionsOf(
            members.map((key) => key.id),
            group,
          );
          for (const member of members) results.set(JSON.stringify(member), found.get(member.id) ?? []);
        }
        return keys.map((key) => results.get(JSON.stringify(key)) ?? []);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    document: new DataLoader(async (ids: readonly string[]) => {
      const found = await repositories.documents.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
