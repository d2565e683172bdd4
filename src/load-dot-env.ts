import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-paths';

/**
 * Reads `.env` at the project root into process.env when the file exists. Variables already set
 * in the environment win, as with Docker Compose.
 */
export function loadDotEnv(file = path.join(PROJECT_ROOT, '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
