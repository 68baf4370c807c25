/** When the content script started running (imported first, so it runs before anything else of ours). */
export const SCRIPT_START = performance.now();
