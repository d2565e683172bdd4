/**
 * Names what the pointer is over in the graph: a node's name and type, a relation as a sentence
 * ("Nikolay Muravyov-Amursky supported Gennady Nevelskoy"). The whole graph draws most names only
 * when zoomed in; with this a pointer reads any of them without a click. Floating UI places the
 * tooltip above the node (or the pointer, on an edge) and keeps it inside the window.
 */
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';

export interface GraphTooltipText {
  /** What a node is called and what it is; null for nodes that say it themselves (a fold). */
  node(node: NodeSingular): string | null;
  edge(edge: EdgeSingular): string | null;
}

/** A box of the page, as Floating UI reads it. */
function pageRect(x: number, y: number, width: number, height: number): DOMRect {
  return DOMRect.fromRect({ x, y, width, height });
}

export function showGraphTooltips(cy: Core, tooltip: HTMLElement, text: GraphTooltipText): void {
  const container = cy.container();
  if (!container) return;
  const hide = () => {
    tooltip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', (event: EventObject) => {
    const element = event.target as NodeSingular | EdgeSingular;
    const content = element.isNode() ? text.node(element) : text.edge(element);
    if (!content) return hide();
    const graph = container.getBoundingClientRect();
    const pointer = event.renderedPosition;
    const reference: VirtualElement = {
      getBoundingClientRect: () => {
        if (element.isNode()) {
          const box = element.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
          return pageRect(graph.left + box.x1, graph.top + box.y1, box.w, box.h);
        }
        return pageRect(graph.left + pointer.x, graph.top + pointer.y, 0, 0);
      },
    };
    tooltip.textContent = content;
    tooltip.hidden = false;
    void computePosition(reference, tooltip, {
      placement: 'top',
      strategy: 'fixed',
      middleware: [offset(6), flip(), shift({ padding: 4 })],
    }).then(({ x, y }) => {
      tooltip.style.left = `${x}px`;
      tooltip.style.top = `${y}px`;
    });
  });
  // Gone when the pointer leaves (the graph too, in one jump past the node's edge), and whenever the
  // graph moves or changes under it.
  cy.on('mouseout', 'node, edge', hide);
  container.addEventListener('mouseleave', hide);
  cy.on('viewport remove position tapstart', hide);
}
