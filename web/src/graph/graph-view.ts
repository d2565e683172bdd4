/**
 * The drawing: one Cytoscape instance, its style, what is drawn (entities and relations as the
 * API gives them), and the layouts. Layouts never leave two nodes (with their labels) overlapping:
 * fCoSE places them, then a pass pushes apart any pair whose boxes still touch.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type {
  AssertionKind,
  EntitySummaryFragment,
  EntityType,
  RelationAmongNodesFragment,
  RelationOutlineFragment,
  RelationType,
} from '../../../src/generated/graphql';
import { edgeLabel, entityName, relationLabel } from '../i18n/i18n';

cytoscape.use(fcose);

export const ENTITY_COLOURS: Record<EntityType, string> = {
  PERSON: '#d1495b',
  STATE: '#2e4057',
  ORGANIZATION: '#8d6a9f',
  PLACE: '#3c8d5a',
  TREATY: '#c98a1b',
  EXPEDITION: '#00798c',
  EVENT: '#7a7a7a',
  SHIP: '#6b4f2c',
};

/** What the drawing needs of a relation; the evidence is read when it is chosen. */
export type DrawnRelation = RelationOutlineFragment;

/** An answer as drawn: its relations with their ends (see withEndsFromNodes). */
export type WithEnds<Answer> = Omit<Answer, 'relations'> & { relations: DrawnRelation[] };

/**
 * An answer that gives its relations' ends by id among its nodes (a neighbourhood), as drawn: each
 * end given the summary its node holds. The API puts both ends of every relation among the nodes.
 */
export function withEndsFromNodes<Answer extends { nodes: readonly EntitySummaryFragment[] }>(
  answer: Answer & { relations: readonly RelationAmongNodesFragment[] },
): WithEnds<Answer> {
  const byId = new Map(answer.nodes.map((node) => [node.id, node]));
  const relations = answer.relations.map((relation) => {
    const source = byId.get(relation.source.id);
    const target = byId.get(relation.target.id);
    if (!source || !target) throw new Error(`the relation ${relation.id} came without its ends among the nodes`);
    return { ...relation, source, target };
  });
  return { ...answer, relations };
}

/** The colour of a relation that is not a fact: a claim, plan or belief. */
export const ASSERTED_COLOUR = '#c8842a';

/** How each kind of statement is drawn; typed by the schema's kinds, so a new kind fails the build until drawn. */
export const ASSERTION_COLOURS: Record<AssertionKind, string> = {
  FACT: '#9aa7bd',
  CLAIM: ASSERTED_COLOUR,
  PLAN: ASSERTED_COLOUR,
  BELIEF: ASSERTED_COLOUR,
};
export const ASSERTION_KINDS = Object.keys(ASSERTION_COLOURS) as AssertionKind[];

/** The years a dated thing covers (a decade or a century as a whole), or null when it is undated. */
export function yearsOf(dated: {
  start?: { iso: string } | null;
  end?: { iso: string } | null;
}): { from: number; to: number } | null {
  const start = dated.start ?? dated.end;
  if (!start) return null;
  const year = (iso: string, last: boolean) => {
    const digits = iso.slice(0, 4);
    return Number(digits + (last ? '9' : '0').repeat(4 - digits.length));
  };
  return { from: year(start.iso, false), to: year((dated.end ?? start).iso, true) };
}

/** Two numbers in [0, 1) derived from `text` (FNV-1a), the same on every load. */
function seededPair(text: string): [number, number] {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  const second = Math.imul(hash ^ (hash >>> 15), 2246822507) >>> 0;
  return [hash / 2 ** 32, second / 2 ** 32];
}

/** layoutRow: between two entities of the row, and from the row to the first of those above or below it. */
const ROW_SPACING = 170;
const ROW_LANE_START = 150;
/** Between two entities in a column under one of the row: a node and its two lines of name, and room for edges to bow. */
const ROW_LANE_SPACING = 95;

