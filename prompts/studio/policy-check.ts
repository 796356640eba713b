// Chrome checks an extension's managed-storage policy against the extension's schema
// (public/managed_schema.json) and drops, with an error on chrome://policy, a value that does
// not fit. This is the same check, for the keywords Chrome's policy schema knows, so the studio
// never hands IT a policy Chrome would partly ignore.

/** A place in the policy that does not fit the schema: `packUrls[0]`, `pinnedKeys[1].packId`. */
export interface PolicyProblem {
  path: string;
  message: string;
}

type Schema = Record<string, unknown>;

const asSchema = (x: unknown): Schema | null =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Schema) : null;

const TYPE_WORDS: Record<string, string> = {
  string: 'text (a string)',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list ([...])',
  object: 'an object ({...})',
};

/** The schema type a JSON value has, as Chrome tells them apart (integer before number). */
function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const fits = (type: string, actual: string) =>
  type === actual || (type === 'number' && actual === 'integer');

const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function check(value: unknown, schema: Schema, path: string, out: PolicyProblem[]): void {
  const type = typeof schema.type === 'string' ? schema.type : null;
  const actual = typeOf(value);
  const where = path || '(the policy)';
  if (type && !fits(type, actual)) {
    out.push({
      path: where,
      message: `must be ${TYPE_WORDS[type] ?? type}, not ${TYPE_WORDS[actual] ?? actual}`,
    });
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    out.push({
      path: where,
      message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`,
    });
  if (typeof value === 'string' && typeof schema.pattern === 'string') {
    if (!new RegExp(schema.pattern, 'u').test(value))
      out.push({ path: where, message: `does not match the pattern ${schema.pattern}` });
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      out.push({ path: where, message: `must be at least ${schema.minimum}` });
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      out.push({ path: where, message: `must be at most ${schema.maximum}` });
  }
  if (Array.isArray(value)) {
    const items = asSchema(schema.items);
    if (items) for (const [i, v] of value.entries()) check(v, items, `${path}[${i}]`, out);
    return;
  }
  const object = asSchema(value);
  if (!object) return;
  const properties = asSchema(schema.properties) ?? {};
  for (const key of Array.isArray(schema.required) ? schema.required : [])
    if (typeof key === 'string' && !(key in object))
      out.push({ path: at(path, key), message: 'is required' });
  for (const [key, v] of Object.entries(object)) {
    const own = asSchema(properties[key]);
    if (own) {
      check(v, own, at(path, key), out);
      continue;
    }
    const patterns = Object.entries(asSchema(schema.patternProperties) ?? {}).filter(([p]) =>
      new RegExp(p, 'u').test(key),
    );
    for (const [, s] of patterns) check(v, asSchema(s) ?? {}, at(path, key), out);
    if (patterns.length > 0) continue;
    const extra = asSchema(schema.additionalProperties);
    if (extra) check(v, extra, at(path, key), out);
    else {
      const known = Object.keys(properties).join(', ');
      out.push({
        path: at(path, key),
        message: `is not a key of Attune's policy schema (${known}); Chrome would ignore it`,
      });
    }
  }
}

/** Every place `value` does not fit the managed-storage `schema`, as Chrome would find them. */
export function policyProblems(value: unknown, schema: unknown): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  check(value, asSchema(schema) ?? {}, '', out);
  return out;
}
