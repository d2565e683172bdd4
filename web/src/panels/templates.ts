/**
 * What the side panel shows, as lit-html templates: every value is escaped by construction, every
 * word of the interface comes from the catalogue (i18n/messages.ts). Buttons carry data attributes
 * that main.ts listens for (data-relation, data-expand, data-story).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type {
  DocumentsQuery,
  EntityDetailsQuery,
  EntityType,
  RelationType,
  RelationWithEvidenceFragment,
} from '../../../src/generated/graphql';
import type { DrawnRelation } from '../graph/graph-view';
import {
  compareNames,
  dateLabel,
  dateText,
  entityName,
  entityTypeLabel,
  has,
  language,
  otherEntityName,
  relationLabel,
  t,
  type Named,
} from '../i18n/i18n';

type SourceDescription = NonNullable<DocumentsQuery['documents'][number]['source']>;

/** What the evidence names of each document: its title, and what the text is. */
const documents = new Map<string, { title: string; note: string | null; source: SourceDescription | null }>();

export function knowDocuments(
  list: readonly { id: string; title: string; note?: string | null; source?: SourceDescription | null }[],
): void {
  for (const document of list) {
    documents.set(document.id, { title: document.title, note: document.note ?? null, source: document.source ?? null });
  }
}

const languageName = (tag: string): string => new Intl.DisplayNames([language()], { type: 'language' }).of(tag) ?? tag;

/**
 * What a source is, in one line that opens to the rest: "Machine translation from Russian", what
 * is known of the original and what is not (the data's own words, in English).
 */
function sourceDescription(source: SourceDescription): TemplateResult {
  const key = `source.${source.kind}`;
  const kind = has(key) ? t(key) : source.kind;
  const what = source.translatedFrom ? t('source.from', { kind, language: languageName(source.translatedFrom) }) : kind;
  const unknown = source.unknown[0] ? t('source.notKnownFirst', { first: source.unknown[0] }) : t('source.about');
  return html`<details class="provenance">
    <summary>${what}; ${unknown}</summary>
    <p lang="en">${source.original}</p>
    ${
      source.known.length
        ? html`<p>${t('source.known')}</p>
            <ul lang="en">
              ${source.known.map((line) => html`<li>${line}</li>`)}
            </ul>`
        : nothing
    }
    ${source.unknown.length ? html`<p>${t('source.notKnown', { list: source.unknown.join('; ') })}</p>` : nothing}
  </details>`;
}

/**
 * The document and sentence of a piece of evidence, with what the text is when that is known, and
 * the way to read the sentence in its text.
 */
function source(documentId: string, sentenceIndex: number, quote: string | null = null): TemplateResult {
  const document = documents.get(documentId);
  const provenance = document?.note?.split(/(?<=\.)\s/)[0];
  return html`<footer>
    ${t('evidence.sentence', { document: document?.title ?? documentId, number: sentenceIndex + 1 })}
    <button type="button" class="link read" data-read=${`${documentId}~${sentenceIndex}`} data-quote=${quote ?? ''}>
      ${t('reader.open')}
    </button>
    ${
      document?.source
        ? sourceDescription(document.source)
        : provenance
          ? html`<br /><span class="provenance" title=${document.note}>${provenance}</span>`
          : nothing
    }
  </footer>`;
}

/** Whose statement a relation is when it is not a fact: shown before the words that state it. */
function assertionTemplate(relation: RelationWithEvidenceFragment): TemplateResult | typeof nothing {
  const { kind, claimedBy } = relation.assertion;
  if (kind === 'FACT') return nothing;
  return html`<p class="assertion">
    <span class="badge asserted">${t(`assertion.noun.${kind}`)}</span>
    ${
      claimedBy
        ? html`${t(kind === 'PLAN' ? 'assertion.of' : 'assertion.by')} <strong>${entityName(claimedBy)}</strong>: `
        : nothing
    }${t('assertion.reported')}
  </p>`;
}

