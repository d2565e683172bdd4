/**
 * CSV for Palladio and Gephi's spreadsheet import, zipped (archiver): `nodes.csv` (Id, Label and
 * NODE_COLUMNS) and `edges.csv` (Source, Target, Type, Id, Label and EDGE_COLUMNS), written by
 * csv-stringify row by row as they are read.
 */
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import archiver from 'archiver';
import { stringify } from 'csv-stringify';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../export-columns';
import { writeWaiting, type ExportSource } from '../export-sink';

async function writeCsv<T>(
  archive: archiver.Archiver,
  name: string,
  first: { header: string; value: (item: T) => string }[],
  columns: readonly Column<T>[],
  items: AsyncIterable<T>,
): Promise<void> {
  const csv = stringify({
    header: true,
    columns: [...first.map((column) => column.header), ...columns.map((column) => column.id)],
  });
  archive.append(csv, { name });
  for await (const item of items) {
    await writeWaiting(csv, [
      ...first.map((column) => column.value(item)),
      ...columns.map((column) => {
        const value = column.value(item);
        return value === null ? '' : String(value);
      }),
    ]);
  }
  csv.end();
  await finished(csv);
}

export async function writeCsvZip(source: ExportSource, out: Writable): Promise<void> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    archive.on('error', reject);
    archive.on('end', resolve);
  });
  archive.pipe(out, { end: false });
  await writeCsv(
    archive,
    'nodes.csv',
    [
      { header: 'Id', value: (entity) => entity.id },
      { header: 'Label', value: (entity) => entity.name },
    ],
    NODE_COLUMNS,
    source.entities(),
  );
  await writeCsv(
    archive,
    'edges.csv',
    [
      { header: 'Source', value: (relation) => relation.source.id },
      { header: 'Target', value: (relation) => relation.target.id },
      { header: 'Type', value: () => 'Directed' },
      { header: 'Id', value: (relation) => relation.id },
      { header: 'Label', value: (relation) => relation.type },
    ],
    EDGE_COLUMNS,
    source.relations(),
  );
  await archive.finalize();
  await done;
}
