import { readFileSync } from 'node:fs';
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { ExtractionPool } from '../extract/extraction-pool';
import { MAX_TEXT_BYTES } from '../ingest/document-input';
import { ingestDocument } from '../ingest/ingest-document';
import { command, UsageError } from './command';

const log = (line: string) => console.log(line);

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new UsageError(`${file} is ${bytes.length} bytes; the limit is ${MAX_TEXT_BYTES} bytes (1 MB)`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not valid UTF-8: save it as UTF-8 and try again`);
  }
}

/**
 * `npm run ingest:text -- <file> --id <id> --title <title> --lang de|en`: ingests a text file as a
 * new document (or a new version of one), through the same pipeline as the ingestDocument mutation,
 * with progress, and prints the report: mentions linked, entities and relations suggested.
 */
export const ingestTextCommand = command({
  summary: 'ingest a text file as a document, with suggestions for review',
  usage: '<file> --id <id> --title <title> --lang de|en',
  options: { id: { type: 'string' }, title: { type: 'string' }, lang: { type: 'string' } },
  positionals: true,
  async run({ values, positionals }) {
    const [file, ...extra] = positionals;
    const missing = [!file && '<file>', !values.id && '--id', !values.title && '--title', !values.lang && '--lang'];
    if (missing.some(Boolean)) throw new UsageError(`missing ${missing.filter(Boolean).join(', ')}`);
    if (extra.length > 0) throw new UsageError(`one file at a time; also given: ${extra.join(' ')}`);
    const text = readText(file!);

    const started = Date.now();
    const service = await bootstrap(loadConfig(), { log });
    const extraction = new ExtractionPool();
    try {
      const report = await ingestDocument(
        service.repositories,
        { id: values.id!, title: values.title!, language: values.lang!, text },
        log,
        extraction,
      );
      log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Document "${report.documentId}":`);
      log(`  sentences            ${report.sentences}`);
      log(`  mentions linked      ${report.mentions}`);
      log(`  ambiguous mentions   ${report.ambiguousMentions} (left unlinked)`);
      log(`  suggested entities   ${report.suggestedEntities}`);
      log(`  suggested relations  ${report.suggestedRelations}`);
      log(`  already reviewed     ${report.alreadyReviewed} (not suggested again)`);
      log(`  already in the graph ${report.alreadyKnown} (relations not suggested)`);
      if (report.unminedSentences > 0) {
        log(`  too long to mine     ${report.unminedSentences} sentences (mentions linked, nothing suggested)`);
      }
      log('Review them with the suggestions query and the reviewSuggestion mutation.');
      return 0;
    } finally {
      await extraction.close();
      await service.close();
    }
  },
});
