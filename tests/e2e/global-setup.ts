import { build } from 'vite';

/** Browser tests run against the production build, so the service worker is the real one. */
export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn' });
}
