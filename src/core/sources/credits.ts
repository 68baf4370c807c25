import type { ArticleText, Credit } from '../annotations';
import { knownSource } from './known-sources';

const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){0,3}`;
const ORG = String.raw`\p{Lu}[\p{L}&.\-]*(?:\s(?:\p{Lu}[\p{L}&.\-]*|of|for)){0,4}?`;
// "ZAKERIA HASHIMI/AFP via Getty Images", "AP Photo/Evan Vucci", "Photo by X/Getty Images".
const SLASH_CREDIT = new RegExp(String.raw`(?:\b(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+by)?\s*:?\s*)?(${NAME})\s?/\s?(${ORG})(?:\s+via\s+(${ORG}))?(?=\s*[).;]?\s*$|\s*\))`, 'gu');
// "Jane Doe for The New York Times", "Photo by Jane Doe for Reuters".
const FOR_CREDIT = new RegExp(String.raw`\b(?:Photo|Photograph|Image|Credit)s?(?:\s+by)?\s*:?\s*(${NAME})\s+(?:for|via)\s+(${ORG})(?=\s*[).;]?\s*$)`, 'gu');
// "WASHINGTON (AP) —", "(Reuters) -": a wire dateline at the start of a paragraph.
const DATELINE = /^(?:\p{Lu}[\p{L}\p{M} .,'’-]{1,50}?\s)?\((AP|Reuters|AFP|UPI|dpa|Bloomberg|EFE|CNN|Xinhua|PA|CP)\)\s*[—–-]+/u;
// "Reuters contributed to this report", "Additional reporting by …", "(Reporting by …; Editing by …)".
const CONTRIBUTED = /\b((?:The\s+)?(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg(?: News)?|UPI|The Canadian Press|CNN))\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)/gu;
const REPORTING_BY = /\((?:Additional\s+)?[Rr]eporting by [^)]{3,160}\)/gu;

/** Writes an all-capitals name the usual way ("ZAKERIA HASHIMI" → "Zakeria Hashimi"). */
function properCase(name: string): string {
  if (name !== name.toUpperCase() || name.length <= 4) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function isAgencyPhoto(s: string): string | null {
  const m = /^(.+?)\s+(?:Photo|Photos|Images?)$/.exec(s);
  return m ? m[1]! : null;
}

/** Finds image credits (split into photographer, agency, distributor) and signs of a wire story. */
export function findCredits(article: ArticleText): Credit[] {
  const out: Credit[] = [];
  const { text } = article;
  for (const block of article.blocks) {
    const t = text.slice(block.start, block.end);
    SLASH_CREDIT.lastIndex = 0;
    for (let m = SLASH_CREDIT.exec(t); m; m = SLASH_CREDIT.exec(t)) {
      const [whole, first, second, via] = m as unknown as [string, string, string, string | undefined];
      // A credit stands in a caption or closes a paragraph; "Reuters/Libya" mid-sentence is not one.
      const closes = m.index + whole.length >= t.trimEnd().length - 1;
      if (block.kind !== 'caption' && !closes && !/^(?:Photo|Image|Credit)/.test(whole)) continue;
      const agencyFirst = isAgencyPhoto(first);
      const credit: Credit = { kind: 'image', start: block.start + m.index, end: block.start + m.index + whole.length, text: whole };
      if (agencyFirst) {
        credit.agency = knownSource(agencyFirst)?.name === 'Associated Press' ? 'AP' : agencyFirst;
        credit.photographer = properCase(second);
      } else {
        credit.photographer = properCase(first);
        credit.agency = second;
      }
      if (via) credit.distributor = via;
      // "AFP/Getty Images": an agency and its distributor, no photographer.
      if (!agencyFirst && knownSource(first)?.kind === 'agency' && !via) {
        delete credit.photographer;
        credit.agency = first;
        credit.distributor = second;
      }
      out.push(credit);
    }
    FOR_CREDIT.lastIndex = 0;
    for (let m = FOR_CREDIT.exec(t); m; m = FOR_CREDIT.exec(t)) {
      if (out.some((c) => c.start <= block.start + m!.index && c.end > block.start + m!.index)) continue;
      out.push({ kind: 'image', start: block.start + m.index, end: block.start + m.index + m[0].length, text: m[0], photographer: properCase(m[1]!), agency: m[2]! });
    }
    const d = DATELINE.exec(t);
    if (d) out.push({ kind: 'wire', start: block.start, end: block.start + d[0].length, text: d[0].trim(), agency: knownSource(d[1]!)?.name ?? d[1]! });
    CONTRIBUTED.lastIndex = 0;
    for (let m = CONTRIBUTED.exec(t); m; m = CONTRIBUTED.exec(t)) {
      out.push({ kind: 'wire', start: block.start + m.index, end: block.start + m.index + m[0].length, text: m[0], agency: knownSource(m[1]!)?.name ?? m[1]! });
    }
    REPORTING_BY.lastIndex = 0;
    for (let m = REPORTING_BY.exec(t); m; m = REPORTING_BY.exec(t)) {
      out.push({ kind: 'wire', start: block.start + m.index, end: block.start + m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
