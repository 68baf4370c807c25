import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Parses HTML into a linkedom Document typed as the DOM's Document. */
export function parsePage(html: string): Document {
  return (parseHTML(html) as unknown as { document: Document }).document;
}

/** Reads a file under tests/fixtures. */
export function readFixture(name: string): string {
  return fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures', name), 'utf8');
}
