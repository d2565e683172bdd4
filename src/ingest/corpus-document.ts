import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectPaths } from '../project-paths';

/** A source text with its metadata, as shipped in data/corpus. */
export interface CorpusDocument {
  id: string;
  title: string;
  language: string;
  note: string;
  text: string;
}

interface CorpusMetadata {
  id: string;
  title: string;
  language: string;
  file: string;
  note?: string;
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
      return { id: meta.id, title: meta.title, language: meta.language, note: meta.note ?? '', text };
    });
}