/** What the text itself says of a claim, plan or belief, with the words that say so: after the claim. */
function verdictTemplate(relation: RelationWithEvidenceFragment): TemplateResult | typeof nothing {
  const { kind, verdict, verdictEvidence } = relation.assertion;
  if (kind === 'FACT') return nothing;
  const words = t(`${kind === 'PLAN' ? 'planVerdict' : 'verdict'}.${verdict ?? 'UNVERIFIED'}`);
  return html`<div class="assertion">
    <h4>${t('assertion.says', { verdict: words })}</h4>
    ${verdictEvidence.map(
      (e) =>
        html`<blockquote class="verdict" data-sentence=${e.sentenceIndex}>
          ${highlighted(e.sentence, e.quote)} ${source(e.documentId, e.sentenceIndex, e.quote ?? null)}
        </blockquote>`,
    )}
  </div>`;
}

function highlighted(sentence: string, quote: string | null | undefined): TemplateResult {
  const at = quote ? sentence.indexOf(quote) : -1;
  if (!quote || at === -1) return html`${sentence}`;
  return html`${sentence.slice(0, at)}<mark>${quote}</mark>${sentence.slice(at + quote.length)}`;
}

function datesLine(relation: RelationWithEvidenceFragment): string {
  const from = dateText(relation.start);
  if (!relation.end) return relation.start ? t(`evidence.on.${relation.start.precision}`, { date: from }) : '';
  return t('evidence.fromTo', { from, to: dateText(relation.end) });
}

/**
 * One of a relation's values: its key in the interface language, and the entity it names (a link that
 * draws that entity) or its text, which the data gives in English.
 */
function valueTemplate(property: RelationWithEvidenceFragment['properties'][number]): TemplateResult {
  const key = `value.${property.key}`;
  const label = has(key) ? t(key) : property.key;
  return html`<li>
    <strong>${label}</strong>:
    ${
      property.entity
        ? html`<button type="button" class="link" data-entity=${property.entity.id}>
            ${entityName(property.entity)}
          </button>`
        : html`<span lang="en">${property.value}</span>`
    }
  </li>`;
}

/** A relation as a sentence: its ends, and its type between them as a word ("Qing China ceded Left bank of the Amur"). */
function relationLine(relation: RelationWithEvidenceFragment): TemplateResult {
  return html`${entityName(relation.source)}
    <small title=${relation.type}>${relationLabel(relation.type)}</small> ${entityName(relation.target)}`;
}

/**
 * A relation with its evidence, its line a heading of `level`: 2 alone in the panel (then with how
 * to cite it), 3 in a list of relations, 4 in a list under headings of its own (a treaty, a chain, a path).
 */
export function evidenceTemplate(relation: RelationWithEvidenceFragment, level: 2 | 3 | 4 = 2): TemplateResult {
  const line = relationLine(relation);
  return html`
    ${level === 2 ? html`<h2>${line}</h2>` : level === 3 ? html`<h3>${line}</h3>` : html`<h4 class="relation">${line}</h4>`}
    ${assertionTemplate(relation)}
    ${
      relation.inferred
        ? html`<p>
            <span class="badge inferred" title=${relation.reason ?? ''}>${t('evidence.inferred')}</span>
            <span lang="en">${relation.reason ?? ''}</span>
          </p>`
        : nothing
    }
    ${relation.suggested ? html`<p><span class="badge suggested">${t('evidence.suggested')}</span></p>` : nothing}
    ${
      relation.reviewedBy
        ? html`<p>
            <span class="badge reviewed">${t('evidence.reviewed')}</span>
            ${t('evidence.reviewedBy', { reviewer: relation.reviewedBy })}
            ${relation.reviewedAt ? t('evidence.reviewedOn', { date: relation.reviewedAt.slice(0, 10) }) : nothing}
          </p>`
        : nothing
    }
    ${relation.start ? html`<p class="meta">${datesLine(relation)}</p>` : nothing}
    ${
      relation.properties.length
        ? html`<ul class="values">
            ${relation.properties.map(valueTemplate)}
          </ul>`
        : nothing
    }
    ${relation.evidence.map(
      (e) =>
        html`<blockquote data-sentence=${e.sentenceIndex} lang="de">
          ${highlighted(e.sentence, e.quote)} ${source(e.documentId, e.sentenceIndex, e.quote ?? null)}
        </blockquote>`,
    )}
    ${verdictTemplate(relation)}
    ${
      level === 2
        ? html`<details class="cite" data-cite=${relation.id}>
            <summary>${t('cite.summary')}</summary>
            <div class="citation"></div>
          </details>`
        : nothing
    }
  `;
}