/** More nodes than this, and a node chosen dims what it is not joined to (see dimAroundChosen). */
const CROWDED_NODES = 60;
/** The classes that take a node off the drawing: filtered out, folded into a fan. */
const HIDDEN = '.hidden, .folded';
/** The size on screen of the names dimAroundChosen shows, and of their lines, whatever the zoom. */
const NAMED_FONT_PIXELS = 11;
const NAMED_LINE_PIXELS = 110;

/** Space kept between two nodes' boxes (their labels included), in model pixels. */
const GAP = 6;
/** Space kept between a bent edge and the node it goes round, in model pixels. */
const BEND_CLEARANCE = 10;
/**
 * Space kept between what is fitted and the view's edges, in screen pixels: less on a phone, where
 * 30 pixels a side took a sixth of the width, and a neighbourhood drawn that much smaller lost its
 * names (they are hidden below a size; see 'min-zoomed-font-size').
 */
const fitPadding = (viewWidth: number) => (viewWidth < 600 ? 12 : 30);

type Point = { x: number; y: number };
export type Box = { x1: number; y1: number; x2: number; y2: number };

/** The mean of some numbers; 0 of none. */
const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

/** A box with the space a node keeps around it (GAP). */
const withGap = (box: Box): Box => ({ x1: box.x1 - GAP, y1: box.y1 - GAP, x2: box.x2 + GAP, y2: box.y2 + GAP });

/** Whether the segment from `from` to `to` passes through `box` (Liang-Barsky clipping). */
function crosses(from: Point, to: Point, box: Box): boolean {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let enter = 0;
  let leave = 1;
  for (const [step, room] of [
    [-dx, from.x - box.x1],
    [dx, box.x2 - from.x],
    [-dy, from.y - box.y1],
    [dy, box.y2 - from.y],
  ] as const) {
    if (step === 0) {
      if (room < 0) return false;
    } else if (step < 0) enter = Math.max(enter, room / step);
    else leave = Math.min(leave, room / step);
  }
  return enter <= leave;
}

/** Whether two boxes share some area. */
export function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
}

export class GraphView {
  readonly cy: Core;
  readonly entities = new Map<string, EntitySummaryFragment>();
  readonly relations = new Map<string, DrawnRelation>();

