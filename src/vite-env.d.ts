/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** When this build of the app was made (set by Vite's `define`; absent when code runs outside Vite). */
declare const __BUILD_ID__: string | undefined;

/** The sync server origins this installation's security policy allows (Vite's `define`; absent outside Vite). */
declare const __SYNC_ORIGINS__: string[] | undefined;
