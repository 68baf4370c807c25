import { SCRIPT_START } from './script-start';

/**
 * Test builds only (dist-e2e): named moments of a run, in milliseconds since the content script's
 * first line, so the browser benchmark can say where the time to highlights goes. Release builds
 * compile the calls to nothing.
 */
const marks: Array<[string, number]> = [];

/** Notes that the run reached `label` now (e2e builds only). */
export function markForTests(label: string): void {
  if (!__E2E__) return;
  marks.push([label, Math.round((performance.now() - SCRIPT_START) * 10) / 10]);
}

/** The moments noted so far, and forgets them (e2e builds only). */
export function takeMarksForTests(): Array<[string, number]> {
  return marks.splice(0);
}
