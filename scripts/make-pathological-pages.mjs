// Pathological pages for the browser tests (tests/e2e/pathological.test.ts): a 5 MB article, 50,000
// elements, 200-deep nesting, 10,000 quotation marks, an article in an open shadow root, one in a
// same-origin iframe, a right-to-left article, a non-English article and a page served with a
// strict Content-Security-Policy. Made at test time (nothing big is committed) from the seed
// article in tests/fixtures and from text written here.
//
// As a module: makePathologicalPages() returns the pages (route, html, headers) for the harness
// server. From the command line: node scripts/make-pathological-pages.mjs [OUT_DIR] writes them
// (default .tmp/pathological) with a headers.json for the pages that need headers.
import fs from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/** The seed article's paragraphs (tests/fixtures/bagram-article.txt). */
function seedParagraphs() {
  const text = fs.readFileSync(path.join(root, 'tests/fixtures/bagram-article.txt'), 'utf8');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

const HEADLINE = 'Last US And NATO Forces Leave Bagram Airbase In Afghanistan';

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function page({ title, lang = 'en', dir, head = '', body }) {
  return `<!DOCTYPE html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:site_name" content="Pathological Times">
${head}
</head>
<body>
<header><a href="/">Pathological Times</a> <nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
${body}
<footer><p>© 2024 Pathological Times</p></footer>
</body>
</html>
`;
}

function article(paragraphs, { headline = HEADLINE, byline = 'By Jane Doe' } = {}) {
  return `<article><h1>${escapeHtml(headline)}</h1><p class="byline">${escapeHtml(byline)}</p>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>`;
}

/** A 5 MB page: the seed article's paragraphs over and over (about 800,000 words). */
function bigArticle(paras) {
  const target = 5 * 1024 * 1024;
  const out = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    size += p.length + 8;
  }
  return page({ title: HEADLINE, body: article(out) });
}

/** 50,000 elements and more: the article with every word in a span, and a huge comment section and link list. */
function manyElements(paras) {
  const words = paras.map((p) => `<p>${p.split(' ').map((w) => `<span>${escapeHtml(w)}</span>`).join(' ')}</p>`).join('\n');
  let count = 0;
  const comments = [];
  const links = [];
  // Each comment is 4 elements, each link item 2; the article and page add a few thousand more.
  for (let i = 0; count < 50_000; i++) {
    comments.push(`<div class="comment"><span class="user">reader${i}</span><p>Comment ${i}: <b>agreed</b></p></div>`);
    links.push(`<li><a href="/story/${i}">Story ${i}</a></li>`);
    count += 6;
  }
  const body = `<main><article><h1>${escapeHtml(HEADLINE)}</h1>${words}</article>
<aside><ul class="related">${links.join('')}</ul></aside></main>
<section class="comments"><h3>Comments</h3>${comments.join('')}</section>`;
  return page({ title: HEADLINE, body });
}

/** The article 200 elements deep, with its paragraphs at different depths below that. */
function deepNesting(paras) {
  const depth = 200;
  const open = Array.from({ length: depth }, (_, i) => `<div class="wrap-${i}">`).join('');
  const close = '</div>'.repeat(depth);
  const inner = paras.map((p, i) => `${'<div>'.repeat(i % 5)}<p>${escapeHtml(p)}</p>${'</div>'.repeat(i % 5)}`).join('\n');
  return page({ title: HEADLINE, body: `${open}<article><h1>${escapeHtml(HEADLINE)}</h1>${inner}</article>${close}` });
}

/** 10,000 quotation marks: 5,000 short attributed quotes in straight and curly marks. */
function manyQuotes() {
  const names = ['Fawad Aman', 'Zabihullah Mujahid', 'Maria Lopez', 'John Smith', 'Angela Davis'];
  const paras = [];
  let marks = 0;
  for (let p = 0; marks < 10_000; p++) {
    const parts = [];
    for (let q = 0; q < 10 && marks < 10_000; q++, marks += 2) {
      const [open, close] = q % 2 ? ['“', '”'] : ['"', '"'];
      parts.push(`${open}We will decide number ${p * 10 + q},${close} ${names[(p + q) % names.length]} said.`);
    }
    paras.push(parts.join(' '));
  }
  return page({ title: 'Officials Answer Questions About The Handover', body: article(paras, { headline: 'Officials Answer Questions About The Handover' }) });
}

/** The article inside an open shadow root (declarative, so no script is needed). */
function shadowRoot(paras) {
  const body = `<main><p>Our story follows.</p><div id="story-host"><template shadowrootmode="open"><style>p{font-family:Georgia,serif}</style>${article(paras)}</template></div></main>`;
  return page({ title: HEADLINE, body });
}

/** A page whose article is in a same-origin iframe, and the iframe's page. */
function iframePages(paras) {
  const outer = page({
    title: HEADLINE,
    body: `<main><p>Our story follows.</p><iframe src="/pathological/iframe-article.html" title="Story" style="width:100%;height:3000px;border:0"></iframe></main>`,
  });
  const inner = page({ title: HEADLINE, body: article(paras) });
  return { outer, inner };
}