/** A relation's citation (read when asked for): the text, its permalink, CSL-JSON and BibTeX to download. */
export function citationTemplate(citation: { permalink: string; text: string; bibtex: string; csl: unknown }) {
  const file = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  return html`<p class="citation-text">${citation.text}</p>
    <p class="exports">
      <a href=${citation.permalink}>${t('cite.permalink')}</a>
      <a
        href=${file('application/vnd.citationstyles.csl+json', JSON.stringify([citation.csl], null, 2))}
        download="citation.json"
        >CSL-JSON (Zotero)</a
      >
      <a href=${file('application/x-bibtex', citation.bibtex)} download="citation.bib">BibTeX</a>
    </p>`;
}

type Entity = NonNullable<EntityDetailsQuery['entity']>;

/** The names in other scripts a reader is shown, in this order. */
const SCRIPTS = ['ru', 'ru-Latn', 'zh-Hans', 'zh-Hant', 'zh-Latn-pinyin'] as const;

/** Its names in Russian and Chinese, each marked with its language for screen readers. */
function namesTemplate(labels: Entity['labels']): TemplateResult | typeof nothing {
  const order: readonly string[] = SCRIPTS;
  const others = labels
    .filter((label) => order.includes(label.language))
    .sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language));
  if (others.length === 0) return nothing;
  return html`<dl class="names">
    ${others.map(
      (label) =>
        html`<dt>${t(`names.${label.language as (typeof SCRIPTS)[number]}`)}</dt>
          <dd lang=${label.language}>${label.text}</dd>`,
    )}
  </dl>`;
}

/**
 * After its type, its name in the other language of the interface: for a reader of English how the
 * German text writes it, for a reader of German its English name.
 */
function otherNameTemplate(entity: Named): TemplateResult | typeof nothing {
  const other = otherEntityName(entity);
  if (!other) return nothing;
  return html` · ${t(other.language === 'en' ? 'entity.inEnglish' : 'entity.inText')}
    <span lang=${other.language}>${other.text}</span>`;
}

function placeTemplate(entity: Entity): TemplateResult | typeof nothing {
  if (!entity.location && !entity.wikidataUrl) return nothing;
  const location = entity.location;
  return html`<p class="meta">
    ${
      location
        ? `${location.latitude.toFixed(2)}° N, ${location.longitude.toFixed(2)}° E${
            location.uncertaintyKm ? ` (±${location.uncertaintyKm} km)` : ''
          }`
        : nothing
    }
    ${location && entity.wikidataUrl ? ' · ' : nothing}
    ${
      entity.wikidataUrl
        ? html`<a href=${entity.wikidataUrl} target="_blank" rel="noopener">Wikidata ${entity.wikidata}</a>`
        : nothing
    }
  </p>`;
}

/** A relation seen from one of its ends: which way it points, and its other end. */
function seenFrom(relation: DrawnRelation, entity: { id: string }) {
  const outgoing = relation.source.id === entity.id;
  return { arrow: outgoing ? '→' : '←', other: outgoing ? relation.target : relation.source };
}

/** The ids of the relations whose lines, as `line` writes them, read like another's. */
function alike(relations: readonly DrawnRelation[], line: (relation: DrawnRelation) => string): string[] {
  const lines = new Map<string, string[]>();
  for (const relation of relations) {
    const key = line(relation);
    lines.set(key, [...(lines.get(key) ?? []), relation.id]);
  }
  return [...lines.values()].filter((ids) => ids.length > 1).flat();
}

/**
 * The relations of an entity's panel whose lines would read alike: of one type, to or from the same
 * entity (the Treaty of Tianjin GRANTED the Russian Empire seven rights). Their values tell them apart.
 */
export function relationsAlike(entity: Entity): string[] {
  return alike(
    entity.relations.edges.map(({ node }) => node),
    (relation) => {
      const { arrow, other } = seenFrom(relation, entity);
      return `${relation.type} ${arrow} ${other.id}`;
    },
  );
}

/** The same in the list of every relation of one type, where a line is its two ends (Qing China opposed the Russian Empire twice). */
export function typeListAlike(relations: readonly DrawnRelation[]): string[] {
  return alike(relations, (relation) => `${relation.source.id} → ${relation.target.id}`);
}

