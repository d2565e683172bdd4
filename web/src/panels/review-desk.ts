/**
 * The review desk, for people with the admin token: the pending suggestions of an ingested
 * document, each beside its sentence with the words highlighted, to accept, reject, or correct
 * (type, ends, date) and then accept. The token is kept for this browser session only.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { DocumentsQuery, RelationType, SuggestionDetailsFragment } from '../../../src/generated/graphql';
import { RELATION_TYPES } from '../filters/relation-groups';
import { entityName, entityTypeLabel, relationLabel, t, type Named } from '../i18n/i18n';

const TOKEN_KEY = 'amur-graph-admin-token';

export const adminToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

export function tokenFormTemplate(message: string | null): TemplateResult {
  return html`
    <h2>${t('review.title')}</h2>
    <p class="meta">${t('review.tokenHint')}</p>
    <form id="token-form">
      <label for="admin-token">${t('review.token')}</label>
      <input id="admin-token" type="password" autocomplete="off" required minlength="16" />
      <button type="submit" class="primary">${t('review.useToken')}</button>
    </form>
    ${message ? html`<p class="error" role="alert">${message}</p>` : nothing}
  `;
}

export function documentListTemplate(documents: DocumentsQuery['documents']): TemplateResult {
  const ingested = documents.filter((document) => !document.curated);
  return html`
    <h2>${t('review.title')}</h2>
    ${
      ingested.length === 0
        ? html`<p>${t('review.noDocuments', { command: 'npm run ingest:text' })}</p>`
        : html`<p class="meta">${t('review.chooseDocument')}</p>
            <ul class="stories">
              ${ingested.map(
                (document) =>
                  html`<li>
                    <button type="button" class="story" data-review-document=${document.id}>
                      ${document.title}
                      <small>${t('review.documentSize', { id: document.id, count: document.sentenceCount })}</small>
                    </button>
                    <button type="button" class="link read" data-read=${`${document.id}~0`}>
                      ${t('reader.readDocument')}
                    </button>
                  </li>`,
              )}
            </ul>`
    }
    <p><button type="button" class="link" data-forget-token>${t('review.forget')}</button></p>
  `;
}

function sentence(suggestion: SuggestionDetailsFragment): TemplateResult {
  const { sentence: text, quote } = suggestion.evidence;
  const at = quote ? text.indexOf(quote) : -1;
  const body =
    !quote || at === -1
      ? html`${text}`
      : html`${text.slice(0, at)}<mark>${quote}</mark>${text.slice(at + quote.length)}`;
  return html`<blockquote>
    ${body}
    <footer>
      ${t('evidence.sentence', { document: suggestion.documentId, number: suggestion.evidence.sentenceIndex + 1 })}
      <button
        type="button"
        class="link read"
        data-read=${`${suggestion.documentId}~${suggestion.evidence.sentenceIndex}`}
        data-quote=${quote ?? ''}
      >
        ${t('reader.open')}
      </button>
    </footer>
  </blockquote>`;
}

/** Why the pipeline proposed it, and the date it read, so that the reviewer can judge the reading. */
function reading(suggestion: SuggestionDetailsFragment): TemplateResult | typeof nothing {
  const { rule, date } = suggestion;
  if (!rule && !date) return nothing;
  return html`<p class="reading">
    ${rule ? html`<span>${t('review.proposedBy', { rule })}</span>` : nothing}
    ${
      date
        ? html`<span
            >${t('review.dateRead', { date: date.text ?? date.iso, precision: date.precision.toLowerCase() })}</span
          >`
        : nothing
    }
  </p>`;
}

/** What a suggestion proposes, in words: "New: Jehol (Place)", "Muravyov founded “Wladiwostok” (not known yet)". */
export function suggestionTitle(suggestion: SuggestionDetailsFragment): string {
  if (suggestion.kind === 'ENTITY')
    return t('review.newEntity', {
      type: suggestion.entityType ? entityTypeLabel(suggestion.entityType) : t('review.entity'),
      name: suggestion.name ?? '',
    });
  const source = suggestion.source
    ? entityName(suggestion.source)
    : t('review.notKnown', { name: suggestion.sourceName ?? '?' });
  const target = suggestion.target
    ? entityName(suggestion.target)
    : t('review.notKnown', { name: suggestion.targetName ?? '?' });
  return `${source} ${suggestion.relationType ? relationLabel(suggestion.relationType) : ''} ${target}`;
}

export function suggestionsTemplate(
  documentId: string,
  suggestions: readonly SuggestionDetailsFragment[],
  correcting: string | null,
): TemplateResult {
  return html`
    <p><button type="button" class="link" data-review-home>${t('review.back')}</button></p>
    <h2>${t('review.pending', { document: documentId, count: suggestions.length })}</h2>
    ${suggestions.length === 0 ? html`<p>${t('review.nothingLeft')}</p>` : nothing}
    ${suggestions.map(
      (suggestion) =>
        html`<section class="suggestion" data-suggestion=${suggestion.id}>
          <h3>
            ${suggestionTitle(suggestion)}
            <small>${t('review.confidence', { value: suggestion.confidence.toFixed(2) })}</small>
          </h3>
          ${sentence(suggestion)} ${reading(suggestion)}
          ${
            correcting === suggestion.id
              ? correctionFormTemplate(suggestion)
              : html`<p class="actions">
                  <button type="button" class="primary" data-accept=${suggestion.id}>${t('review.accept')}</button>
                  ${
                    suggestion.kind === 'RELATION'
                      ? html`<button type="button" data-correct=${suggestion.id}>${t('review.correct')}</button>`
                      : nothing
                  }
                  <button type="button" data-reject=${suggestion.id}>${t('review.reject')}</button>
                </p>`
          }
        </section>`,
    )}
  `;
}

function correctionFormTemplate(suggestion: SuggestionDetailsFragment): TemplateResult {
  const endField = (which: 'source' | 'target', entity: (Named & { id: string }) | null | undefined) =>
    html`<label for="correct-${which}">${t(which === 'source' ? 'review.from' : 'review.to')}</label>
      <span class="suggest-field">
        <input
          id="correct-${which}"
          .value=${entity ? entityName(entity) : ''}
          data-entity-id=${entity?.id ?? ''}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded="false"
          aria-controls="correct-${which}-suggestions"
        />
        <ul id="correct-${which}-suggestions" class="suggestions" role="listbox"></ul>
      </span>`;
  return html`<form class="correction" data-correction=${suggestion.id}>
    <label for="correct-type">${t('review.relation')}</label>
    <select id="correct-type">
      ${RELATION_TYPES.map(
        (type: RelationType) =>
          html`<option value=${type} ?selected=${type === suggestion.relationType}>${relationLabel(type)}</option>`,
      )}
    </select>
    ${endField('source', suggestion.source)} ${endField('target', suggestion.target)}
    <label for="correct-date">${t('review.date')}</label>
    <input id="correct-date" placeholder=${t('review.datePlaceholder')} />
    <label for="correct-reviewer">${t('review.name')}</label>
    <input id="correct-reviewer" placeholder="admin" />
    <p class="actions">
      <button type="submit" class="primary">${t('review.acceptCorrected')}</button>
      <button type="button" data-cancel-correction>${t('review.cancel')}</button>
    </p>
  </form>`;
}
