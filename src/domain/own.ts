/**
 * The value a record holds under a key that came from a file, never one inherited from
 * Object.prototype: an option or column id such as "constructor" must not find a function.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
