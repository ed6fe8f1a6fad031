import { useEffect, useState } from 'react';

export type PromiseState<T> =
  { status: 'pending' } | { status: 'done'; value: T } | { status: 'error'; error: unknown };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Runs an async load when its inputs change; a result for older inputs reads as pending. */
export function usePromise<T>(load: () => Promise<T>, deps: readonly unknown[]): PromiseState<T> {
  const [settled, setSettled] = useState<{ deps: readonly unknown[]; state: PromiseState<T> }>();
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setSettled({ deps, state: { status: 'done', value } }),
      (error: unknown) => live && setSettled({ deps, state: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the inputs
  }, deps);
  return settled && sameDeps(settled.deps, deps) ? settled.state : { status: 'pending' };
}
