/**
 * The storage model: how entities, relations, documents, sentences, mentions, suggestions and the
 * graph's own records are stored in Neo4j. Every writer encodes what it writes here, and every
 * statement that projects stored values reads the column lists from here; a test checks that
 * nothing in the graph carries a property not declared below.
 */
import { RELATION_TYPE_NAMES } from '../../domain/ontology';
import { DOCUMENT_PROPERTIES, MENTION_PROPERTIES, SENTENCE_PROPERTIES } from './document.model';
import { ENTITY_PROPERTIES } from './entity.model';
import { RELATION_PROPERTIES } from './relation.model';
import { SUGGESTION_PROPERTIES } from './suggestion.model';
import {
  DATASET_PROPERTIES,
  GRAPH_VERSION_PROPERTIES,
  LEASE_PROPERTIES,
  SCHEMA_VERSION_PROPERTIES,
} from './system.model';
import { TIMELINE_ENTRY_PROPERTIES } from './timeline-entry.model';

export * from './datasets';
export * from './document.model';
export * from './entity.model';
export * from './records';
export * from './relation.model';
export * from './stored-dates';
export * from './stored-values';
export * from './suggestion.model';
export * from './system.model';
export * from './timeline-entry.model';

/** Every property each node label may carry. */
export const NODE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  Entity: ENTITY_PROPERTIES,
  Document: DOCUMENT_PROPERTIES,
  Sentence: SENTENCE_PROPERTIES,
  Suggestion: SUGGESTION_PROPERTIES,
  Dataset: DATASET_PROPERTIES,
  GraphVersion: GRAPH_VERSION_PROPERTIES,
  Lease: LEASE_PROPERTIES,
  SchemaVersion: SCHEMA_VERSION_PROPERTIES,
  TimelineEntry: TIMELINE_ENTRY_PROPERTIES,
};

/** Every property each relationship type may carry. */
export const RELATIONSHIP_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries([...RELATION_TYPE_NAMES, 'SUGGESTED'].map((type) => [type, RELATION_PROPERTIES])),
  MENTIONED_IN: MENTION_PROPERTIES,
  HAS_SENTENCE: [],
  HAS_SUGGESTION: [],
};