  /**
   * `overlay`: controls drawn over the graph (the zoom buttons); fitting keeps nodes from under
   * them, where they could be neither read nor clicked.
   */
  constructor(
    container: HTMLElement,
    private readonly overlay?: HTMLElement,
  ) {
    this.cy = cytoscape({
      container,
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'wrap',
            'text-max-width': '110px',
            'text-background-color': '#fff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            // Labels too small to read at this zoom are left out; zooming in brings them.
            'min-zoomed-font-size': 7,
            width: 22,
            height: 22,
          },
        },
        { selector: 'node.hub', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 15 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
        {
          selector: 'edge',
          style: {
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            width: 1.5,
            'line-color': '#9aa7bd',
            'target-arrow-color': '#9aa7bd',
            'arrow-scale': 0.8,
          },
        },
        {
          selector: 'edge.labelled',
          style: {
            label: 'data(label)',
            'font-size': 8,
            'text-rotation': 'autorotate',
            'text-background-color': '#fff',
            'text-background-opacity': 0.85,
            color: '#4a5468',
          },
        },
        // Round a node in its way (see bendAroundNodes).
        {
          selector: 'edge.bent',
          style: {
            'curve-style': 'unbundled-bezier',
            'control-point-distances': 'data(bend)',
            'control-point-weights': 0.5,
          } as cytoscape.Css.Edge,
        },
        { selector: 'edge[?inferred]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[?suggested]', style: { 'line-style': 'dotted', 'line-color': '#b06ab3' } },
        // A claim, plan or belief: amber, dashed, with a hollow arrow, never mistaken for a fact.
        {
          selector: 'edge[assertion != "FACT"]',
          style: {
            'line-color': ASSERTED_COLOUR,
            'target-arrow-color': ASSERTED_COLOUR,
            'line-style': 'dashed',
            'line-dash-pattern': [2, 3],
            'target-arrow-fill': 'hollow',
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#ffb000', 'target-arrow-color': '#ffb000', width: 3 } },
        { selector: 'edge.on-path', style: { 'line-color': '#d1495b', 'target-arrow-color': '#d1495b', width: 3 } },
        { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#d1495b' } },
        // Around a chosen node, what it is not joined to steps back (see dimAroundChosen).
        { selector: '.dimmed', style: { opacity: 0.2 } },
        { selector: 'node.named', style: { 'min-zoomed-font-size': 0, 'z-index': 1 } },
        { selector: HIDDEN, style: { display: 'none' } },
        {
          selector: 'node.fan',
          style: {
            shape: 'round-rectangle',
            'background-color': '#eef1f7',
            'border-width': 1,
            'border-color': '#9aa7bd',
            label: 'data(label)',
            'text-valign': 'center',
            'text-halign': 'center',
            'font-size': 11,
            // A fold says what it holds at any zoom: an empty pill reads as nothing.
            'min-zoomed-font-size': 0,
            color: '#2c3447',
            width: 'data(width)',
            height: 24,
          },
        },
        { selector: 'edge.fan', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      ],
    });
    this.cy.on('select unselect', 'node', () => this.dimAroundChosen());
    this.cy.on('zoom', () => this.nameNear());
  }

  /**
   * With one node chosen in a crowded graph (the whole graph), the rest of it but the node's relations
   * and neighbours is dimmed, and they are named at a size that can be read at any zoom: a click on a
   * dot shows at once what it is joined to, and what that is. A smaller graph (a story, a
   * neighbourhood) shows that already, and dimmed, its names could not be read. Called again when
   * filters change what is drawn: a chosen node filtered out leaves nothing dimmed.
   */
  dimAroundChosen(): void {
    // By the classes that hide nodes (HIDDEN): the styles they set are applied only when next drawn.
    const chosen = this.cy.nodes(':selected').not(HIDDEN).nodes();
    this.near = null;
    this.cy.batch(() => {
      this.cy.elements('.dimmed').removeClass('dimmed');
      this.unname(this.cy.nodes('.named'));
      if (chosen.length !== 1 || chosen.first().hasClass('fan')) return;
      if (this.cy.nodes().not(HIDDEN).length <= CROWDED_NODES) return;
      const near = chosen.closedNeighborhood();
      this.cy.elements().not(near).addClass('dimmed');
      // The chosen node named first, then its neighbours, the most connected first.
      const first = chosen.first();
      const others = near
        .nodes()
        .map((node) => node)
        .filter((node) => !node.is(HIDDEN) && node.id() !== first.id());
      this.near = [first, ...others.sort((a, b) => b.degree(false) - a.degree(false))];
    });
    this.nameNear();
  }

  /** The chosen node's neighbours (see dimAroundChosen), in the order they are named; null when none. */
  private near: NodeSingular[] | null = null;

  private unname(nodes: NodeCollection | readonly NodeSingular[]): void {
    for (const node of nodes) node.removeClass('named').removeStyle('font-size text-max-width text-margin-y');
  }

  /**
   * Names the chosen node and its neighbours (see dimAroundChosen) as a node's name is drawn at zoom 1
   * (11 pixels, lines of at most 110), whatever the zoom, leaving out a name that would cover one
   * named before it: on a phone, where the whole graph is small, names piled up unread.
   */
  private nameNear(): void {
    if (!this.near) return;
    const zoom = this.cy.zoom();
    const near = this.near;
    this.cy.batch(() => {
      for (const node of near) {
        node.addClass('named').style({
          'font-size': NAMED_FONT_PIXELS / zoom,
          'text-max-width': `${NAMED_LINE_PIXELS / zoom}px`,
          'text-margin-y': 3 / zoom,
        });
      }
    });
    const named: Box[] = [];
    const covering = near.filter((node) => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      if (named.some((other) => overlaps(other, box))) return true;
      named.push(box);
      return false;
    });
    this.cy.batch(() => this.unname(covering));
  }

  clear(): void {
    this.cy.elements().remove();
    this.entities.clear();
    this.relations.clear();
  }

  addEntity(entity: EntitySummaryFragment): void {
    this.entities.set(entity.id, entity);
    if (this.cy.getElementById(entity.id).nonempty()) return;
    this.cy.add({
      group: 'nodes',
      data: { id: entity.id, label: entityName(entity), type: entity.type, colour: ENTITY_COLOURS[entity.type] },
    });
  }

  addRelation(relation: DrawnRelation): void {
    this.addEntity(relation.source);
    this.addEntity(relation.target);
    const known = this.relations.get(relation.id);
    // A relation read with its evidence stays so; a lighter copy does not replace it.
    if (!known || 'evidence' in relation) this.relations.set(relation.id, relation);
    if (this.cy.getElementById(relation.id).nonempty()) return;
    const years = yearsOf(relation);
    this.cy.add({
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.source.id,
        target: relation.target.id,
        type: relation.type,
        label: edgeLabel(relation.type, relation.assertion.kind),
        assertion: relation.assertion.kind,
        inferred: relation.inferred,
        suggested: relation.suggested,
        yearFrom: years?.from ?? null,
        yearTo: years?.to ?? null,
      },
    });
  }

