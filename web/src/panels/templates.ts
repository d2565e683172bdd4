/**
 * What the side panel shows, as lit-html templates: every value is escaped by construction.
 * Buttons carry data attributes that main.ts listens for (data-relation, data-expand, data-story).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type {
  DateFieldsFragment,
  DocumentsQuery,
  EntityDetailsQuery,
  RelationWithEvidenceFragment,
} from '../../../src/generated/graphql';
import type { DrawnRelation } from '../graph/graph-view';

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

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * What a source is, in one line that opens to the rest: "Machine translation from Russian", what
 * is known of the original and what is not.
 */
function sourceDescription(source: SourceDescription): TemplateResult {
  const kind = source.kind.charAt(0).toUpperCase() + source.kind.slice(1);
  const from = source.translatedFrom
    ? ` from ${LANGUAGE_NAMES.of(source.translatedFrom) ?? source.translatedFrom}`
    : '';
  return html`<details class="provenance">
    <summary>
      ${kind}${from}; ${source.unknown.length ? `not known: ${source.unknown[0]}, …` : 'about the source'}
    </summary>
    <p>${source.original}</p>
    ${
      source.known.length
        ? html`<p>Known:</p>
            <ul>
              ${source.known.map((line) => html`<li>${line}</li>`)}
            </ul>`
        : nothing
    }
    ${source.unknown.length ? html`<p>Not known: ${source.unknown.join('; ')}.</p>` : nothing}
  </details>`;
}

/** The document and sentence of a piece of evidence, with what the text is when that is known. */
function source(documentId: string, sentenceIndex: number): TemplateResult {
  const document = documents.get(documentId);
  const provenance = document?.note?.split(/(?<=\.)\s/)[0];
  return html`<footer>
    ${document?.title ?? documentId}, sentence ${sentenceIndex + 1}
    ${
      document?.source
        ? sourceDescription(document.source)
        : provenance
          ? html`<br /><span class="provenance" title=${document.note}>${provenance}</span>`
          : nothing
    }
  </footer>`;
}

/** What the text says of a claim, plan or belief, in words a reader knows. */
const VERDICT_WORDS: Record<string, string> = {
  CONFIRMED: 'the text confirms it',
  DISPUTED: 'the text casts doubt on it',
  REFUTED: 'the text refutes it',
  UNVERIFIED: 'the text does not say whether it held',
};
const PLAN_VERDICT_WORDS: Record<string, string> = {
  CONFIRMED: 'it was carried out',
  DISPUTED: 'it was contested',
  REFUTED: 'it was not carried out',
  UNVERIFIED: 'the text does not say whether it was carried out',
};

/** Whose statement a relation is when it is not a fact: shown before the words that state it. */
function assertionTemplate(relation: RelationWithEvidenceFragment): TemplateResult | typeof nothing {
  const { kind, claimedBy } = relation.assertion;
  if (kind === 'FACT') return nothing;
  const noun = kind === 'PLAN' ? 'plan or order' : kind.toLowerCase();
  return html`<p class="assertion">
    <span class="badge asserted">${noun}</span>
    ${claimedBy ? html`${kind === 'PLAN' ? 'of' : 'by'} <strong>${claimedBy.name}</strong>: ` : nothing}the text reports
    it, and does not state it as fact.
  </p>`;
}

/** What the text itself says of a claim, plan or belief, with the words that say so: after the claim. */
function verdictTemplate(relation: RelationWithEvidenceFragment): TemplateResult | typeof nothing {
  const { kind, verdict, verdictEvidence } = relation.assertion;
  if (kind === 'FACT') return nothing;
  const words = (kind === 'PLAN' ? PLAN_VERDICT_WORDS : VERDICT_WORDS)[verdict ?? 'UNVERIFIED'];
  return html`<div class="assertion">
    <h4>What the text says of it: ${words}</h4>
    ${verdictEvidence.map(
      (e) =>
        html`<blockquote class="verdict" data-sentence=${e.sentenceIndex}>
          ${highlighted(e.sentence, e.quote)} ${source(e.documentId, e.sentenceIndex)}
        </blockquote>`,
    )}
  </div>`;
}

/** A date as the source writes it, with its rendering in the other calendar where that differs. */
function dateText(date: DateFieldsFragment | null | undefined): string {
  if (!date) return '';
  const other =
    date.calendar === 'JULIAN' && date.gregorian && date.gregorian !== date.iso
      ? ` Old Style (${date.gregorian} New Style)`
      : date.calendar === 'GREGORIAN' && date.julian && date.julian !== date.iso
        ? ` New Style (${date.julian} Old Style)`
        : '';
  return `${date.iso}${other}${date.text ? ` (“${date.text}”)` : ''}`;
}

function highlighted(sentence: string, quote: string | null | undefined): TemplateResult {
  const at = quote ? sentence.indexOf(quote) : -1;
  if (!quote || at === -1) return html`${sentence}`;
  return html`${sentence.slice(0, at)}<mark>${quote}</mark>${sentence.slice(at + quote.length)}`;
}

