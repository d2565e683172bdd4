/**
 * The explorer's links that open exactly one thing: the permalinks citations give, and the IRIs
 * the linked-data exports name resources by. `baseUrl` is the explorer's address, ending in `/`.
 */
export const permalinks = {
  entity: (baseUrl: string, id: string) => `${baseUrl}?focus=${encodeURIComponent(id)}`,
  relation: (baseUrl: string, id: string) => `${baseUrl}?sel=${encodeURIComponent(`e:${id}`)}`,
  sentence: (baseUrl: string, documentId: string, index: number) =>
    `${baseUrl}?read=${encodeURIComponent(`${documentId}~${index}`)}`,
};
