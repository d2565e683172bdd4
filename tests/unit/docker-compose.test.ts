import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES } from '../../src/config';
import { pinnedNeo4jVersion } from '../../src/local-neo4j/install-neo4j';
import { youngGenerationCap } from '../../src/local-neo4j/local-neo4j-server';
import { DEFAULT_SERVER_SETTINGS } from '../../src/local-neo4j/render-neo4j-conf';
import { projectPaths } from '../../src/project-paths';

/** The Compose Specification's JSON schema, as the dclint package ships it. */
const composeSpecSchema = JSON.parse(
  readFileSync(
    path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json'),
    'utf8',
  ),
) as Record<string, unknown>;

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  env_file?: { path: string; required?: boolean }[];
}

const compose = parse(readFileSync(path.join(projectPaths.root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const services = compose.services;

/**
 * A validator for the Compose Specification. Not strict: the schema uses annotations (deprecated)
 * and formats (duration) Ajv does not know, and names draft-07 by an https address Ajv files under
 * http, so that reference is left out.
 */
function composeValidator() {
  const { $schema: _draft07, ...schema } = composeSpecSchema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

describe('docker-compose.yml', () => {
  const validate = composeValidator();

  it('follows the Compose Specification', () => {
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it('is checked by a validator that does reject a wrong file', () => {
    const broken = { ...compose, services: { ...services, api: { ...services.api, ports: 4000, restart: 7 } } };
    expect(validate(broken)).toBe(false);
  });

  it('runs the Neo4j version line the project-managed server runs', () => {
    const [, tag] = (services.neo4j?.image ?? '').split(':');
    const [major, minor] = pinnedNeo4jVersion(projectPaths.neo4jPom).split('.');
    expect(tag).toBe(`${major}.${minor}-community`);
  });

  it('gives Neo4j the memory the project-managed server has, young generation cap included', () => {
    const environment = services.neo4j?.environment ?? {};
    expect(environment.NEO4J_server_memory_heap_max__size).toBe(DEFAULT_SERVER_SETTINGS.heap);
    expect(environment.NEO4J_server_memory_pagecache_size).toBe(DEFAULT_SERVER_SETTINGS.pageCache);
    expect(environment.NEO4J_server_jvm_additional).toBe(
      `-XX:MaxNewSize=${youngGenerationCap(DEFAULT_SERVER_SETTINGS.heap)}`,
    );
  });

  it('keeps Neo4j data in a named volume', () => {
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('takes the password from .env, never from the file itself', () => {
    expect(services.neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]*\}$/);
    expect(services.api?.env_file).toEqual([{ path: '.env', required: true }]);
    expect(services.api?.environment).not.toHaveProperty('NEO4J_PASSWORD');
  });

  it('builds the API from the repository and configures it with the service variables', () => {
    expect(services.api?.build).toBe('.');
    for (const name of Object.keys(services.api?.environment ?? {})) expect(CONFIG_VARIABLES).toContain(name);
  });
});

describe('.env.example', () => {
  const example = readFileSync(path.join(projectPaths.root, '.env.example'), 'utf8');

  it.each(CONFIG_VARIABLES)('documents %s', (name) => {
    expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('holds no password', () => {
    expect(example).toMatch(/^NEO4J_PASSWORD=$/m);
  });
});
