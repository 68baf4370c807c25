/** Build-time flags set by build.mjs (esbuild `define`). */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in the dist-e2e test builds: enables the test hook that opens the popup as a tab. */
declare const __E2E__: boolean;
declare const __VERSION__: string;
