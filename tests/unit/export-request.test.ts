import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../../src/export/atomic-file';
import { ExportInputError, parseExportRequest } from '../../src/export/export-request';
import { temporaryFolder } from '../helpers/temporary-folder';

describe('an export request', () => {
  it('reads the format, entity types, years and whether to include suggestions', () => {
    expect(
      parseExportRequest({
        format: 'gexf',
        types: 'person, Treaty',
        from: '1850',
        to: '1860',
        includeSuggested: 'true',
      }),
    ).toEqual({ format: 'gexf', entityTypes: ['PERSON', 'TREATY'], from: 1850, to: 1860, includeSuggested: true });
    expect(parseExportRequest({ format: 'csv.zip' })).toEqual({
      format: 'csv.zip',
      entityTypes: null,
      from: null,
      to: null,
      includeSuggested: false,
    });
  });

  it.each([
    [{ format: undefined }, 'format', 'missing'],
    [{ format: 'xlsx' }, 'format', 'unknown format "xlsx"'],
    [{ format: 'ttl', types: 'PERSON,KING' }, 'types', 'unknown entity type "KING"'],
    [{ format: 'ttl', from: 'eighteen' }, 'from', 'not a year'],
    [{ format: 'ttl', to: '1858.5' }, 'to', 'not a year'],
    [{ format: 'ttl', from: '1860', to: '1850' }, 'to', 'wrong way round'],
    [{ format: 'ttl', includeSuggested: 'yes' }, 'includeSuggested', 'neither true nor false'],
  ])('refuses %j, naming %s', (parameters, parameter, words) => {
    let thrown: unknown;
    try {
      parseExportRequest(parameters);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExportInputError);
    expect((thrown as ExportInputError).parameter).toBe(parameter);
    expect((thrown as ExportInputError).message).toContain(words);
  });
});

describe('writing an export file', () => {
  it('leaves nothing behind when the export fails half-way, and the old file as it was', async () => {
    const directory = temporaryFolder('export-');
    const target = path.join(directory, 'graph.gexf');
    writeFileSync(target, 'the export of yesterday');
    await expect(
      writeAtomically(target, async (out) => {
        // Some of the file is written before the graph stops answering.
        await new Promise<void>((resolve) => out.write('<gexf>'.repeat(10_000), () => resolve()));
        throw new Error('Neo4j went away');
      }),
    ).rejects.toThrow('Neo4j went away');
    expect(readdirSync(directory)).toEqual(['graph.gexf']);
    expect(readFileSync(target, 'utf8')).toBe('the export of yesterday');
  });

  it('gives the file its name only when it is whole', async () => {
    const directory = temporaryFolder('export-');
    const target = path.join(directory, 'graph.ttl');
    const result = await writeAtomically(target, (out) => {
      out.write('@prefix schema: <https://schema.org/>.\n');
      expect(existsSync(target)).toBe(false);
      return Promise.resolve(7);
    });
    expect(result).toBe(7);
    expect(readFileSync(target, 'utf8')).toContain('@prefix');
    expect(readdirSync(directory)).toEqual(['graph.ttl']);
  });
});
