/**
 * Where a place is on the earth, and how an entity is known outside this graph: a point (for a
 * river or a region a representative point, with the box that holds it), the kilometres of doubt
 * where its position is uncertain, and its Wikidata item.
 */

export interface Location {
  latitude: number;
  longitude: number;
  /** West, south, east, north, in degrees: for rivers and regions. */
  box: readonly [number, number, number, number] | null;
  /** How far off the point may be, where the position itself is uncertain. */
  uncertaintyKm: number | null;
}

/** A Wikidata item id: Q and a number without leading zeros. */
export function isWikidataId(value: string): boolean {
  return /^Q[1-9][0-9]*$/.test(value);
}

export function wikidataUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${id}`;
}

/** What is wrong with a location, or null: coordinates out of range, a box that is not one or that misses its point. */
export function locationProblem(location: Location): string | null {
  const { latitude, longitude, box, uncertaintyKm } = location;
  if (!(latitude >= -90 && latitude <= 90)) return `latitude ${latitude} is out of range (-90 to 90)`;
  if (!(longitude >= -180 && longitude <= 180)) return `longitude ${longitude} is out of range (-180 to 180)`;
  if (uncertaintyKm !== null && !(uncertaintyKm > 0)) return `uncertaintyKm ${uncertaintyKm} must be more than 0`;
  if (box === null) return null;
  const [west, south, east, north] = box;
  if (![west, east].every((v) => v >= -180 && v <= 180) || ![south, north].every((v) => v >= -90 && v <= 90)) {
    return `box [${box.join(', ')}] is out of range (west, south, east, north in degrees)`;
  }
  if (!(west < east && south < north)) return `box [${box.join(', ')}] is not west, south, east, north`;
  if (latitude < south || latitude > north || longitude < west || longitude > east) {
    return `the point (${latitude}, ${longitude}) lies outside its box [${box.join(', ')}]`;
  }
  return null;
}
