/**
 * The headline questions, one click each from the landing page: each runs the operation of
 * schema/operations/ that answers it, draws the answer, and returns the answer with its evidence
 * for the side panel.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import {
  NevelskoyToAigunDocument,
  OpposedAmurExpeditionsDocument,
  QingCededDocument,
  TreatySignatoriesDocument,
  type RelationWithEvidenceFragment,
} from '../../src/generated/graphql';
import { request } from './api-client';
import type { GraphView } from './graph/graph-view';
import { entityName, t } from './i18n/i18n';
import { evidenceTemplate } from './panels/templates';

export interface Story {
  id: string;
  /** The question, in the interface language. */
  readonly question: string;
  /** Draws the answer in `view` (cleared first) and returns it for the panel. */
  run(view: GraphView): Promise<TemplateResult>;
}

/** Relations with their evidence, each line a heading: under the story's title (3), or under a heading of their own (4). */
function relationList(relations: readonly RelationWithEvidenceFragment[], level: 3 | 4 = 3): TemplateResult {
  return html`${relations.map((relation) => html`<div class="hop">${evidenceTemplate(relation, level)}</div>`)}`;
}

interface Treaty {
  id: string;
  name: string;
  iso: string | null;
  signers: RelationWithEvidenceFragment[];
  /** More signers than the request asked for. */
  moreSigners: boolean;
}

/**
 * The treaties, earliest first, with who signed them, and whether there are more treaties than the
 * request asked for (see schema/operations/treaty-signatories.graphql).
 */
async function treaties(): Promise<{ treaties: Treaty[]; more: boolean }> {
  const data = await request(TreatySignatoriesDocument);
  const treaties = data.entities.edges
    .map(({ node }) => ({
      id: node.id,
      name: entityName(node),
      iso: node.start?.iso ?? null,
      signers: node.relations.edges.map((edge) => edge.node),
      moreSigners: node.relations.pageInfo.hasNextPage,
    }))
    .sort((a, b) => (a.iso ?? '9999').localeCompare(b.iso ?? '9999'));
  return { treaties, more: data.entities.pageInfo.hasNextPage };
}

/** Said under a list the request cut: a treaty's signers, or the treaties. */
function cutNote(cut: boolean, message: string): TemplateResult | typeof nothing {
  return cut ? html`<p class="meta">${message}</p>` : nothing;
}

export const STORIES: readonly Story[] = [
  {
    id: 'opposed',
    get question() {
      return t('story.opposed');
    },
    async run(view) {
      const data = await request(OpposedAmurExpeditionsDocument);
      const relations = [data.putyatinExpedition, data.amurExpedition, data.nevelskoy, data.amurRegion].flatMap(
        (entity) => entity?.relations.edges.map((edge) => edge.node) ?? [],
      );
      relations.forEach((relation) => view.addRelation(relation));
      view.layoutForces();
      return html`<p class="meta">${t('story.opposedAnswer', { count: relations.length })}</p>
        ${relationList(relations)}`;
    },
  },
  {
    id: 'nevelskoy-aigun',
    get question() {
      return t('story.nevelskoy');
    },
    async run(view) {
      const { paths } = await request(NevelskoyToAigunDocument, { maxHops: 4, first: 5 });
      paths.forEach((path) => path.relations.forEach((relation) => view.addRelation(relation)));
      view.cy.elements().addClass('on-path');
      view.layoutChains(paths);
      return html`<p class="meta">${t('story.nevelskoyAnswer', { count: paths.length })}</p>
        ${paths.map(
          (path, index) =>
            html`<h3>${t('story.chain', { number: index + 1, names: path.nodes.map(entityName).join(' – ') })}</h3>
              ${relationList(path.relations, 4)}`,
        )}`;
    },
  },
  {
    id: 'qing-ceded',
    get question() {
      return t('story.ceded');
    },
    async run(view) {
      const data = await request(QingCededDocument);
      const relations = data.entity?.relations.edges.map((edge) => edge.node) ?? [];
      relations.forEach((relation) => view.addRelation(relation));
      view.layoutForces();
      return html`<p class="meta">${t('story.cededAnswer', { count: relations.length })}</p>
        ${relationList(relations)}`;
    },
  },
  {
    id: 'signatories',
    get question() {
      return t('story.signatories');
    },
    async run(view) {
      const { treaties: all, more } = await treaties();
      for (const treaty of all) treaty.signers.forEach((relation) => view.addRelation(relation));
      const dated = all.filter((treaty) => view.cy.getElementById(treaty.id).nonempty());
      view.layoutRow(
        dated.map((treaty) => treaty.id),
        new Set(['russia', 'qing-china']),
      );
      return html`${cutNote(more, t('story.treatiesCut', { count: all.length }))}
      ${dated.map(
        (treaty) =>
          html`<h3>${treaty.name}${treaty.iso ? html` <small>${treaty.iso}</small>` : ''}</h3>
            ${relationList(treaty.signers, 4)} ${cutNote(treaty.moreSigners, t('story.signersCut'))}`,
      )}`;
    },
  },
  {
    id: 'nerchinsk-peking',
    get question() {
      return t('story.road');
    },
    async run(view) {
      const { treaties: all, more } = await treaties();
      const both = all.filter((treaty) => {
        const parties = new Set(treaty.signers.map((relation) => relation.source.id));
        return parties.has('russia') && parties.has('qing-china');
      });
      for (const treaty of both) {
        treaty.signers
          .filter((relation) => relation.source.id === 'russia' || relation.source.id === 'qing-china')
          .forEach((relation) => view.addRelation(relation));
      }
      view.layoutRow(
        both.map((treaty) => treaty.id),
        new Set(['russia']),
      );
      return html`<p class="meta">${t('story.roadAnswer', { names: both.map((treaty) => treaty.name).join(', ') })}</p>
        ${cutNote(more, t('story.treatiesCut', { count: all.length }))}
        ${both.map(
          (treaty) =>
            html`<h3>${treaty.name}${treaty.iso ? html` <small>${treaty.iso}</small>` : ''}</h3>
              ${relationList(
                treaty.signers.filter((r) => r.source.id === 'russia' || r.source.id === 'qing-china'),
                4,
              )}`,
        )}`;
    },
  },
];