  /**
   * Large fans condensed: around a node with more than `limit` visible relations, the neighbours
   * that hang on it alone are folded, by relation type, into one node per type ("14 × took part in")
   * where a type has at least three of them; a tap on it unfolds them (unfold()). Returns how many
   * fans it made. Call before laying out.
   */
  condenseFans(limit = 30): number {
    let made = 0;
    this.cy.batch(() => {
      for (const hub of this.cy.nodes(':visible').not('.fan')) {
        const edges = hub.connectedEdges(':visible');
        if (edges.length <= limit) continue;
        const byType = new Map<RelationType, { edge: EdgeSingular; leaf: NodeSingular }[]>();
        for (const edge of edges) {
          const leaf = edge.source().id() === hub.id() ? edge.target() : edge.source();
          if (leaf.connectedEdges(':visible').length !== 1) continue;
          const type = edge.data('type') as RelationType;
          byType.set(type, [...(byType.get(type) ?? []), { edge, leaf }]);
        }
        for (const [type, members] of byType) {
          if (members.length < 3) continue;
          const id = `fan:${hub.id()}:${type}`;
          if (this.cy.getElementById(id).nonempty()) continue;
          const fanLabel = `${members.length} × ${relationLabel(type)}`;
          members.forEach(({ edge, leaf }) => {
            edge.addClass('folded');
            leaf.addClass('folded');
          });
          this.cy.add([
            {
              group: 'nodes',
              classes: 'fan',
              data: {
                id,
                label: fanLabel,
                width: 16 + 7 * fanLabel.length,
                type: 'FAN',
                fanOf: hub.id(),
                fanType: type,
              },
            },
            {
              group: 'edges',
              classes: 'fan',
              data: { id: `${id}:edge`, source: hub.id(), target: id, type, label: '', assertion: 'FACT' },
            },
          ]);
          made += 1;
        }
      }
    });
    return made;
  }

  /** Opens a fan made by condenseFans: its members drawn again beside it, the fan gone. */
  unfold(fanId: string): void {
    const fan = this.cy.getElementById(fanId);
    if (fan.empty()) return;
    const hub = this.cy.getElementById(fan.data('fanOf') as string);
    const type = fan.data('fanType') as string;
    const at = { ...fan.position() };
    for (const edge of hub.connectedEdges('.folded').filter((candidate) => candidate.data('type') === type)) {
      const leaf = edge.source().id() === hub.id() ? edge.target() : edge.source();
      edge.removeClass('folded');
      leaf.removeClass('folded');
      // A class restyles lazily; reading the style now makes `:visible`, which the layout that
      // follows draws, count the member at once.
      edge.style('display');
      leaf.style('display');
      leaf.position(at);
      leaf.scratch('_placed', false);
    }
    this.cy.remove(fan);
  }