/** A relation's values in one line, the entities they name by their names: "to send envoys to Peking". */
export function valuesLine(properties: RelationWithEvidenceFragment['properties']): string {
  return properties.map((property) => (property.entity ? entityName(property.entity) : property.value)).join('; ');
}

/** After a line that reads like another, its relation's values (valuesLine), in the data's English. */
function valuesAfterLine(values: ReadonlyMap<string, string>, id: string): TemplateResult | typeof nothing {
  const value = values.get(id);
  return value ? html`<span class="value" lang="en">${value}</span>` : nothing;
}

/**
 * An entity's panel. `values` are the values of relations whose lines read alike (relationsAlike),
 * by relation id (valuesLine), shown after them once read.
 */
export function entityTemplate(
  entity: Entity,
  expanded: boolean,
  values: ReadonlyMap<string, string> = new Map(),
): TemplateResult {
  const groups = new Map<RelationType, DrawnRelation[]>();
  for (const { node } of entity.relations.edges) {
    groups.set(node.type, [...(groups.get(node.type) ?? []), node]);
  }
  return html`
    <h2>${entityName(entity)}</h2>
    <p class="meta">${entityTypeLabel(entity.type)}${otherNameTemplate(entity)}</p>
    ${
      entity.start
        ? html`<p class="meta">${dateText(entity.start)}${entity.end ? ` – ${dateText(entity.end)}` : ''}</p>`
        : nothing
    }
    ${entity.description ? html`<p lang="en">${entity.description}</p>` : nothing} ${namesTemplate(entity.labels)}
    ${entity.aliases.length ? html`<p class="meta">${t('entity.also', { names: entity.aliases.join(', ') })}</p>` : nothing}
    ${entity.bounds ? html`<p class="meta">${t('entity.bounds', { bounds: entity.bounds })}</p>` : nothing}
    ${placeTemplate(entity)}
    <p>
      <button type="button" class="primary" data-expand=${entity.id} ?disabled=${expanded}>
        ${expanded ? t('entity.expanded') : t('entity.expand', { count: entity.relations.totalCount })}
      </button>
    </p>
    <h3>${t('entity.relations', { count: entity.relations.totalCount })}</h3>
    ${[...groups]
      .map(([type, relations]) => ({ type, relations, label: relationLabel(type) }))
      .sort((a, b) => a.label.localeCompare(b.label, language()))
      .map(
        ({ type, relations, label }) =>
          html`<h4 title=${type}>${label}</h4>
            <ul>
              ${relations.map((relation) => {
                const { arrow, other } = seenFrom(relation, entity);
                const kind = relation.assertion.kind;
                return html`<li>
                  ${arrow}
                  <button type="button" class="link" data-relation=${relation.id}>${entityName(other)}</button>
                  ${valuesAfterLine(values, relation.id)}
                  ${kind === 'FACT' ? nothing : html`<span class="badge asserted">${t(`assertion.noun.${kind}`)}</span>`}
                </li>`;
              })}
            </ul>`,
      )}
    ${
      entity.mentions.length
        ? html`<h3>${t('entity.mentioned')}</h3>
            ${entity.mentions.map(
              (mention) =>
                html`<blockquote>
                  ${highlighted(mention.sentence, mention.quote)}
                  <footer>
                    ${t('evidence.sentence', {
                      document: documents.get(mention.documentId)?.title ?? mention.documentId,
                      number: mention.sentenceIndex + 1,
                    })}
                  </footer>
                </blockquote>`,
            )}`
        : nothing
    }
  `;
}

/** A line of the legend: how an edge of this kind is drawn. */
function legendLine(colour: string, dash: string | null, label: string): TemplateResult {
  return html`<span
    ><svg width="28" height="8" aria-hidden="true">
      <line x1="0" y1="4" x2="28" y2="4" stroke=${colour} stroke-width="2" stroke-dasharray=${dash ?? 'none'} /></svg
    >${label}</span
  >`;
}