export function evidenceTemplate(relation: RelationWithEvidenceFragment, heading = true): TemplateResult {
  return html`
    ${
      heading
        ? html`<h2>${relation.source.name} <small>${relation.type}</small> ${relation.target.name}</h2>`
        : html`<h3>${relation.source.name} <small>${relation.type}</small> ${relation.target.name}</h3>`
    }
    ${assertionTemplate(relation)}
    ${
      relation.inferred
        ? html`<p>
            <span class="badge inferred" title=${relation.reason ?? ''}>inferred</span> ${relation.reason ?? ''}
          </p>`
        : nothing
    }
    ${relation.suggested ? html`<p><span class="badge suggested">suggested, not reviewed</span></p>` : nothing}
    ${
      relation.reviewedBy
        ? html`<p>
            <span class="badge reviewed">accepted from a suggestion</span> by ${relation.reviewedBy}
            ${relation.reviewedAt ? html`on ${relation.reviewedAt.slice(0, 10)}` : nothing}
          </p>`
        : nothing
    }
    ${
      relation.start
        ? html`<p class="meta">
            ${relation.end ? 'From' : 'On'}
            ${dateText(relation.start)}${relation.end ? html` to ${dateText(relation.end)}` : nothing}
          </p>`
        : nothing
    }
    ${
      relation.properties.length
        ? html`<ul>
            ${relation.properties.map((p) => html`<li><strong>${p.key}</strong>: ${p.value}</li>`)}
          </ul>`
        : nothing
    }
    ${relation.evidence.map(
      (e) =>
        html`<blockquote data-sentence=${e.sentenceIndex}>
          ${highlighted(e.sentence, e.quote)} ${source(e.documentId, e.sentenceIndex)}
        </blockquote>`,
    )}
    ${verdictTemplate(relation)}
  `;
}

type Entity = NonNullable<EntityDetailsQuery['entity']>;

/** What the names in other scripts are called for a reader. */
const SCRIPT_NAMES: Record<string, string> = {
  ru: 'Russian',
  'ru-Latn': 'in Latin letters',
  'zh-Hans': 'Chinese',
  'zh-Hant': 'traditional',
  'zh-Latn-pinyin': 'pinyin',
};

/** Its names in Russian and Chinese, each marked with its language for screen readers. */
function namesTemplate(labels: Entity['labels']): TemplateResult | typeof nothing {
  const order = Object.keys(SCRIPT_NAMES);
  const others = labels
    .filter((label) => Object.hasOwn(SCRIPT_NAMES, label.language))
    .sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language));
  if (others.length === 0) return nothing;
  return html`<dl class="names">
    ${others.map(
      (label) =>
        html`<dt>${SCRIPT_NAMES[label.language]}</dt>
          <dd lang=${label.language}>${label.text}</dd>`,
    )}
  </dl>`;
}

export function entityTemplate(entity: Entity, expanded: boolean): TemplateResult {
  const groups = new Map<string, RelationWithEvidenceFragment[]>();
  for (const { node } of entity.relations.edges) {
    groups.set(node.type, [...(groups.get(node.type) ?? []), node]);
  }
  return html`
    <h2>${entity.name}</h2>
    <p class="meta">${entity.type}${entity.germanName ? ` · ${entity.germanName}` : ''}</p>
    ${
      entity.start
        ? html`<p class="meta">${dateText(entity.start)}${entity.end ? ` – ${dateText(entity.end)}` : ''}</p>`
        : nothing
    }
    ${entity.description ? html`<p>${entity.description}</p>` : nothing} ${namesTemplate(entity.labels)}
    ${entity.aliases.length ? html`<p class="meta">Also: ${entity.aliases.join(', ')}</p>` : nothing}
    ${entity.bounds ? html`<p class="meta">Bounds in the text: ${entity.bounds}</p>` : nothing}
    ${
      entity.location || entity.wikidataUrl
        ? html`<p class="meta">
            ${
              entity.location
                ? html`${entity.location.latitude.toFixed(2)}° N, ${entity.location.longitude.toFixed(2)}°
                  E${entity.location.uncertaintyKm ? ` (±${entity.location.uncertaintyKm} km)` : ''}`
                : nothing
            }
            ${entity.location && entity.wikidataUrl ? ' · ' : nothing}
            ${
              entity.wikidataUrl
                ? html`<a href=${entity.wikidataUrl} target="_blank" rel="noopener">Wikidata ${entity.wikidata}</a>`
                : nothing
            }
          </p>`
        : nothing
    }
    <p>
      <button type="button" class="primary" data-expand=${entity.id} ?disabled=${expanded}>
        ${expanded ? 'Neighbours shown' : `Show its ${entity.relations.totalCount} neighbours`}
      </button>
    </p>
    <h3>Relations (${entity.relations.totalCount})</h3>
    ${[...groups].map(
      ([type, relations]) =>
        html`<h4>${type}</h4>
          <ul>
            ${relations.map((relation) => {
              const outgoing = relation.source.id === entity.id;
              const other = outgoing ? relation.target : relation.source;
              const kind = relation.assertion.kind;
              return html`<li>
                ${outgoing ? '→' : '←'}
                <button type="button" class="link" data-relation=${relation.id}>${other.name}</button>
                ${kind === 'FACT' ? nothing : html`<span class="badge asserted">${kind.toLowerCase()}</span>`}
              </li>`;
            })}
          </ul>`,
    )}
    ${
      entity.mentions.length
        ? html`<h3>Mentioned in</h3>
            ${entity.mentions.map(
              (mention) =>
                html`<blockquote>
                  ${highlighted(mention.sentence, mention.quote)}
                  <footer>
                    ${documents.get(mention.documentId)?.title ?? mention.documentId}, sentence
                    ${mention.sentenceIndex + 1}
                  </footer>
                </blockquote>`,
            )}`
        : nothing
    }
  `;
}

