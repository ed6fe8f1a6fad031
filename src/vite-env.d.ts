/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** When this build of the app was made (set by Vite's `define`; absent when code runs outside Vite). */
declare const __BUILD_ID__: string | undefined;
