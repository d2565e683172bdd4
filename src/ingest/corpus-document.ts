import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SourceDescription } from '../domain/source-description';
import { projectPaths } from '../project-paths';

/** A source text with its metadata, as shipped in data/corpus. */
export interface CorpusDocument {
  id: string;
  title: string;
  language: string;
  note: string;
  /** What the text is, and what is known of its original. */
  source: SourceDescription | null;
  text: string;
}

interface CorpusMetadata {
  id: string;
  title: string;
  language: string;
  file: string;
  note?: string;
  source?: SourceDescription;
}

/** Every document of data/corpus: one `<name>.meta.json` beside each text file. */
export function readCorpus(dir = projectPaths.corpus): CorpusDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.meta.json'))
    .sort()
    .map((file) => {
      const meta = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CorpusMetadata;
      // Normalised so offsets and quotes compare the same however the file was saved.
      const text = readFileSync(path.join(dir, meta.file), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
      const source = meta.source
        ? {
            ...meta.source,
            translatedFrom: meta.source.translatedFrom ?? null,
            known: meta.source.known ?? [],
            unknown: meta.source.unknown ?? [],
          }
        : null;
      return { id: meta.id, title: meta.title, language: meta.language, note: meta.note ?? '', source, text };
    });
}
