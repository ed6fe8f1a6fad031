/** How a subscription is stopped: returned at once, whether or not the repository has loaded yet. */
type Stop = () => void;

/**
 * A repository whose code, and the schemas it checks records with, load on first use (a chunk of
 * its own, precached, so offline too): the fill screen, which never uses it, starts without it. Each
 * of the repository's methods is named with its kind (the type asks for every one): `async` ones are
 * forwarded once it has loaded; `watch` ones (whose last argument is the error callback and which
 * return how to stop) subscribe once it has loaded, and a failure to load reaches their error
 * callback. A live query that calls a forwarded method follows its reads as before.
 */
export function lazyRepo<R extends object>(
  load: () => Promise<R>,
  methods: Record<keyof R & string, 'async' | 'watch'>,
): R {
  let loading: Promise<R> | undefined;
  let repo: R | undefined;
  const loaded = () =>
    (loading ??= load().then(
      (r) => (repo = r),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const call = (loadedRepo: R, name: string, args: unknown[]): unknown =>
    (loadedRepo as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
  /** An async method's call: a throw becomes a rejection, as it would in the method itself. */
  const callAsync = (loadedRepo: R, name: string, args: unknown[]): unknown => {
    try {
      return call(loadedRepo, name, args);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const forwarded: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(methods))
    forwarded[name] =
      kind === 'async'
        ? (...args: unknown[]) =>
            // Loaded: called at once, so a live query sees its reads as its own. Not yet: the load is
            // awaited through Promise.resolve, which a live query's context follows (Dexie's rule for
            // non-Dexie promises in a querier).
            repo ? callAsync(repo, name, args) : Promise.resolve(loaded()).then((r) => call(r, name, args))
        : (...args: unknown[]): Stop => {
            let stop: Stop | undefined;
            let stopped = false;
            loaded().then(
              (r) => {
                if (!stopped) stop = call(r, name, args) as Stop;
              },
              (error: unknown) => !stopped && (args.at(-1) as (error: unknown) => void)(error),
            );
            return () => {
              stopped = true;
              stop?.();
            };
          };
  return forwarded as R;
}