  /** Edge labels on small drawings only; on large ones, the few nodes with most relations drawn larger. */
  private dress(): void {
    this.cy.edges().removeClass('bent');
    const edges = this.cy.edges(':visible');
    this.cy.edges().toggleClass('labelled', edges.length <= 60);
    const nodes = this.cy.nodes(':visible');
    const degrees = nodes.map((node) => node.degree(false)).sort((a, b) => b - a);
    const hubDegree = nodes.length > 40 ? Math.max(8, degrees[Math.min(5, degrees.length - 1)] ?? 0) : Infinity;
    this.cy.nodes().forEach((node) => void node.toggleClass('hub', node.degree(false) >= hubDegree));
  }

  /**
   * A force-directed drawing of everything visible, then overlaps removed, then fitted. Nodes
   * not placed yet start at a place derived from their id, so the same graph is drawn the same way
   * each time.
   */
  layoutForces({ fit = true }: { fit?: boolean } = {}): void {
    this.dress();
    const visible = this.cy.elements(':visible');
    if (visible.nodes().length === 0) return;
    const spread = Math.sqrt(visible.nodes().length) * 70;
    const anchor = this.placedCentre();
    visible.nodes().forEach((node) => {
      if (node.scratch('_placed') === true) return;
      const [a, b] = seededPair(node.id());
      // Beside a neighbour already drawn (an expansion), else anywhere in the drawing.
      const neighbour = node.neighborhood('node').filter((other) => other.scratch('_placed') === true)[0];
      const centre = neighbour ? neighbour.position() : anchor;
      const radius = (neighbour ? 120 : spread) * Math.sqrt(a);
      node.position({
        x: centre.x + radius * Math.cos(2 * Math.PI * b),
        y: centre.y + radius * Math.sin(2 * Math.PI * b),
      });
    });
    visible.nodes().forEach((node) => void node.scratch('_placed', true));
    visible
      .layout({
        name: 'fcose',
        quality: 'default',
        randomize: false,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 90,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        edgeElasticity: () => 0.3,
        gravity: 0.35,
        numIter: 3000,
        packComponents: true,
      } as cytoscape.LayoutOptions)
      .run();
    this.removeOverlaps();
    if (fit) this.fit();
  }

  /**
   * Paths as chains read left to right: the entity at hop i of a path in column i, one row per
   * path; an entity on several paths stays where its first (shortest) path put it.
   */
  layoutChains(paths: readonly { nodes: readonly { id: string }[] }[]): void {
    this.dress();
    const placed = new Map<string, { x: number; y: number }>();
    let row = 0;
    for (const path of paths) {
      const fresh = path.nodes.filter((node) => !placed.has(node.id));
      if (fresh.length === 0) continue;
      path.nodes.forEach((node, hop) => {
        if (!placed.has(node.id)) placed.set(node.id, { x: hop * 190, y: row * 110 });
      });
      row += 1;
    }
    this.place(placed);
  }