export function landingTemplate(
  stories: readonly { id: string; question: string }[],
  counts: { entities: number; relations: number },
): TemplateResult {
  return html`
    <h2>${t('landing.questions')}</h2>
    <p class="meta">${t('landing.questionsHint')}</p>
    <ul class="stories">
      ${stories.map(
        (story) =>
          html`<li>
            <button type="button" class="story" data-story=${story.id}>${story.question}</button>
          </li>`,
      )}
    </ul>
    <h3>${t('landing.whole')}</h3>
    <p class="meta">${t('landing.counts', counts)} ${t('landing.hint')}</p>
    <p class="legend">
      ${legendLine('#9aa7bd', null, t('legend.stated'))} ${legendLine('#9aa7bd', '5 3', t('legend.inferred'))}
      ${legendLine('#b06ab3', '2 2', t('legend.suggested'))} ${legendLine('#c8842a', '2 3', t('legend.asserted'))}
    </p>
    <h3>${t('landing.export')}</h3>
    <p class="meta">${t('landing.exportHint')}</p>
    <p class="exports">
      ${EXPORT_LINKS.map(([format, label]) => html`<a href=${`/export/graph.${format}`} download>${label}</a> `)}
    </p>
  `;
}

/** The exports of the whole graph (docs/exports.md), and the tools they are for. */
const EXPORT_LINKS = [
  ['gexf', 'GEXF (Gephi)'],
  ['graphml', 'GraphML'],
  ['csv.zip', 'CSV (Palladio)'],
  ['jsonld', 'JSON-LD'],
  ['ttl', 'Turtle'],
] as const;

/** An answer under its question, with the way back to the questions. */
export function storyTemplate(question: string, answer: TemplateResult): TemplateResult {
  return html`
    <p><button type="button" class="link" data-home>${t('story.back')}</button></p>
    <h2>${question}</h2>
    ${answer}
  `;
}

/** Every relation of one type. `values`: as for entityTemplate, of the lines that read alike (typeListAlike). */
export function typeListTemplate(
  type: RelationType,
  relations: readonly DrawnRelation[],
  values: ReadonlyMap<string, string> = new Map(),
): TemplateResult {
  const sorted = [...relations].sort((a, b) => compareNames(a.source, b.source));
  return html`
    <p><button type="button" class="link" data-home>${t('story.back')}</button></p>
    <h2>${t('type.every', { type: relationLabel(type), count: relations.length })}</h2>
    <p class="meta">${t('type.choose')}</p>
    <ul>
      ${sorted.map(
        (relation) =>
          html`<li>
            <button type="button" class="link" data-relation=${relation.id}>
              ${entityName(relation.source)} → ${entityName(relation.target)}
            </button>
            ${valuesAfterLine(values, relation.id)}
            ${relation.start ? html`<small>${dateLabel(relation.start)}</small>` : nothing}
          </li>`,
      )}
    </ul>
  `;
}

/** What is drawn, as tables a screen reader (or a person who prefers lists) can read. */
export function listViewTemplate(
  entities: readonly (Named & { id: string; type: EntityType })[],
  relations: readonly DrawnRelation[],
): TemplateResult {
  return html`
    <table>
      <caption>
        ${t('list.relations', { count: relations.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('list.from')}</th>
          <th scope="col">${t('list.relation')}</th>
          <th scope="col">${t('list.to')}</th>
          <th scope="col">${t('list.date')}</th>
        </tr>
      </thead>
      <tbody>
        ${relations.map(
          (relation) =>
            html`<tr>
              <td>${entityName(relation.source)}</td>
              <td>
                <button type="button" class="link" data-relation=${relation.id} title=${relation.type}>
                  ${relationLabel(relation.type)}
                </button>
                ${relation.inferred ? html`<small>${t('list.inferred')}</small>` : nothing}
                ${relation.suggested ? html`<small>${t('list.suggested')}</small>` : nothing}
                ${
                  relation.assertion.kind === 'FACT'
                    ? nothing
                    : html`<small>(${t(`assertion.noun.${relation.assertion.kind}`)})</small>`
                }
              </td>
              <td>${entityName(relation.target)}</td>
              <td>
                ${relation.start ? dateLabel(relation.start) : ''}${relation.end ? ` – ${dateLabel(relation.end)}` : ''}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table>
      <caption>
        ${t('list.entities', { count: entities.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('list.name')}</th>
          <th scope="col">${t('list.type')}</th>
        </tr>
      </thead>
      <tbody>
        ${entities.map(
          (entity) =>
            html`<tr>
              <td><button type="button" class="link" data-entity=${entity.id}>${entityName(entity)}</button></td>
              <td>${entityTypeLabel(entity.type)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}
