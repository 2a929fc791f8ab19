/** The CLI's version, injected by the build (tsup `define`). */
declare const __STATECRAFT_VERSION__: string;