  /**
   * Entities in a row by date (`order`, earliest first) with the others above and below their
   * neighbours in the row: treaties in time with who signed them. What hangs on one entity of the
   * row stands in a column under (or over) it, far enough apart that the edges from the lower ones
   * bow around the upper ones (see bendAroundNodes); what hangs on several (a state that signed
   * every treaty) stands over their middle, beside the others that do.
   */
  layoutRow(order: readonly string[], above: ReadonlySet<string>): void {
    this.dress();
    const placed = new Map<string, { x: number; y: number }>();
    order.forEach((id, index) => placed.set(id, { x: index * ROW_SPACING, y: 0 }));
    const groups = new Map<string, { side: 1 | -1; shared: boolean; ids: string[]; xs: number[] }>();
    this.cy
      .nodes()
      .filter((node) => !placed.has(node.id()))
      .forEach((node) => {
        const columns = node
          .neighborhood('node')
          .map((neighbour) => placed.get(neighbour.id())?.x)
          .filter((x): x is number => x !== undefined);
        const x = mean(columns);
        const side = above.has(node.id()) ? -1 : 1;
        const shared = columns.length > 1;
        // Those that hang on several stand side by side over the middle of all of theirs.
        const key = shared ? `${side} shared` : `${side} ${Math.round(x)}`;
        const group = groups.get(key) ?? { side, shared, ids: [], xs: [] };
        group.ids.push(node.id());
        group.xs.push(x);
        groups.set(key, group);
      });
    for (const { side, shared, ids, xs } of groups.values()) {
      const x = mean(xs);
      ids.forEach((id, i) =>
        placed.set(
          id,
          shared
            ? { x: x + (i - (ids.length - 1) / 2) * ROW_SPACING, y: side * ROW_LANE_START }
            : { x, y: side * (ROW_LANE_START + i * ROW_LANE_SPACING) },
        ),
      );
    }
    this.place(placed);
  }

  private place(positions: ReadonlyMap<string, { x: number; y: number }>): void {
    this.cy
      .nodes()
      .layout({
        name: 'preset',
        positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
        animate: false,
        fit: false,
      } as cytoscape.LayoutOptions)
      .run();
    this.cy.nodes().forEach((node) => void node.scratch('_placed', true));
    this.removeOverlaps();
    this.bendAroundNodes();
    this.fit();
  }