// A news report in Arabic, written for these tests.
const ARABIC = [
  'غادرت آخر القوات الأمريكية وقوات حلف شمال الأطلسي قاعدة باغرام الجوية، مركز المهمة الأجنبية في أفغانستان، في عملية تسليم تاريخية تمثل نهاية صراع استمر قرابة عقدين.',
  'وقال المتحدث باسم وزارة الدفاع فؤاد أمان على تويتر إن القاعدة سلمت رسميا إلى وزارة الدفاع الوطني، وإن الجيش الأفغاني سيحميها ويستخدمها في مكافحة الإرهاب.',
  'وأكد مصدران أمريكيان لوكالة أسوشيتد برس أن تسليم أكبر مطار في أفغانستان جرى من دون أي مراسم، في حين رحبت حركة طالبان بالانسحاب.',
  'وكانت القاعدة، التي تقع على بعد ساعة بالسيارة شمال كابول، قد استضافت أكثر من مئة ألف جندي أجنبي في ذروة الحرب.',
  'وقال متحدث باسم طالبان إن وجود القوات الأجنبية كان سببا لاستمرار القتال في البلاد، وإن انسحابها خطوة إيجابية.',
];

// The same report in German, written for these tests.
const GERMAN = [
  'Die letzten amerikanischen Truppen und die Soldaten der NATO haben den Luftwaffenstützpunkt Bagram verlassen, das Zentrum des ausländischen Einsatzes in Afghanistan.',
  'Der Sprecher des Verteidigungsministeriums, Fawad Aman, sagte auf Twitter, der Stützpunkt sei offiziell an das Ministerium übergeben worden und werde nun von der afghanischen Armee geschützt.',
  'Zwei amerikanische Quellen bestätigten der Nachrichtenagentur AP, dass die Übergabe des größten Flugplatzes des Landes ohne jede Zeremonie stattgefunden habe.',
  'Der Stützpunkt liegt etwa eine Autostunde nördlich von Kabul und beherbergte auf dem Höhepunkt des Krieges mehr als hunderttausend ausländische Soldaten.',
  '„Die Anwesenheit ausländischer Truppen war ein Grund für die Fortsetzung der Kämpfe“, sagte ein Sprecher der Taliban am Freitag dem Sender CNN.',
];

/** A strict Content-Security-Policy: no script, style, image, font or connection of any kind. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * The pathological pages: name, route on the test server, html, extra response headers, and what
 * the page stresses. Also the pages they load (the iframe's article).
 */
export function makePathologicalPages() {
  const paras = seedParagraphs();
  const frames = iframePages(paras);
  const pages = [
    { name: '5mb-article', html: bigArticle(paras), what: 'a 5 MB article (about 800,000 words)' },
    { name: '50k-elements', html: manyElements(paras), what: '50,000 elements' },
    { name: '200-deep', html: deepNesting(paras), what: 'an article 200 elements deep' },
    { name: '10k-quotes', html: manyQuotes(), what: '10,000 quotation marks' },
    { name: 'shadow-root', html: shadowRoot(paras), what: 'the article in an open shadow root' },
    { name: 'iframe', html: frames.outer, what: 'the article in a same-origin iframe' },
    { name: 'rtl', html: page({ title: 'القوات الأجنبية تغادر قاعدة باغرام', lang: 'ar', dir: 'rtl', body: article([...ARABIC, ...ARABIC], { headline: 'القوات الأجنبية تغادر قاعدة باغرام', byline: 'بقلم سارة أحمد' }) }), what: 'a right-to-left (Arabic) article' },
    { name: 'german', html: page({ title: 'Letzte NATO-Truppen verlassen Bagram', lang: 'de', body: article([...GERMAN, ...GERMAN], { headline: 'Letzte NATO-Truppen verlassen Bagram', byline: 'Von Anna Schmidt' }) }), what: 'a non-English (German) article' },
    { name: 'csp-strict', html: page({ title: HEADLINE, body: article(paras) }), headers: { 'content-security-policy': STRICT_CSP }, what: 'a page with a strict Content-Security-Policy' },
  ].map((p) => ({ ...p, route: `/pathological/${p.name}.html` }));
  const resources = [{ route: '/pathological/iframe-article.html', html: frames.inner }];
  return { pages, resources };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = path.resolve(process.argv[2] ?? path.join(root, '.tmp/pathological'));
  fs.mkdirSync(out, { recursive: true });
  const { pages, resources } = makePathologicalPages();
  const headers = {};
  for (const p of [...pages, ...resources]) {
    fs.writeFileSync(path.join(out, path.basename(p.route)), p.html);
    if (p.headers) headers[path.basename(p.route)] = p.headers;
    console.log(`${path.basename(p.route)}: ${(Buffer.byteLength(p.html) / 1024).toFixed(0)} KB${p.what ? ` (${p.what})` : ''}`);
  }
  fs.writeFileSync(path.join(out, 'headers.json'), JSON.stringify(headers, null, 2));
  console.log(`written to ${out}`);
}
