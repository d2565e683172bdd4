/**
 * Generated GraphQL requests for fuzzing the API, built from its schema: random root fields with
 * random selections (sometimes nested far deeper than allowed), arguments of the right type or of
 * the wrong one (huge numbers, odd Unicode, nulls, objects), unknown fields, and text-level
 * mutations of the query that break its syntax.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export interface FuzzRequest {
  query: string;
  variables?: Record<string, unknown>;
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u200b\u200e\u202e',
  '𝔐𝔲𝔯𝔞𝔴𝔧𝔬𝔴',
  '🦀🇷🇺🇨🇳',
  'Ａｍｕｒ',
  'a\u0301\u0301\u0301',
  '\ud800',
  '\udfff x',
  '"; MATCH (n) DETACH DELETE n; //',
  "' OR 1=1 --",
  '*:*',
  'name:* AND NOT x',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'x'.repeat(201),
  'Murawjow',
  'amur',
  'treaty-of-aigun',
];

const ODD_NUMBERS = [0, -1, 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 0.5, 1e-9];

/** A JSON value of any shape, for arguments of the wrong type. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...ODD_STRINGS, ...ODD_NUMBERS, null, true, false, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.constantFrom<unknown>('amur', 1, null), { maxLength: 5 }),
);

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 120 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value as unknown));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.constantFrom(...ODD_NUMBERS.filter(Number.isInteger)), fc.integer({ min: -5, max: 1500 }));
      case 'Float':
        return fc.constantFrom(...ODD_NUMBERS);
      case 'Boolean':
        return fc.boolean();
      default:
        return fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'grapheme', maxLength: 30 }));
    }
  }
  return anyValue;
}

/**
 * An argument's value. Valid requests get a value of the argument's type (odd ones included:
 * huge numbers, odd Unicode), and required arguments always; hostile requests also get values of
 * any type, or none.
 */
function argumentValue(argument: GraphQLArgument, valid: boolean): fc.Arbitrary<unknown> {
  if (valid) {
    return isNonNullType(argument.type)
      ? valueOf(argument.type)
      : fc.oneof({ weight: 3, arbitrary: valueOf(argument.type) }, { weight: 1, arbitrary: fc.constant(undefined) });
  }
  return fc.oneof(
    { weight: 6, arbitrary: valueOf(argument.type) },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** A selection of an object type's fields, nested up to `depth` levels. */
function selectionOf(type: GraphQLObjectType, depth: number, valid: boolean): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields());
  const field = fc.constantFrom(...fields).chain((chosen) => fieldSelection(chosen, depth, valid));
  return (
    fc
      // Wide near the root, a single chain deeper down: deep queries stay small.
      .array(field, { minLength: 1, maxLength: depth > 3 ? 1 : 4 })
      .chain((parts) =>
        valid
          ? fc.constant(parts)
          : fc.option(fc.constant('noSuchField'), { freq: 4 }).map((extra) => [...parts, extra ?? '']),
      )
      .map((parts) => `{ ${parts.join(' ')} }`)
  );
}

function fieldSelection(field: GraphQLField<unknown, unknown>, depth: number, valid: boolean): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  const args = field.args.length
    ? fc.tuple(...field.args.map((arg) => argumentValue(arg, valid).map((value) => [arg.name, value] as const)))
    : fc.constant([] as (readonly [string, unknown])[]);
  const sub = isObjectType(named)
    ? depth <= 0
      ? fc.constant('{ __typename }')
      : selectionOf(named, depth - 1, valid)
    : fc.constant('');
  return fc.tuple(args, sub).map(([given, selection]) => {
    const printed = given
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${literal(value)}`)
      .join(', ');
    return `${field.name}${printed ? `(${printed})` : ''} ${selection}`;
  });
}

/** A JSON value as a GraphQL literal (enum values are bare words). */
function literal(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}: ${literal(inner)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && /^[A-Z][A-Z_]+$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}

/** Breaks a query's text: cuts, repeats or inserts characters. */
function mutated(query: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat({ max: Math.max(0, query.length - 1) }),
      fc.nat({ max: 20 }),
      fc.constantFrom('{', '}', '(', ')', '"', '\\', '$', '@', '…', '\u0000', '\ud83e', '#', '...', 'query'),
    )
    .chain(([at, length, inserted]) =>
      fc.constantFrom(
        query.slice(0, at) + query.slice(at + length),
        query.slice(0, at) + inserted.repeat(length + 1) + query.slice(at),
        query.slice(0, at) + query.slice(at, at + length).repeat(50) + query.slice(at + length),
      ),
    );
}

/** Requests: well-formed queries of the schema's roots, some deep, some broken by mutation. */
export function fuzzRequests(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((type) => type !== null && type !== undefined);
  const operation = (valid: boolean) =>
    fc
      .tuple(
        fc.constantFrom(...roots),
        valid
          ? fc.integer({ min: 0, max: 3 })
          : fc.oneof(
              { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) },
              { weight: 1, arbitrary: fc.constant(25) },
            ),
      )
      .chain(([root, depth]) =>
        selectionOf(root, depth, valid).map((selection) =>
          root === schema.getMutationType() ? `mutation ${selection}` : selection,
        ),
      );
  return fc.oneof(
    { weight: 5, arbitrary: operation(true).map((query) => ({ query })) },
    { weight: 2, arbitrary: operation(false).map((query) => ({ query })) },
    {
      weight: 2,
      arbitrary: operation(true)
        .chain(mutated)
        .map((query) => ({ query })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(operation(true), fc.dictionary(fc.string({ maxLength: 8 }), anyValue, { maxKeys: 3 }))
        .map(([query, variables]) => ({ query, variables })),
    },
  );
}