  /**
   * Bends each edge whose straight line would run through another node or its label: nodes set in
   * columns and rows (a chain, a row) can stand three in a line, and the edge from the first to the
   * third, drawn straight, would read as two edges through the middle one, its label under it. The
   * edge bows out to the side that needs the smaller bend, far enough to clear every node in its way.
   */
  private bendAroundNodes(): void {
    const boxes = this.cy.nodes(':visible').map((node) => ({
      id: node.id(),
      box: node.boundingBox({ includeLabels: true, includeOverlays: false }),
    }));
    this.cy.edges(':visible').forEach((edge) => {
      const from = edge.source().position();
      const to = edge.target().position();
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      if (length === 0) return;
      const along = { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
      const normal = { x: -along.y, y: along.x };
      // The bend each side needs: a quadratic curve bowed by d stands 2t(1-t)d off the line at t.
      let left = 0;
      let right = 0;
      /** The edge's ends, and the boxes its straight line runs through (which its bend clears). */
      const crossed = new Set<string>([edge.source().id(), edge.target().id()]);
      for (const { id, box } of boxes) {
        if (crossed.has(id)) continue;
        if (!crosses(from, to, withGap(box))) continue;
        crossed.add(id);
        const corners: Point[] = [
          { x: box.x1, y: box.y1 },
          { x: box.x2, y: box.y1 },
          { x: box.x1, y: box.y2 },
          { x: box.x2, y: box.y2 },
        ];
        // Each corner cleared where the curve passes it: the curve bows least near its ends, so a
        // box close to one end needs more bend at its near corners than at its middle. (The curve
        // bows concavely and a box is convex: clearing its corners clears all of it.)
        for (const corner of corners) {
          const offset = (corner.x - from.x) * normal.x + (corner.y - from.y) * normal.y;
          const t = Math.min(
            0.85,
            Math.max(0.15, ((corner.x - from.x) * along.x + (corner.y - from.y) * along.y) / length),
          );
          const reach = 2 * t * (1 - t);
          left = Math.max(left, (offset + BEND_CLEARANCE) / reach);
          right = Math.max(right, (BEND_CLEARANCE - offset) / reach);
        }
      }
      if (left === 0 && right === 0) return;
      // Cytoscape puts a control point that far along the same normal of the edge's own direction.
      // The smaller bend, unless the curve it makes runs through (or within GAP of) a box the
      // straight line missed (a wide bow reaching the next column) and the other does not.
      const runsThrough = (bend: number): boolean =>
        boxes.some(({ id, box }) => {
          if (crossed.has(id)) return false;
          const room = withGap(box);
          return Array.from({ length: 19 }, (_, i) => (i + 1) / 20).some((t) => {
            const x = from.x + (to.x - from.x) * t + normal.x * 2 * t * (1 - t) * bend;
            const y = from.y + (to.y - from.y) * t + normal.y * 2 * t * (1 - t) * bend;
            return x > room.x1 && x < room.x2 && y > room.y1 && y < room.y2;
          });
        });
      const [first, second] = left <= right ? [left, -right] : [-right, left];
      edge.data('bend', runsThrough(first) && !runsThrough(second) ? second : first);
      edge.addClass('bent');
    });
  }

  /** Where the nodes already placed are, on average (the origin when none is). */
  private placedCentre(): { x: number; y: number } {
    const placed = this.cy.nodes().filter((node) => node.scratch('_placed') === true);
    if (placed.empty()) return { x: 0, y: 0 };
    const sum = { x: 0, y: 0 };
    placed.forEach((node) => {
      sum.x += node.position().x;
      sum.y += node.position().y;
    });
    return { x: sum.x / placed.length, y: sum.y / placed.length };
  }

  /**
   * Pushes apart every pair of visible nodes whose boxes (labels included) overlap, until none do.
   * A box keeps its size as its node moves, so boxes are measured once and moved as numbers; a
   * sweep along x looks only at pairs that can touch.
   */
  removeOverlaps(): void {
    const items = this.cy.nodes(':visible').map((node) => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      const { x, y } = node.position();
      return { node, x, y, left: x - box.x1, right: box.x2 - x, top: y - box.y1, bottom: box.y2 - y };
    });
    for (let round = 0; round < 500; round += 1) {
      let moved = false;
      items.sort((a, b) => a.x - a.left - (b.x - b.left));
      for (let i = 0; i < items.length; i += 1) {
        const a = items[i]!;
        for (let j = i + 1; j < items.length; j += 1) {
          const b = items[j]!;
          if (b.x - b.left >= a.x + a.right + GAP) break;
          const overlapX = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + GAP;
          const overlapY = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top) + GAP;
          if (overlapX <= 0 || overlapY <= 0) continue;
          // Apart along the axis that needs the smaller move.
          if (overlapX < overlapY) {
            const direction = b.x >= a.x ? 1 : -1;
            a.x -= (direction * overlapX) / 2;
            b.x += (direction * overlapX) / 2;
          } else {
            const direction = b.y >= a.y ? 1 : -1;
            a.y -= (direction * overlapY) / 2;
            b.y += (direction * overlapY) / 2;
          }
          moved = true;
        }
      }
      if (!moved) break;
    }
    this.cy.batch(() => items.forEach((item) => void item.node.position({ x: item.x, y: item.y })));
  }

  /**
   * Fits what is visible into the view, as large as it can be drawn with no node under the
   * overlay: the whole view when nothing lands under it, else the part of the view left of it or
   * the part above it, whichever draws larger. A part the graph does not fit in even at the
   * smallest zoom is not chosen (the whole graph on a phone, left of the controls, was cut at both
   * sides); the whole view is the last resort.
   */
  fit(): void {
    const { cy } = this;
    const visible = cy.elements(':visible');
    if (visible.empty()) return;
    const box = visible.boundingBox();
    const overlay = this.overlayBox();
    const areas = [{ width: cy.width(), height: cy.height() }];
    if (overlay) areas.push({ width: overlay.x1, height: cy.height() }, { width: cy.width(), height: overlay.y1 });
    const nodes = visible.nodes().map((node) => node.boundingBox({ includeLabels: true }));
    const padding = fitPadding(cy.width());
    const viewports = areas.map((area) => {
      const width = area.width - 2 * padding;
      const height = area.height - 2 * padding;
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / box.w, height / box.h)));
      const pan = {
        x: padding + (width - zoom * box.w) / 2 - zoom * box.x1,
        y: padding + (height - zoom * box.h) / 2 - zoom * box.y1,
      };
      const fits = zoom * box.w <= area.width && zoom * box.h <= area.height;
      return { zoom, pan, usable: width > 0 && height > 0, fits };
    });
    const usable = viewports.filter((viewport) => viewport.usable).sort((a, b) => b.zoom - a.zoom);
    const fitting = usable.filter((viewport) => viewport.fits);
    const covers = ({ zoom, pan }: (typeof usable)[number]) =>
      overlay !== null &&
      nodes.some((node) =>
        overlaps(
          {
            x1: node.x1 * zoom + pan.x,
            y1: node.y1 * zoom + pan.y,
            x2: node.x2 * zoom + pan.x,
            y2: node.y2 * zoom + pan.y,
          },
          overlay,
        ),
      );
    const chosen = fitting.find((viewport) => !covers(viewport)) ?? fitting[0] ?? usable[0];
    if (chosen) cy.viewport({ zoom: chosen.zoom, pan: chosen.pan });
  }

  /** Where the overlay is drawn over the view, in the view's pixels (null when it is hidden or absent). */
  private overlayBox(): { x1: number; y1: number; x2: number; y2: number } | null {
    const overlay = this.overlay?.getBoundingClientRect();
    if (!overlay || overlay.width === 0) return null;
    const view = this.cy.container()!.getBoundingClientRect();
    return {
      x1: overlay.left - view.left,
      y1: overlay.top - view.top,
      x2: overlay.right - view.left,
      y2: overlay.bottom - view.top,
    };
  }

  zoomBy(factor: number): void {
    const { cy } = this;
    cy.zoom({
      level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }

  /**
   * For the keyboard: the visible node nearest to `from` in a direction (within 60° of it, the
   * nearest by distance weighted against straying off the axis); with no `from`, the visible node
   * nearest the middle of the view. Null when there is none.
   */
  nodeTowards(from: string | null, direction: 'left' | 'right' | 'up' | 'down'): string | null {
    const nodes = this.cy.nodes(':visible');
    if (nodes.empty()) return null;
    const start = from ? this.cy.getElementById(from) : null;
    if (!start || start.empty()) {
      const middle = { x: this.cy.width() / 2, y: this.cy.height() / 2 };
      const distance = (node: NodeSingular) =>
        Math.hypot(node.renderedPosition().x - middle.x, node.renderedPosition().y - middle.y);
      return nodes
        .sort((a, b) => distance(a) - distance(b))
        .first()
        .id();
    }
    const origin = start.position();
    const axis = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
    let best: { id: string; score: number } | null = null;
    for (const node of nodes) {
      if (node.id() === start.id()) continue;
      const dx = node.position().x - origin.x;
      const dy = node.position().y - origin.y;
      const along = dx * axis[0] + dy * axis[1];
      const across = Math.abs(dx * axis[1] - dy * axis[0]);
      // Within 60° of the direction: along the axis more than half the distance.
      if (along <= 0 || along < Math.hypot(dx, dy) / 2) continue;
      const score = along + 2 * across;
      if (!best || score < best.score) best = { id: node.id(), score };
    }
    return best?.id ?? null;
  }

  /** Where each visible node's box is on the page, labels included (for tests and the list view). */
  renderedBoxes(): { id: string; x: number; y: number; x1: number; y1: number; x2: number; y2: number }[] {
    const rect = this.cy.container()!.getBoundingClientRect();
    return this.cy.nodes(':visible').map((node) => {
      const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      const at = node.renderedPosition();
      return {
        id: node.id(),
        // The node's own centre, and its box with its label.
        x: rect.left + at.x,
        y: rect.top + at.y,
        x1: rect.left + box.x1,
        y1: rect.top + box.y1,
        x2: rect.left + box.x2,
        y2: rect.top + box.y2,
      };
    });
  }
}
