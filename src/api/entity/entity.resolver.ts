import type { AssertionKind } from '../../domain/assertion';
import type { GraphQLResolveInfo } from 'graphql';
import { wikidataUrl } from '../../domain/location';
import { GeoLocation } from './location.type';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { citeEntity, type CitationStyle } from '../../export/citation';
import { Citation } from '../citation/citation.type';
import { canonicalLanguageTag, labelFor } from '../../domain/label';
import type { EntityType, RelationType } from '../../domain/ontology';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import type { EntityRecord } from '../../graph/model';
import type { Direction } from '../../graph/relation.repository';
import { resolveName } from '../../graph/resolve-name';
import type { ApiContext } from '../api-context';
import { AssertionsArg, IncludeSuggestedArg } from '../common/relation-scope-args';
import { toConnection } from '../common/connection';
import { Evidence } from '../common/evidence.type';
import { CitationStyleEnum, DirectionEnum, EntityTypeEnum, RelationTypeEnum } from '../common/graphql-enums';
import { checkRange, checkText, LIMITS } from '../common/limits';
import { PageArgs, pageRequest } from '../common/page-args';
import { projectionOf } from '../common/projection';
import { RelationConnection } from '../relation/relation.type';
import { EntityConnection, SearchHit } from './entity-connection.type';
import { Entity } from './entity.type';
import { relationFilter } from './relation-filter';
import { mentionsLimit, requestedReads } from './requested-reads';

/**
 * Words of a search text as a Lucene query that cannot carry syntax: letters and digits only,
 * lower-cased so that AND, OR and NOT are words, not operators.
 */
function searchQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0
    ? null
    : words.map((word) => (word.length >= 4 ? `${word} OR ${word}~1` : word)).join(' OR ');
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this id, or null.' })
  async entity(
    @Arg('id', () => ID, { description: 'The entity’s id, e.g. "muravyov".' }) id: string,
    @Ctx() { loaders, repositories }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    checkText('id', id);
    const requested = requestedReads(info);
    // The sentences that name it are read at the same time as the entity, not after it: the
    // mentions resolver finds them in its loader (and any error reading them).
    if (requested.mentions !== null) {
      loaders.mentions.load({ id, limit: requested.mentions }).catch(() => undefined);
    }
    if (requested.relations === null) return loaders.entity.load(id);
    const { filter, projection } = requested.relations;
    // The entity and the page of relations the query asks of it, in one statement; the relations
    // resolver then finds that page in its loader.
    const found = (await repositories.relations.ofEntities([id], filter, projection)).get(id);
    if (found === undefined) return null;
    loaders.relations.prime({ id, filter, projection }, found);
    loaders.entity.prime(id, found.entity);
    return found.entity;
  }

  @Query(() => [Entity], {
    description:
      'The entities a name means, best first: any case, diacritics, German inflection, transliteration (Murawjow, Muravyov), German or English names.',
  })
  resolve(
    @Arg('name', () => String, {
      description:
        'A name as a person types it, in any spelling, or its start as far as it is typed (from three letters: "Pek", "Murawj").',
    })
    name: string,
    @Arg('first', () => Int, {
      defaultValue: 5,
      nullable: true,
      description: `How many entities, best first (at most ${LIMITS.first.max}).`,
    })
    first: number | null | undefined,
    @Ctx() { repositories }: ApiContext,
  ): Promise<EntityRecord[]> {
    return resolveName(repositories.entities, checkText('name', name), checkRange('first', first, LIMITS.first, 5));
  }

  @Query(() => [SearchHit], { description: 'Full-text search over names, aliases and descriptions, by relevance.' })
  async search(
    @Arg('text', () => String, {
      description: 'Words to look for; a misspelt word of 4 or more letters still matches.',
    })
    text: string,
    @Arg('types', () => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
    types: EntityType[] | null | undefined,
    @Arg('first', () => Int, {
      defaultValue: 10,
      nullable: true,
      description: `How many hits, best first (at most ${LIMITS.first.max}).`,
    })
    first: number | null | undefined,
    @Ctx() { repositories }: ApiContext,
  ): Promise<SearchHit[]> {
    const query = searchQuery(checkText('text', text));
    const limit = checkRange('first', first, LIMITS.first, 10);
    if (query === null) return [];
    return repositories.entities.search(query, types && types.length > 0 ? types : null, limit);
  }

  @Query(() => EntityConnection, {
    description: `All entities, optionally of one type, in the order (name, id); at most ${LIMITS.first.max} a page, 20 by default.`,
  })
  async entities(
    @Arg('type', () => EntityTypeEnum, { nullable: true, description: 'Only entities of this type.' })
    type: EntityType | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
    @Ctx() { repositories }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityConnection> {
    const page = pageRequest('entities', paging, LIMITS.first, 20);
    const { total, entities } = await repositories.entities.page(type ?? null, page, projectionOf(info).totals);
    return { totalCount: total, ...toConnection('entities', entities, page) };
  }

  @FieldResolver(() => GeoLocation, {
    nullable: true,
    description: 'Where a place is on the earth; null for other entities.',
  })
  location(@Root() entity: EntityRecord): GeoLocation | null {
    if (!entity.location) return null;
    const { box, ...point } = entity.location;
    return { ...point, box: box && { west: box[0], south: box[1], east: box[2], north: box[3] } };
  }

  @FieldResolver(() => Citation, {
    description:
      'How to cite this entity as a record of the graph: a permalink and today’s date, as CSL-JSON, BibTeX and text.',
  })
  citation(
    @Root() entity: EntityRecord,
    @Ctx() context: ApiContext,
    @Arg('style', () => CitationStyleEnum, { defaultValue: 'HARVARD', description: 'The style of `text`.' })
    style: CitationStyle,
  ): Citation {
    return { style, ...citeEntity(entity, { baseUrl: context.baseUrl, accessed: new Date(), style }) };
  }

  @FieldResolver(() => String, { nullable: true, description: 'The page of its Wikidata item, where it has one.' })
  wikidataUrl(@Root() entity: EntityRecord): string | null {
    return entity.wikidata === null ? null : wikidataUrl(entity.wikidata);
  }

  @FieldResolver(() => RelationConnection, {
    description: `The relations of this entity, in the order (type, other end's name, id); at most ${LIMITS.first.max} a page, 20 by default.`,
  })
  async relations(
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types.' })
    types: RelationType[] | null | undefined,
    @Arg('direction', () => DirectionEnum, {
      defaultValue: 'BOTH',
      nullable: true,
      description: 'OUT: the entity is the source; IN: the target; BOTH: either.',
    })
    direction: Direction | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
    @IncludeSuggestedArg() includeSuggested: boolean | null | undefined,
    @AssertionsArg() assertions: AssertionKind[] | null | undefined,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationConnection> {
    const filter = relationFilter({ types, direction, includeSuggested, assertions, ...paging });
    const { total, relations } = await loaders.relations.load({
      id: entity.id,
      filter,
      projection: projectionOf(info),
    });
    return { totalCount: total, ...toConnection('relations', relations, filter.page) };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Its name in the requested language: the label with that BCP 47 tag, else one of the same language ("zh" gives the simplified characters, "ru" the Cyrillic); null when the graph has none.',
  })
  label(
    @Root() entity: EntityRecord,
    @Arg('language', () => String, { description: 'A BCP 47 language tag: "ru", "zh", "zh-Hant", "de".' })
    language: string,
  ): string | null {
    const tag = canonicalLanguageTag(checkText('language', language));
    if (tag === null) {
      throw new BadUserInputError(
        `language "${language}" is not a BCP 47 language tag (such as ru, zh-Hans, de)`,
        'language',
      );
    }
    return labelFor(entity.labels, tag)?.text ?? null;
  }

  @FieldResolver(() => [Evidence], { description: 'The sentences that name this entity, in text order.' })
  mentions(
    @Root() entity: EntityRecord,
    @Arg('first', () => Int, {
      defaultValue: 20,
      nullable: true,
      description: `How many sentences, from the first (at most ${LIMITS.first.max}).`,
    })
    first: number | null | undefined,
    @Ctx() { loaders }: ApiContext,
  ): Promise<Evidence[]> {
    return loaders.mentions.load({ id: entity.id, limit: mentionsLimit(first) });
  }
}
