/**
 * The review desk, for people with the admin token: the pending suggestions of an ingested
 * document, each beside its sentence with the words highlighted, to accept, reject, or correct
 * (type, ends, date) and then accept. The token is kept for this browser session only.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { DocumentsQuery, RelationType, SuggestionDetailsFragment } from '../../../src/generated/graphql';
import { RELATION_TYPES } from '../filters/relation-groups';

const TOKEN_KEY = 'amur-graph-admin-token';

export const adminToken = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

export function tokenFormTemplate(message: string | null): TemplateResult {
  return html`
    <h2>Review suggestions</h2>
    <p class="meta">
      Reviewing needs the service's admin token (KG_ADMIN_TOKEN). It is kept in this browser tab until you close it.
    </p>
    <form id="token-form">
      <label for="admin-token">Admin token</label>
      <input id="admin-token" type="password" autocomplete="off" required minlength="16" />
      <button type="submit" class="primary">Use for this session</button>
    </form>
    ${message ? html`<p class="error" role="alert">${message}</p>` : nothing}
  `;
}

export function documentListTemplate(documents: DocumentsQuery['documents']): TemplateResult {
  const ingested = documents.filter((document) => !document.curated);
  return html`
    <h2>Review suggestions</h2>
    ${
      ingested.length === 0
        ? html`<p>
            No ingested documents yet: ingest one with <code>npm run ingest:text</code> or the ingestDocument mutation.
          </p>`
        : html`<p class="meta">Choose a document:</p>
            <ul class="stories">
              ${ingested.map(
                (document) =>
                  html`<li>
                    <button type="button" class="story" data-review-document=${document.id}>
                      ${document.title} <small>(${document.id}, ${document.sentenceCount} sentences)</small>
                    </button>
                  </li>`,
              )}
            </ul>`
    }
    <p><button type="button" class="link" data-forget-token>Forget the token</button></p>
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
    <footer>sentence ${suggestion.evidence.sentenceIndex + 1}</footer>
  </blockquote>`;
}

/** Why the pipeline proposed it, and the date it read, so that the reviewer can judge the reading. */
function reading(suggestion: SuggestionDetailsFragment): TemplateResult | typeof nothing {
  const { rule, date } = suggestion;
  if (!rule && !date) return nothing;
  return html`<p class="reading">
    ${rule ? html`<span>Proposed by: ${rule}</span>` : nothing}
    ${date ? html`<span>Date read: ${date.text ?? date.iso} (${date.precision.toLowerCase()})</span>` : nothing}
  </p>`;
}

function title(suggestion: SuggestionDetailsFragment): string {
  if (suggestion.kind === 'ENTITY')
    return `New ${suggestion.entityType?.toLowerCase() ?? 'entity'}: ${suggestion.name ?? ''}`;
  const source = suggestion.source?.name ?? `“${suggestion.sourceName ?? '?'}” (not known yet)`;
  const target = suggestion.target?.name ?? `“${suggestion.targetName ?? '?'}” (not known yet)`;
  return `${source} ${suggestion.relationType ?? ''} ${target}`;
}

export function suggestionsTemplate(
  documentId: string,
  suggestions: readonly SuggestionDetailsFragment[],
  correcting: string | null,
): TemplateResult {
  return html`
    <p><button type="button" class="link" data-review-home>← Documents</button></p>
    <h2>Pending suggestions of ${documentId} (${suggestions.length})</h2>
    ${suggestions.length === 0 ? html`<p>Nothing left to review.</p>` : nothing}
    ${suggestions.map(
      (suggestion) =>
        html`<section class="suggestion" data-suggestion=${suggestion.id}>
          <h3>${title(suggestion)} <small>confidence ${suggestion.confidence.toFixed(2)}</small></h3>
          ${sentence(suggestion)} ${reading(suggestion)}
          ${
            correcting === suggestion.id
              ? correctionFormTemplate(suggestion)
              : html`<p class="actions">
                  <button type="button" class="primary" data-accept=${suggestion.id}>Accept</button>
                  ${
                    suggestion.kind === 'RELATION'
                      ? html`<button type="button" data-correct=${suggestion.id}>Correct…</button>`
                      : nothing
                  }
                  <button type="button" data-reject=${suggestion.id}>Reject</button>
                </p>`
          }
        </section>`,
    )}
  `;
}

function correctionFormTemplate(suggestion: SuggestionDetailsFragment): TemplateResult {
  const endField = (which: 'source' | 'target', entity: { id: string; name: string } | null | undefined) =>
    html`<label for="correct-${which}">${which === 'source' ? 'From' : 'To'}</label>
      <span class="suggest-field">
        <input
          id="correct-${which}"
          .value=${entity?.name ?? ''}
          data-entity-id=${entity?.id ?? ''}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded="false"
          aria-controls="correct-${which}-suggestions"
        />
        <ul id="correct-${which}-suggestions" class="suggestions" role="listbox"></ul>
      </span>`;
  return html`<form class="correction" data-correction=${suggestion.id}>
    <label for="correct-type">Relation</label>
    <select id="correct-type">
      ${RELATION_TYPES.map(
        (type: RelationType) =>
          html`<option value=${type} ?selected=${type === suggestion.relationType}>${type}</option>`,
      )}
    </select>
    ${endField('source', suggestion.source)} ${endField('target', suggestion.target)}
    <label for="correct-date">Date</label>
    <input id="correct-date" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" />
    <label for="correct-reviewer">Your name</label>
    <input id="correct-reviewer" placeholder="admin" />
    <p class="actions">
      <button type="submit" class="primary">Accept corrected</button>
      <button type="button" data-cancel-correction>Cancel</button>
    </p>
  </form>`;
}
