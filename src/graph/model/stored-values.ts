import { isInt } from 'neo4j-driver';

/** What a Neo4j property can hold as the model writes it: no maps, no nulls (an unset value is absent). */
export type StoredValue = string | number | boolean | readonly string[] | readonly number[];

/** The properties of one node or relationship, each declared by its kind's model. */
export type StoredProperties<Name extends string> = Partial<Record<Name, StoredValue>>;

/** Drops the entries whose value is null or undefined: Neo4j stores no nulls. */
export function present<Name extends string>(
  properties: Partial<Record<Name, StoredValue | null | undefined>>,
): StoredProperties<Name> {
  // A loop, not entries/filter/fromEntries: an ingest encodes thousands of sentences on the event loop.
  const stored: StoredProperties<Name> = {};
  for (const name in properties) {
    const value = properties[name];
    if (value !== null && value !== undefined) stored[name] = value;
  }
  return stored;
}

/** A number as Neo4j returns it: its integers as the driver's Integer, which this unwraps. */
export function toNumber(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}
