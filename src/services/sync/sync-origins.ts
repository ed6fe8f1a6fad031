/** The sync server origins this installation allows (named at build time; none: files only). */
export const SYNC_ORIGINS: readonly string[] =
  typeof __SYNC_ORIGINS__ === 'undefined' ? [] : __SYNC_ORIGINS__;
