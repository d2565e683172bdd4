/**
 * `npm run ingest:text -- <file> --id <id> --title <title> --lang de|en`: ingests a text file as a
 * new document (or a new version of one), with progress, and prints the report: mentions linked,
 * entities and relations suggested for review.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { applyMigrations } from '../db/apply-migrations';
import { CypherLoader } from '../db/cypher-loader';
import { openNeo4j } from '../db/open-neo4j';
import { QueryRunner } from '../db/run-query';
import { loadDotEnv } from '../load-dot-env';
import { reportFatalError } from '../report-fatal-error';
import { MAX_TEXT_BYTES } from './document-input';
import { ingestDocument } from './ingest-document';

const USAGE = 'usage: npm run ingest:text -- <file> --id <id> --title <title> --lang de|en';
const log = (line: string) => console.log(line);

/** A problem with the command line or the file: printed as one line with the usage. */
class UsageError extends Error {}

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

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { id: { type: 'string' }, title: { type: 'string' }, lang: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  const missing = [!file && '<file>', !values.id && '--id', !values.title && '--title', !values.lang && '--lang'];
  if (missing.some(Boolean)) throw new UsageError(`missing ${missing.filter(Boolean).join(', ')}`);
  if (extra.length > 0) throw new UsageError(`one file at a time; also given: ${extra.join(' ')}`);
  if (!file || !values.id || !values.title || !values.lang) throw new UsageError('missing arguments');
  const text = readText(file);

  loadDotEnv();
  const config = loadConfig();
  const started = Date.now();
  const neo4j = await openNeo4j(config, log);
  try {
    const cypher = new CypherLoader();
    await applyMigrations(neo4j.driver, cypher, neo4j.connection.database);
    const queries = new QueryRunner(neo4j.driver, cypher, neo4j.connection.database);
    const report = await ingestDocument(
      queries,
      { id: values.id, title: values.title, language: values.lang, text },
      log,
    );
    log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Document "${report.documentId}":`);
    log(`  sentences            ${report.sentences}`);
    log(`  mentions linked      ${report.mentions}`);
    log(`  ambiguous mentions   ${report.ambiguousMentions} (left unlinked)`);
    log(`  suggested entities   ${report.suggestedEntities}`);
    log(`  suggested relations  ${report.suggestedRelations}`);
    log(`  already reviewed     ${report.alreadyReviewed} (not suggested again)`);
    log(`  already in the graph ${report.alreadyKnown} (relations not suggested)`);
    log('Review them with the suggestions query and the reviewSuggestion mutation.');
  } finally {
    await neo4j.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
  } else {
    reportFatalError(error);
  }
  process.exit(1);
});
