import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectPaths } from '../project-paths';

/**
 * Reads Cypher from `cypher/<name>.cypher`, by name ("system/server-info"), once per name.
 * Queries take values only as $parameters: no query text is ever built from input.
 */
export class CypherLoader {
  private readonly cache = new Map<string, string>();

  constructor(private readonly root: string = projectPaths.cypher) {}

  load(name: string): string {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) {
      throw new Error(`invalid Cypher file name "${name}": use lower-case words, dashes and slashes`);
    }
    const file = path.join(this.root, `${name}.cypher`);
    if (!existsSync(file)) throw new Error(`no Cypher file ${path.relative(projectPaths.root, file)}`);
    const text = stripComments(readFileSync(file, 'utf8'));
    this.cache.set(name, text);
    return text;
  }

  /** The names of the files in one folder, sorted, e.g. the migrations of `setup`. */
  list(folder: string): string[] {
    const dir = path.join(this.root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith('.cypher'))
      .sort()
      .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
  }
}

/** Drops `//` line comments (outside strings) and blank lines, keeping the statements as written. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}

/** Splits a file of several statements at the semicolons that end lines. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
