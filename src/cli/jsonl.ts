import readline from 'node:readline';

/**
 * Reads JSON lines from stdin and writes one output line per input line. A line that is not JSON
 * or whose handler throws gives {"id", "error"} and the batch goes on.
 */
export async function mapJsonLines(
  handle: (record: Record<string, unknown>, lineNo: number) => Record<string, unknown>,
): Promise<{ lines: number; errors: number }> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    lines++;
    let record: Record<string, unknown> | null = null;
    let out: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('each line must be a JSON object');
      record = parsed as Record<string, unknown>;
      out = handle(record, lines);
    } catch (e) {
      errors++;
      out = { id: record?.id ?? null, error: e instanceof Error ? e.message : String(e) };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  }
  return { lines, errors };
}
