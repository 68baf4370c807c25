import readline from 'node:readline';

/** One input line: a parsed JSON object, or why it could not be read. */
export type InputLine = { ok: true; record: Record<string, unknown> } | { ok: false; id: unknown; error: string };

/** Reads JSON-object lines from stdin, skipping blank lines; a bad line is reported, not thrown. */
export async function* readJsonLines(): AsyncGenerator<InputLine> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('each line must be a JSON object');
      yield { ok: true, record: parsed as Record<string, unknown> };
    } catch (e) {
      yield { ok: false, id: null, error: e instanceof Error ? e.message : String(e) };
    }
  }
}

/** Writes one JSON line to stdout, waiting when the pipe is full. */
export async function writeJsonLine(out: Record<string, unknown>): Promise<void> {
  if (!process.stdout.write(JSON.stringify(out) + '\n')) {
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

/** Runs a handler and turns a throw into an {"id", "error"} line. */
export function safely(record: Record<string, unknown>, handle: (record: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  try {
    return handle(record);
  } catch (e) {
    return { id: record.id ?? null, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Reads JSON lines from stdin and writes one output line per input line. A line that is not JSON
 * or whose handler throws gives {"id", "error"} and the batch goes on.
 */
export async function mapJsonLines(handle: (record: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  for await (const line of readJsonLines()) {
    await writeJsonLine(line.ok ? safely(line.record, handle) : { id: line.id, error: line.error });
  }
}