export function landingTemplate(stories: readonly { id: string; question: string }[], counts: string): TemplateResult {
  return html`
    <h2>Questions to start from</h2>
    <p class="meta">Each opens its answer, drawn, with the sentences of the source that state it.</p>
    <ul class="stories">
      ${stories.map(
        (story) =>
          html`<li>
            <button type="button" class="story" data-story=${story.id}>${story.question}</button>
          </li>`,
      )}
    </ul>
    <h3>The whole graph</h3>
    <p class="meta">
      ${counts} Click a node to read about it, an edge to read its evidence; search above for any name, in any spelling.
    </p>
    <p class="legend">
      <span
        ><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#9aa7bd" stroke-width="2" /></svg
        >stated</span
      >
      <span
        ><svg width="28" height="8">
          <line x1="0" y1="4" x2="28" y2="4" stroke="#9aa7bd" stroke-width="2" stroke-dasharray="5 3" /></svg
        >inferred</span
      >
      <span
        ><svg width="28" height="8">
          <line x1="0" y1="4" x2="28" y2="4" stroke="#b06ab3" stroke-width="2" stroke-dasharray="2 2" /></svg
        >suggested</span
      >
      <span
        ><svg width="28" height="8">
          <line x1="0" y1="4" x2="28" y2="4" stroke="#c8842a" stroke-width="2" stroke-dasharray="2 3" /></svg
        >claim, plan or belief</span
      >
    </p>
  `;
}

/** An answer under its question, with the way back to the questions. */
export function storyTemplate(question: string, answer: TemplateResult): TemplateResult {
  return html`
    <p><button type="button" class="link" data-home>← All questions</button></p>
    <h2>${question}</h2>
    ${answer}
  `;
}

export function typeListTemplate(type: string, relations: readonly DrawnRelation[]): TemplateResult {
  const sorted = [...relations].sort((a, b) => a.source.name.localeCompare(b.source.name));
  return html`
    <p><button type="button" class="link" data-home>← All questions</button></p>
    <h2>Every ${type} relation (${relations.length})</h2>
    <p class="meta">Choose one to read the sentences that state it.</p>
    <ul>
      ${sorted.map(
        (relation) =>
          html`<li>
            <button type="button" class="link" data-relation=${relation.id}>
              ${relation.source.name} → ${relation.target.name}
            </button>
            ${relation.start ? html`<small>${relation.start.iso}</small>` : nothing}
          </li>`,
      )}
    </ul>
  `;
}

/** What is drawn, as tables a screen reader (or a person who prefers lists) can read. */
export function listViewTemplate(
  entities: readonly { id: string; name: string; type: string }[],
  relations: readonly DrawnRelation[],
): TemplateResult {
  return html`
    <table>
      <caption>
        ${relations.length} relations drawn
      </caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">Relation</th>
          <th scope="col">To</th>
          <th scope="col">Date</th>
        </tr>
      </thead>
      <tbody>
        ${relations.map(
          (relation) =>
            html`<tr>
              <td>${relation.source.name}</td>
              <td>
                <button type="button" class="link" data-relation=${relation.id}>${relation.type}</button>
                ${relation.inferred ? html`<small>(inferred)</small>` : nothing}
                ${relation.suggested ? html`<small>(suggested)</small>` : nothing}
              </td>
              <td>${relation.target.name}</td>
              <td>${relation.start?.iso ?? ''}${relation.end ? ` – ${relation.end.iso}` : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table>
      <caption>
        ${entities.length} entities drawn
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
        </tr>
      </thead>
      <tbody>
        ${entities.map(
          (entity) =>
            html`<tr>
              <td><button type="button" class="link" data-entity=${entity.id}>${entity.name}</button></td>
              <td>${entity.type}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}
