/**
 * The graph as linked data: each entity a resource typed from schema.org (people, places,
 * organisations, events; treaties as schema:Legislation), with its names per language, owl:sameAs
 * its Wikidata item, and its place; each relation an rdf:Statement with what kind of statement it
 * is, and, for a fact the text states, the triple itself; each sentence of evidence a Web
 * Annotation (oa:Annotation) whose body is the relation and whose target is the sentence, quoted.
 * Resources are named by the explorer's links to them (an IRI that opens exactly it). The context
 * is documented in docs/exports.md.
 */
import { edtf } from '../domain/historical-date';
import type { EntityType } from '../domain/ontology';
import type { EntityRecord, EvidenceRecord, RelationRecord } from '../graph/model';
import { permalinks } from './permalinks';

/** The resources' IRIs: the explorer's permalinks, and the vocabulary's namespace. */
const iris = (baseUrl: string) => ({
  entity: (id: string) => permalinks.entity(baseUrl, id),
  relation: (id: string) => permalinks.relation(baseUrl, id),
  sentence: (documentId: string, index: number) => permalinks.sentence(baseUrl, documentId, index),
  vocabulary: `${baseUrl}export/vocabulary#`,
});

const SCHEMA_TYPES: Record<EntityType, string> = {
  PERSON: 'schema:Person',
  STATE: 'schema:Country',
  ORGANIZATION: 'schema:Organization',
  PLACE: 'schema:Place',
  TREATY: 'schema:Legislation',
  EXPEDITION: 'schema:Event',
  EVENT: 'schema:Event',
  SHIP: 'schema:Vehicle',
};

/** The JSON-LD context of every export (and of each object of it, when read alone). */
export function linkedDataContext(baseUrl: string): Record<string, unknown> {
  return {
    schema: 'https://schema.org/',
    owl: 'http://www.w3.org/2002/07/owl#',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    oa: 'http://www.w3.org/ns/oa#',
    prov: 'http://www.w3.org/ns/prov#',
    amur: iris(baseUrl).vocabulary,
    name: 'schema:name',
    description: 'schema:description',
    sameAs: { '@id': 'owl:sameAs', '@type': '@id' },
    geo: 'schema:geo',
    latitude: { '@id': 'schema:latitude', '@type': 'xsd:double' },
    longitude: { '@id': 'schema:longitude', '@type': 'xsd:double' },
    startDate: { '@id': 'schema:startDate', '@type': 'amur:EDTF' },
    endDate: { '@id': 'schema:endDate', '@type': 'amur:EDTF' },
    entityType: 'amur:entityType',
    relationType: 'amur:relationType',
    subject: { '@id': 'rdf:subject', '@type': '@id' },
    predicate: { '@id': 'rdf:predicate', '@type': '@id' },
    object: { '@id': 'rdf:object', '@type': '@id' },
    assertion: 'amur:assertion',
    claimedBy: { '@id': 'amur:claimedBy', '@type': '@id' },
    verdict: 'amur:verdict',
    inferred: { '@id': 'amur:inferred', '@type': 'xsd:boolean' },
    suggested: { '@id': 'amur:suggested', '@type': 'xsd:boolean' },
    hasBody: { '@id': 'oa:hasBody', '@type': '@id' },
    hasTarget: 'oa:hasTarget',
    hasSource: { '@id': 'oa:hasSource', '@type': '@id' },
    hasSelector: 'oa:hasSelector',
    exact: 'oa:exact',
    motivatedBy: { '@id': 'oa:motivatedBy', '@type': '@id' },
    wasQuotedFrom: { '@id': 'prov:wasQuotedFrom', '@type': '@id' },
  };
}

/** An entity as a JSON-LD object (compacted with linkedDataContext). */
export function entityObject(entity: EntityRecord, baseUrl: string): Record<string, unknown> {
  return {
    '@id': iris(baseUrl).entity(entity.id),
    '@type': [SCHEMA_TYPES[entity.type], `amur:${entity.type}`],
    entityType: entity.type,
    name: entity.labels.length
      ? entity.labels.map((label) => ({ '@value': label.text, '@language': label.language }))
      : entity.name,
    ...(entity.description && { description: entity.description }),
    ...(entity.wikidata && { sameAs: `http://www.wikidata.org/entity/${entity.wikidata}` }),
    ...(entity.location && {
      geo: {
        '@type': 'schema:GeoCoordinates',
        latitude: entity.location.latitude,
        longitude: entity.location.longitude,
      },
    }),
    ...(entity.start && { startDate: edtf(entity.start) }),
    ...(entity.end && { endDate: edtf(entity.end) }),
  };
}

/** A piece of evidence as a Web Annotation: the relation is its body, the quoted sentence its target. */
function evidenceAnnotation(relationIri: string, evidence: EvidenceRecord, n: number, baseUrl: string) {
  return {
    '@id': `${relationIri}&evidence=${n + 1}`,
    '@type': 'oa:Annotation',
    motivatedBy: 'oa:describing',
    hasBody: relationIri,
    hasTarget: {
      '@type': 'oa:SpecificResource',
      hasSource: iris(baseUrl).sentence(evidence.documentId, evidence.sentenceIndex),
      hasSelector: { '@type': 'oa:TextQuoteSelector', exact: evidence.quote ?? evidence.sentence },
    },
  };
}

/**
 * A relation as JSON-LD objects: the statement with its kind and dates, the triple itself for a
 * stated fact (a claim, plan or belief, or a suggestion nobody reviewed, is not asserted), and an
 * annotation for each sentence of evidence.
 */
export function relationObjects(relation: RelationRecord, baseUrl: string): Record<string, unknown>[] {
  const at = iris(baseUrl);
  const id = at.relation(relation.id);
  const statement = {
    '@id': id,
    '@type': 'rdf:Statement',
    subject: at.entity(relation.source.id),
    predicate: `amur:${relation.type}`,
    object: at.entity(relation.target.id),
    relationType: relation.type,
    assertion: relation.assertion.kind,
    ...(relation.assertion.claimedBy && { claimedBy: at.entity(relation.assertion.claimedBy) }),
    ...(relation.assertion.verdict && { verdict: relation.assertion.verdict }),
    inferred: relation.inferred,
    suggested: relation.suggested,
    ...(relation.start && { startDate: edtf(relation.start) }),
    ...(relation.end && { endDate: edtf(relation.end) }),
  };
  const stated = relation.assertion.kind === 'FACT' && !relation.suggested;
  return [
    statement,
    ...(stated
      ? [{ '@id': at.entity(relation.source.id), [`amur:${relation.type}`]: { '@id': at.entity(relation.target.id) } }]
      : []),
    ...relation.evidence.map((evidence, n) => evidenceAnnotation(id, evidence, n, baseUrl)),
  ];
}
