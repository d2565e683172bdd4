import path from 'node:path';
import { z } from 'zod';
import { UserFacingError } from './errors/user-facing.error';
import { projectPaths } from './project-paths';

/** Where the service finds Neo4j: a server the user runs, or the project-managed local one. */
export type Neo4jTarget =
  /** Without a password the driver connects without authentication (a Neo4j with auth off). */
  | { kind: 'external'; uri: string; user: string; password?: string; database: string }
  | { kind: 'local'; database: string };

export interface LocalNeo4jSettings {
  boltPort: number;
  home: string;
}

/** How the HTTP layer serves front ends on other origins, introspection and caches. */
export interface HttpSettings {
  /** Origins whose pages may read the API from a browser: `*` for any, or a list of exact origins. */
  corsOrigins: '*' | string[];
  /** Whether the schema answers introspection (GraphiQL's docs, codegen against the endpoint). */
  introspection: boolean;
  /** How long a client may reuse a GET answer before it asks again with its ETag, in seconds. */
  cacheMaxAgeSeconds: number;
  /** Memory for answers kept by the server (response-cache.ts), in bytes; 0 turns it off. */
  responseCacheBytes: number;
}

/** What the service serves when nothing is set: see the README's configuration table. */
export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  corsOrigins: '*',
  introspection: true,
  cacheMaxAgeSeconds: 10,
  responseCacheBytes: 64 * 1024 * 1024,
};

export interface Config {
  port: number;
  host: string;
  http: HttpSettings;
  neo4j: Neo4jTarget;
  /** The project-managed server: used when NEO4J_URI is unset, and by the db:* scripts. */
  localNeo4j: LocalNeo4jSettings;
  /** The bearer token mutations need; unset, mutations are off. */
  adminToken?: string;
  /** How far V8 lets the heap grow past what is live, in per cent (0: V8's own policy); see memory-policy.ts. */
  heapGrowingPercent: number;
}

/** One message per bad setting, each naming the variable. */
export class ConfigError extends UserFacingError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

/** A whole number from `min` to `max`; anything else is refused as "must be <what> from min to max". */
const wholeNumber = (fallback: number, min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .default(String(fallback))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
      error: (issue) => `must be ${what} from ${min} to ${max}, got "${String(issue.input)}"`,
    })
    .transform(Number);

const port = (fallback: number) => wholeNumber(fallback, 1, 65535, 'a port number');

const nonEmpty = (fallback?: string) => {
  const base = z.string().trim().min(1, { error: 'must not be empty' });
  return fallback === undefined ? base : base.default(fallback);
};

/** `*`, or origins separated by commas: each scheme://host[:port] exactly, as browsers send it. */
function parseOrigins(value: string): '*' | string[] | { error: string } {
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.length === 0) return { error: 'must be * or a comma-separated list of origins' };
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      return {
        error: `"${origin}" is not an origin: write scheme://host[:port] with no path or trailing slash, e.g. http://localhost:5173`,
      };
    }
  }
  return origins;
}

const booleanSetting = (fallback: boolean) =>
  z
    .string()
    .trim()
    .default(String(fallback))
    .refine((value) => /^(true|false)$/i.test(value), {
      error: (issue) => `must be true or false, got "${String(issue.input)}"`,
    })
    .transform((value) => value.toLowerCase() === 'true');

const environmentSchema = z.object({
  PORT: port(4000),
  HOST: nonEmpty('127.0.0.1').refine((value) => !/\s|\//.test(value), {
    error: (issue) => `must be a host name or IP address, got "${String(issue.input)}"`,
  }),
  NEO4J_URI: z
    .string()
    .trim()
    .optional()
    .refine((value) => value === undefined || value === '' || isNeo4jUri(value), {
      error: (issue) =>
        `must be a URI with scheme ${NEO4J_SCHEMES.join(', ')} and a host, got "${String(issue.input)}"`,
    }),
  NEO4J_USER: nonEmpty('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: nonEmpty('neo4j').refine((value) => /^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(value), {
    error: (issue) =>
      `must be a Neo4j database name (3-63 letters, digits, dots, dashes), got "${String(issue.input)}"`,
  }),
  LOCAL_NEO4J_BOLT_PORT: port(7687),
  LOCAL_NEO4J_HOME: nonEmpty(projectPaths.localNeo4jHome),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((value, context) => {
      const parsed = parseOrigins(value);
      if (typeof parsed === 'object' && 'error' in parsed) {
        context.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  GRAPHQL_INTROSPECTION: booleanSetting(true),
  HTTP_CACHE_MAX_AGE: wholeNumber(10, 0, 86_400, 'a number of seconds'),
  RESPONSE_CACHE_MB: wholeNumber(64, 0, 65_536, 'a number of megabytes'),
  HEAP_GROWING_PERCENT: wholeNumber(50, 0, 1000, 'a whole number of per cent'),
  KG_ADMIN_TOKEN: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^\S{16,}$/.test(value), {
      error: 'must be at least 16 characters with no white space (for example: openssl rand -hex 24)',
    }),
});

/** Every variable the service reads; .env.example documents each (a test checks it). */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape);

function isNeo4jUri(value: string): boolean {
  try {
    const url = new URL(value);
    return NEO4J_SCHEMES.includes(url.protocol.replace(/:$/, '')) && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Treats empty variables as unset, as a `.env` file with `NAME=` means "not given". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

/** Reads and validates the service's settings; throws ConfigError listing every bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `invalid setting ${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const settings = parsed.data;
  // A relative LOCAL_NEO4J_HOME is read from the project root, wherever the command runs.
  const localNeo4j = {
    boltPort: settings.LOCAL_NEO4J_BOLT_PORT,
    home: path.resolve(projectPaths.root, settings.LOCAL_NEO4J_HOME),
  };
  const admin = settings.KG_ADMIN_TOKEN !== undefined && { adminToken: settings.KG_ADMIN_TOKEN };
  const http: HttpSettings = {
    corsOrigins: settings.CORS_ORIGINS,
    introspection: settings.GRAPHQL_INTROSPECTION,
    cacheMaxAgeSeconds: settings.HTTP_CACHE_MAX_AGE,
    responseCacheBytes: Number(settings.RESPONSE_CACHE_MB) * 1024 * 1024,
  };
  if (settings.NEO4J_URI) {
    return {
      ...admin,
      port: settings.PORT,
      host: settings.HOST,
      http,
      neo4j: {
        kind: 'external',
        uri: settings.NEO4J_URI,
        user: settings.NEO4J_USER,
        ...(settings.NEO4J_PASSWORD !== undefined && { password: settings.NEO4J_PASSWORD }),
        database: settings.NEO4J_DATABASE,
      },
      localNeo4j,
      heapGrowingPercent: settings.HEAP_GROWING_PERCENT,
    };
  }
  return {
    ...admin,
    port: settings.PORT,
    host: settings.HOST,
    http,
    neo4j: { kind: 'local', database: settings.NEO4J_DATABASE },
    localNeo4j,
    heapGrowingPercent: settings.HEAP_GROWING_PERCENT,
  };
}
