/**
 * What one tab tells the others of this browser: that everything stored was replaced by a restore.
 * A tab that does not know would keep showing (and could write back) what the restore replaced.
 */
const CHANNEL = 'cbrn-nap-builder';

type Listener = () => void;

let replaced = false;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type !== 'restored') return;
    replaced = true;
    for (const l of listeners) l();
  };
  return channel;
}

export const deviceEvents = {
  /** Starts listening (the app does at start). */
  listen: (): void => void open(),
  /** Tells the other tabs that a restore replaced everything. */
  announceRestore: (): void => open()?.postMessage({ type: 'restored' }),
  /** True once another tab restored a backup: this tab's data is out of date and must not be written. */
  replaced: (): boolean => replaced,
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
