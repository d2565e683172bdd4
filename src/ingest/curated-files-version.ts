import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STORAGE_MODEL_VERSION } from '../graph/model';
import { projectPaths } from '../project-paths';

/**
 * The version of the curated data: a hash of its input files (the corpus and the annotations with
 * their schemas) and of the storage model's version. Computed without building the graph, so a
 * start whose graph is current spends no time on it; when it differs from the loaded one, the graph
 * is built and loaded again. A change to how the graph is built from the files (segmentation,
 * linking) must raise STORAGE_MODEL_VERSION.
 */
export function curatedFilesVersion(
  folders: readonly string[] = [projectPaths.corpus, projectPaths.annotations],
  modelVersion: number = STORAGE_MODEL_VERSION,
): string {
  const hash = createHash('sha256').update(`model ${modelVersion}\n`);
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      hash.update(`${path.basename(folder)}/${name}\n`).update(readFileSync(path.join(folder, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
