// Ids come from packs and backups, so they are data, never property names: an id such as
// `constructor` or `__proto__` must read and write like any other. Maps keyed by ids are `Map`s,
// or plain records read and written through these helpers.
import * as v from 'valibot';

/** An empty record with no prototype: no key is inherited, `__proto__` is an ordinary key. */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const [k, value] of entries) out[k] = value;
  return out;
}

/** A copy of a record (stored rows come back with `Object.prototype`) with no prototype. */
export const ownCopy = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  idRecord(Object.entries(record));

/** The value stored under `key` itself, never one inherited from `Object.prototype`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

type Issue = v.BaseIssue<unknown>;
type Dataset = v.OutputDataset<unknown, Issue>;
type Run = (dataset: v.UnknownDataset, config: v.Config<Issue>) => Dataset;

/**
 * `v.record` that keeps every key. valibot's own record silently skips `__proto__`, `prototype`
 * and `constructor` (its `_isValidObjectKey`), so a backup's rating under `constructor` would be
 * dropped without a word; here each key is checked like any other and the output has no prototype.
 */
export function idRecordSchema<
  const TKey extends v.GenericSchema<string, string>,
  const TValue extends v.GenericSchema,
>(key: TKey, value: TValue) {
  const base = v.record(key, value);
  const run: Run = (dataset, config) => {
    const input = dataset.value;
    // Not an object: the record's own check reports it.
    if (!input || typeof input !== 'object')
      return (base['~run'] as unknown as Run)(dataset, config);
    const out: Record<string, unknown> = Object.create(null);
    let typed = true;
    const issues: Issue[] = [];
    for (const k of Object.keys(input)) {
      const entry = (input as Record<string, unknown>)[k];
      for (const [origin, schema, checked] of [
        ['key', key, k],
        ['value', value, entry],
      ] as const) {
        const result = (schema['~run'] as unknown as Run)({ value: checked }, config);
        if (!result.typed) typed = false;
        for (const issue of (result.issues ?? []) as Issue[]) {
          const at = { type: 'object', origin, input, key: k, value: entry } as const;
          Object.assign(issue, { path: issue.path ? [at, ...issue.path] : [at] });
          issues.push(issue);
        }
        if (origin === 'value') out[k] = result.value;
      }
      if (issues.length > 0 && config.abortEarly) break;
    }
    if (issues.length > 0)
      return Object.assign(dataset, { typed: false, value: out, issues }) as Dataset;
    return Object.assign(dataset, { typed, value: out }) as Dataset;
  };
  const schema = { ...base, reference: idRecordSchema, '~run': run } as unknown as typeof base;
  return Object.assign(schema, {
    '~standard': { ...base['~standard'], validate: (x: unknown) => run({ value: x }, {}) },
  }) as typeof base;
}
