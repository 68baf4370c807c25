import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotesInText } from '../core/quotes/index';
import { summarizeText } from '../core/summary/index';
import { annotationsToMarkdown } from '../core/report/markdown';
import { registerModelsFrom } from './node-models';
import { mapJsonLines } from './jsonl';
import { runEntitiesJsonl } from './entities-command';
import { annotateHtml } from './page-pipeline';
import { bakeHighlights } from './bake-highlights';
import { toQuoteRecord } from './quote-record';

const USAGE = `pressmark: annotate news articles (quotes, speakers, entities, summary, cited sources)

usage:
  pressmark annotate PAGE.html [--url URL] [--format text|json|html] [--sentences N]
  pressmark annotate --jsonl        stdin {"id","html","url"?}  -> stdout {"id", ...Annotations}
  pressmark entities --jsonl        stdin {"tokens":[...]}      -> stdout {"tags":[...]} (IOB2)
  pressmark quotes --jsonl          stdin {"id","text"}         -> stdout {"id","quotes":[...]}
  pressmark summarize --jsonl       stdin {"id","article"}      -> stdout {"id","summary":[...]}

options:
  --url URL        the page's address (for metadata and links)
  --format F       text (a readable report, default), json (the Annotations), html (the page with
                   the highlights baked in, self-contained)
  --sentences N    summary length, 1 to 5 (default 3)
  --models DIR     where the model files are (default: the package's models/ folder)
`;

/** Parsed command-line arguments. */
interface Args {
  command: string | null;
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  const valued = new Set(['--url', '--format', '--sentences', '--models']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (valued.has(a)) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        flags.set(a, v);
      } else flags.set(a, true);
    } else if (a === '-h') flags.set('--help', true);
    else positional.push(a);
  }
  return { command: positional.shift() ?? null, positional, flags };
}

class UsageError extends Error {}

function flag(args: Args, name: string): string | null {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : null;
}

function sentencesOption(args: Args): number {
  const raw = flag(args, '--sentences');
  if (raw === null) return 3;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UsageError('--sentences takes a whole number from 1 to 5');
  return n;
}

function requireString(record: Record<string, unknown>, key: string): string {
  const v = record[key];
  if (typeof v !== 'string') throw new Error(`"${key}" must be a string`);
  return v;
}

async function runAnnotate(args: Args): Promise<number> {
  const sentences = sentencesOption(args);
  if (args.flags.has('--jsonl')) {
    await mapJsonLines((record) => {
      const html = requireString(record, 'html');
      const url = typeof record.url === 'string' ? record.url : null;
      const result = annotateHtml(html, url, sentences);
      // The page's metadata is still worth having when it holds no article.
      if (!result.ok) return { id: record.id ?? null, error: `no article found: ${result.reason}`, metadata: result.metadata };
      return { id: record.id ?? null, ...result.annotations };
    });
    return 0;
  }
  const file = args.positional[0];
  if (!file) throw new UsageError('annotate needs PAGE.html (or --jsonl)');
  if (!fs.existsSync(file)) {
    process.stderr.write(`pressmark: no such file: ${file}\n`);
    return 1;
  }
  const format = flag(args, '--format') ?? 'text';
  if (!['text', 'json', 'html'].includes(format)) throw new UsageError('--format is text, json or html');
  const html = fs.readFileSync(file, 'utf8');
  const result = annotateHtml(html, flag(args, '--url'), sentences);
  if (!result.ok) {
    process.stderr.write(`pressmark: no article found in ${file}: ${result.reason}\n`);
    return 3;
  }
  if (format === 'json') process.stdout.write(JSON.stringify(result.annotations, null, 2) + '\n');
  else if (format === 'html') {
    bakeHighlights(result.document, result.article, result.annotations);
    process.stdout.write('<!DOCTYPE html>\n' + result.document.documentElement.outerHTML + '\n');
  } else process.stdout.write(annotationsToMarkdown(result.annotations));
  return 0;
}

function requireJsonl(args: Args): void {
  if (!args.flags.has('--jsonl')) throw new UsageError(`${args.command} reads JSON lines: add --jsonl`);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.has('--help') || !args.command || args.command === 'help') {
    process.stdout.write(USAGE);
    return args.command || args.flags.has('--help') ? 0 : 2;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  registerModelsFrom(flag(args, '--models') ?? process.env.PRESSMARK_MODELS ?? path.resolve(here, '../../models'));
  switch (args.command) {
    case 'annotate':
      return runAnnotate(args);
    case 'entities':
      requireJsonl(args);
      await runEntitiesJsonl();
      return 0;
    case 'quotes':
      requireJsonl(args);
      await mapJsonLines((record) => ({ id: record.id ?? null, quotes: findQuotesInText(requireString(record, 'text')).map(toQuoteRecord) }));
      return 0;
    case 'summarize': {
      requireJsonl(args);
      const n = sentencesOption(args);
      await mapJsonLines((record) => ({ id: record.id ?? null, summary: summarizeText(requireString(record, 'article'), n) }));
      return 0;
    }
    default:
      throw new UsageError(`unknown command: ${args.command}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`pressmark: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`pressmark: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
