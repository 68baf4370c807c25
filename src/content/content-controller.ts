import type { LaterParts } from '../core/annotate';
import type { Annotations, Entity, Metadata, Span } from '../core/annotations';
import { highlightLayers, type HighlightCategory } from '../core/highlight-layers';
import type { ContentReport, CoreReply, CoreRequest, CoreRestReply, PageState, ToContent } from '../messages';
import type { DomArticleText } from '../page/dom-article-text';
import type { Settings } from '../shared/settings-schema';
import { cardItems, entityItem, type CardItem } from './card-content';
import { reportForTests } from './e2e-report';
import { markForTests, takeMarksForTests } from './e2e-marks';
import { CARD_HOST_TAG, HoverCard } from './hover-card';
import { HoverTracker } from './hover-tracker';
import { articleScopeElement, scopeSelector } from './highlight-scope';
import type { Lifecycle } from './lifecycle';
import { MARK_TAG } from './mark-painter';
import { PageWatcher } from './page-watcher';
import type { Painter, PointHits } from './painter';
import { runPipeline } from './run-pipeline';
import { stepIndex, type LayerSpans } from './span-index';

/** The reader's settings as the content script reads them. */
export interface SettingsSource {
  load(): Promise<Settings>;
  watch(listener: (s: Settings) => void, signal: AbortSignal): void;
}

/** Messages the content script sends to the background (fire and forget). */
export interface BackgroundLink {
  annotated(entities: number, quotes: number): void;
  applyColors(): void;
  /** Inserts the highlight styles on the element `scope` selects (null: every element); resolves once they are in. */
  applyStyles(scope: string | null): Promise<void>;
  /** Runs the language core on the detected article's text. */
  runCore(request: CoreRequest): Promise<CoreReply>;
  /** The second stage (sources, credits, summary) of a core request sent with `restId`. */
  runCoreRest?(restId: string): Promise<CoreRestReply>;
  /**
   * Detection found the article (before the core runs): tells the popup, which shows the header at
   * once; resolves when the core may start (a popup sharing the core's thread has painted it).
   */
  detected?(metadata: Metadata, text: string): Promise<void>;
}

/** Everything the controller works with, passed in so tests and builds can choose. */
export interface ControllerDeps {
  win: Window;
  /** Makes the painter (first asked for once the core request has left: making it touches the page's highlight registry). */
  painter: () => Painter;
  lifecycle: Lifecycle;
  settings: SettingsSource;
  background: BackgroundLink;
  /** performance.now() at the content script's first line. */
  scriptStart: number;
  /** Whether the rest of the metadata is read while the core runs (see PipelineOptions). */
  metadataWhileCoreRuns?: boolean;
}

/** What the controller answers to a message that is not a state request. */
export type ContentAck = { ok: boolean };

const ALL_CATEGORIES: readonly HighlightCategory[] = ['person', 'organization', 'place', 'misc', 'quote'];

// Quiet time after the page's last change before re-annotating: long enough for a framework to
// finish rendering, short enough that new paragraphs are marked while the reader looks at them.
const CHANGE_DEBOUNCE_MS = 400;
// How long a revealed span stays flashed with the focus highlight.
const FLASH_MS = 1600;
// Re-annotations for page changes within this window slow the watcher down when there are many.
const CHANGE_WINDOW_MS = 10_000;
const MAX_DEBOUNCE_MS = 5000;
// Looks for an article on a changing page without one, before giving up until the next request.
const MAX_EMPTY_RUNS = 8;
// How often an idle page checks that the extension is still there.
const ALIVE_POLL_MS = 2000;

/** The current article on the page and what was found in it. */
interface Current {
  article: DomArticleText;
  /** The summary length these annotations were made with. */
  summarySentences: number;
  root: Element;
  annotations: Annotations;
  layers: LayerSpans;
}

/**
 * The content script's brain: runs detection and the core, paints, keeps the page's highlights in
 * step with the page (changes, in-site navigation), answers the popup and the keyboard commands,
 * and shows hover cards.
 */
export class ContentController {
  private page: PageState = { state: 'working' };
  private current: Current | null = null;
  private running: Promise<PageState> | null = null;
  private generation = 0;
  /** Whether the reader asked for annotations on this page (re-annotate on changes only then). */
  private wanted = false;
  private hidden = new Set<HighlightCategory>();
  private appliedCategories: string | null = null;
  private appliedColors: string | null = null;
  /** The scope the page's highlight styles were last inserted on (undefined: none inserted yet). */
  private styleScope: string | null | undefined = undefined;
  /** Summary length the popup asked for, overriding the settings' (null: as the settings say). */
  private summaryWanted: number | null = null;
  /** Summary length of the annotations shown now. */
  private summaryUsed: number | null = null;
  private focus: { entityId: string; index: number } | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the last re-annotations for page changes ran (performance.now()). */
  private changeRuns: number[] = [];
  /** Tells the popup the article's header now, while a run's core is under way (see onTellPending). */
  private tellEarly: (() => void) | null = null;
  /** The second stage (sources, credits, summary) of the annotations shown, while it is on its way. */
  private restPending: Promise<void> | null = null;
  /** Runs in a row that found no article (a changing page without one is given up on after a few). */
  private emptyRuns = 0;
  private readonly card: HoverCard;
  /** The page watcher, hover tracker and settings, set up once the first core request has left (wire). */
  private wiring: { watcher: PageWatcher; tracker: HoverTracker } | null = null;
  private settingsNow: Promise<Settings> | null = null;
  private painterNow: Painter | null = null;

  constructor(private readonly deps: ControllerDeps) {
    this.card = new HoverCard(deps.win.document);
    deps.lifecycle.onTeardown(() => this.teardown());
  }

  /**
   * Sets up what the first paint does not need: the settings (the background has them for the core),
   * the page watcher, the hover tracker and the liveness poll. Done while the first core request runs,
   * when the page's thread is idle, or sooner when something needs them.
   */
  private wire(): { watcher: PageWatcher; tracker: HoverTracker } {
    if (this.wiring) return this.wiring;
    const { win, lifecycle } = this.deps;
    const signal = lifecycle.signal;
    this.settingsNow ??= this.deps.settings.load();
    this.deps.settings.watch((s) => this.onSettings(s), signal);
    const watcher = new PageWatcher(
      win,
      { onContentChange: () => this.onContentChange(), onNavigate: () => this.onNavigate() },
      { debounceMs: CHANGE_DEBOUNCE_MS, isOwnNode: (n) => this.isOwnNode(n) },
      signal,
    );
    const tracker = new HoverTracker(
      win,
      {
        alive: () => lifecycle.check(),
        hitsAt: (x, y) => (this.current ? this.painter.hitsAt(x, y) : { hits: [], rect: null }),
        onHover: (hits, x, y) => this.showHover(hits, x, y),
        onLeave: (reason) => this.onLeave(reason),
      },
      signal,
    );
    lifecycle.poll(ALIVE_POLL_MS);
    void this.painter; // made now, while the page waits for the core, not on the way to the first paint
    this.wiring = { watcher, tracker };
    return this.wiring;
  }

  private get painter(): Painter {
    this.painterNow ??= this.deps.painter();
    return this.painterNow;
  }

  private get watcher(): PageWatcher {
    return this.wire().watcher;
  }

  private get tracker(): HoverTracker {
    return this.wire().tracker;
  }

  /** The reader's settings (loaded on first need, then kept current by change events). */
  private get settings(): Promise<Settings> {
    this.wire();
    return this.settingsNow!;
  }

  /** Annotates the page (the script was injected because the reader, or their settings, asked). */
  start(): Promise<PageState> {
    this.wanted = true;
    return this.run('start');
  }

  /** Answers one message from the popup or the background. */
  async handle(msg: ToContent): Promise<PageState | ContentAck> {
    if (!this.deps.lifecycle.check()) return { ok: false };
    this.wire();
    // Someone (the popup) asks while the core runs: it gets the article's header now, not after the paint.
    const tellEarly = this.tellEarly;
    this.tellEarly = null;
    tellEarly?.();
    switch (msg.kind) {
      case 'pm:get-state':
        return this.completeState();
      case 'pm:annotate': {
        const state = await this.annotate(!!msg.force, msg.summarySentences);
        return state.state === 'annotated' ? this.completeState() : state;
      }
      case 'pm:set-visible':
        if (msg.visible) this.hidden.delete(msg.category);
        else this.hidden.add(msg.category);
        this.applyHidden();
        return { ok: true };
      case 'pm:set-all-visible':
        this.hidden = new Set(msg.visible ? [] : ALL_CATEGORIES);
        this.applyHidden();
        return { ok: true };
      case 'pm:toggle-all':
        this.hidden = new Set(this.hidden.size < ALL_CATEGORIES.length ? ALL_CATEGORIES : []);
        this.applyHidden();
        return { ok: true };
      case 'pm:clear':
        this.clearAll();
        return { ok: true };
      case 'pm:reveal':
        return { ok: this.reveal({ start: msg.start, end: msg.end }) };
      case 'pm:step-mention':
        return { ok: this.step(msg.direction) };
    }
  }

  /** The page state once the annotations shown are whole (their second stage merged, when one is on its way). */
  private async completeState(): Promise<PageState> {
    while (this.restPending) {
      const pending = this.restPending;
      await pending;
      if (this.restPending === pending) this.restPending = null;
    }
    return this.state();
  }

  /** The page state with the categories hidden right now. */
  state(): PageState {
    return this.page.state === 'annotated' ? { ...this.page, hidden: [...this.hidden] } : this.page;
  }

  private async annotate(force: boolean, summarySentences: number | undefined): Promise<PageState> {
    this.wanted = true;
    this.emptyRuns = 0;
    const wantsOtherSummary = summarySentences !== undefined && summarySentences !== this.summaryUsed;
    if (summarySentences !== undefined) this.summaryWanted = summarySentences;
    // A run already under way is as fresh as a new one would be.
    if (this.running) {
      const state = await this.running;
      if (!wantsOtherSummary) return state.state === 'annotated' && this.page.state === 'annotated' ? this.state() : state;
    } else if (!force && !wantsOtherSummary && this.page.state === 'annotated') {
      return this.state();
    }
    return this.run('request');
  }

  private run(trigger: ContentReport['trigger']): Promise<PageState> {
    const gen = ++this.generation;
    this.wiring?.watcher.cancelPending();
    const started = trigger === 'start' ? this.deps.scriptStart : performance.now();
    const p = this.runOnce(gen, trigger, started).catch((e: unknown): PageState => {
      const state: PageState = { state: 'error', message: e instanceof Error ? e.message : String(e) };
      if (gen === this.generation) this.page = state;
      return state;
    });
    this.running = p;
    void p.finally(() => {
      if (this.running === p) this.running = null;
    });
    return p;
  }

  private async runOnce(gen: number, trigger: ContentReport['trigger'], started: number): Promise<PageState> {
    const isCurrent = (): boolean => gen === this.generation && !this.deps.lifecycle.signal.aborted;
    if (this.page.state !== 'annotated') this.page = { state: 'working' };
    const outcome = await runPipeline(this.deps.win, {
      isCurrent,
      runCore: (request) => this.deps.background.runCore(request),
      metadataWhileCoreRuns: this.deps.metadataWhileCoreRuns === true,
      afterRequest: () => void this.wire(),
      onTellPending: (tellNow) => (this.tellEarly = tellNow),
      ...(this.deps.background.runCoreRest ? { runCoreRest: (id: string) => this.deps.background.runCoreRest!(id) } : {}),
      styleScope: (article) => this.nextStyleScope(article),
      applyStyles: (scope) => this.deps.background.applyStyles(scope),
      onDetected: (metadata, text) => this.deps.background.detected?.(metadata, text),
      reuse: (text) => (this.current && this.current.article.text === text ? { annotations: this.current.annotations, summarySentences: this.current.summarySentences } : null),
      summarySentences: async () => this.summaryWanted ?? (await this.settings).summarySentences,
      summaryOverride: () => this.summaryWanted ?? undefined,
    });
    if (!outcome || !isCurrent()) return this.state();
    // Loaded while detection and the core ran: the categories shown and the colours, before painting.
    const settings = await this.settings;
    if (!isCurrent()) return this.state();
    this.applySettings(settings);
    if (!outcome.found) {
      this.emptyRuns++;
      this.unpaint();
      this.page = { state: 'no-article', reason: outcome.reason };
      // A page that keeps changing but never shows an article is not watched for ever.
      if (this.emptyRuns < MAX_EMPTY_RUNS) this.watcher.watch(null);
      else this.watcher.stop();
      this.deps.background.annotated(0, 0);
      if (__E2E__) reportForTests(this.deps.win, 'state', { state: 'no-article', reason: outcome.reason, trigger });
      return this.page;
    }
    const { article, root, annotations, timings } = outcome;
    markForTests('outcome');
    const layers = highlightLayers(annotations);
    markForTests('layers');
    const t0 = performance.now();
    this.card.hide();
    this.tracker.reset();
    const ranges = this.watcher.ignoring(() => this.painter.paint(article, layers));
    const painted = performance.now();
    markForTests('painted');
    const paintMs = painted - t0;
    const keepFocus = this.focus && annotations.entities.some((e) => e.id === this.focus!.entityId) ? this.focus : null;
    this.focus = keepFocus ? { entityId: keepFocus.entityId, index: -1 } : null;
    this.summaryUsed = outcome.summarySentences;
    this.current = { article, root, annotations, layers, summarySentences: outcome.summarySentences };
    this.emptyRuns = 0;
    const report: ContentReport = {
      trigger,
      startToPaintMs: painted - started,
      detectMs: timings.detectMs,
      coreMs: timings.coreMs,
      roundTripMs: timings.roundTripMs,
      paintMs,
      longestSliceMs: Math.max(timings.detectSliceMs, paintMs),
      ranges,
      painter: this.painter.kind,
    };
    this.page = { state: 'annotated', annotations, report };
    this.tellEarly = null;
    if (outcome.rest || outcome.metadataLater) this.restPending = this.mergeLater(annotations, outcome.rest, outcome.metadataLater);
    this.watcher.watch(root);
    this.deps.background.annotated(annotations.entities.length, annotations.quotes.length);
    if (__E2E__) this.reportPainted(report, started, annotations, layers);
    return this.state();
  }

  /**
   * Completes the annotations shown once painted: the core's second stage (sources, credits,
   * summary) and the rest of the page's metadata, read now that the page is painted. Dropped when
   * a newer run or a navigation replaced these annotations; a second stage that failed leaves the
   * summary empty.
   */
  private async mergeLater(annotations: Annotations, rest?: Promise<LaterParts | null>, metadataLater?: () => Promise<Metadata>): Promise<void> {
    const [parts, metadata] = await Promise.all([rest ?? null, metadataLater?.() ?? null]);
    if (this.current?.annotations !== annotations) return;
    let whole: Annotations = parts ? { ...annotations, ...parts } : annotations;
    if (metadata) whole = { ...whole, metadata, article: { ...whole.article, title: metadata.headline } };
    this.current.annotations = whole;
    if (this.page.state === 'annotated' && this.page.annotations === annotations) this.page = { ...this.page, annotations: whole };
  }

  /** Settings arrive (or change): categories shown, and the reader's colours. */
  private applySettings(s: Settings): void {
    const categories = JSON.stringify(s.categories);
    if (categories !== this.appliedCategories) {
      this.appliedCategories = categories;
      this.hidden = new Set(ALL_CATEGORIES.filter((c) => !s.categories[c]));
      this.applyHidden();
    }
    const colors = JSON.stringify(s.colors);
    if (colors !== this.appliedColors) {
      // The first colours go in with the styles (scopeStyles); a change repaints the styles inserted.
      if (this.appliedColors !== null && this.styleScope !== undefined) this.deps.background.applyColors();
      this.appliedColors = colors;
    }
  }

  /**
   * The element holding the article, as the scope of its highlight styles (cheap to restyle, unlike
   * every element of the page) when it differs from the one inserted, else undefined; the run sends
   * it (with the core request, so the background inserts the styles while the core runs).
   */
  private nextStyleScope(article: DomArticleText): string | null | undefined {
    const el = articleScopeElement(article.segments);
    const scope = el ? scopeSelector(el) : null;
    if (scope === this.styleScope) return undefined;
    this.styleScope = scope;
    return scope;
  }

  private onSettings(s: Settings): void {
    this.settingsNow = Promise.resolve(s);
    if (this.deps.lifecycle.check()) this.applySettings(s);
  }

  private applyHidden(): void {
    this.painter.setHidden(this.hidden);
    this.card.hide();
    this.tracker.reset();
  }

  private onContentChange(): void {
    if (!this.wanted || !this.deps.lifecycle.check()) return;
    // A page that changes all the time (a live ticker in the article) is followed ever more slowly.
    const now = performance.now();
    this.changeRuns = this.changeRuns.filter((t) => now - t < CHANGE_WINDOW_MS);
    this.changeRuns.push(now);
    const extra = Math.max(0, this.changeRuns.length - 3);
    this.watcher.setDebounce(Math.min(MAX_DEBOUNCE_MS, CHANGE_DEBOUNCE_MS * 2 ** extra));
    void this.run('change');
  }

  private onNavigate(): void {
    if (!this.deps.lifecycle.check()) return;
    this.emptyRuns = 0;
    // The old article's marks go at once; the new article is annotated once its DOM settles.
    this.generation++;
    this.unpaint();
    this.page = { state: 'working' };
    this.deps.background.annotated(0, 0);
    if (!this.wanted) return;
    this.watcher.watch(null);
    const gen = this.generation;
    setTimeout(() => {
      if (gen === this.generation && this.wanted && this.deps.lifecycle.check()) void this.run('navigation');
    }, CHANGE_DEBOUNCE_MS);
  }

  private clearAll(): void {
    this.wanted = false;
    this.generation++;
    this.unpaint();
    this.watcher.stop();
    this.page = { state: 'working' };
    this.deps.background.annotated(0, 0);
  }

  /** Removes every mark, the focus and the card, and forgets the article. */
  private unpaint(): void {
    this.stopFlash();
    this.focus = null;
    this.card.hide();
    this.wiring?.tracker.reset();
    // (a painter not made yet has painted nothing)
    const painter = this.painterNow;
    if (painter && this.wiring) this.wiring.watcher.ignoring(() => painter.clear());
    else painter?.clear();
    this.current = null;
  }

  private teardown(): void {
    this.wanted = false;
    this.generation++;
    this.wiring?.watcher.stop();
    this.unpaint();
  }

  private isOwnNode(node: Node): boolean {
    if (this.card.isOwnNode(node)) return true;
    const el = node.nodeType === 1 ? (node as Element) : null;
    return !!el && (el.localName === CARD_HOST_TAG || el.localName === MARK_TAG);
  }

  private showHover(hits: PointHits, x: number, y: number): void {
    const current = this.current;
    if (!current) return;
    const items = cardItems(current.annotations, hits.hits);
    const entityHit = hits.hits.find((h) => h.layer !== 'pm-quote' && h.layer !== 'pm-speaker');
    // Hovering a name makes it the entity the next/previous-mention keys step through.
    if (entityHit) {
      const entity = current.annotations.entities.find((e) => e.id === entityHit.span.ref);
      const index = entity ? sortedMentions(entity).findIndex((m) => m.start === entityHit.span.start) : -1;
      if (entity) this.focus = { entityId: entity.id, index };
    }
    this.showCard(items, hits.rect ?? new DOMRect(x, y, 1, 1));
  }

  private showCard(items: CardItem[], anchor: DOMRect): void {
    this.card.show(items, anchor);
    if (__E2E__) reportForTests(this.deps.win, 'card', items);
  }

  private onLeave(reason: 'away' | 'scroll' | 'escape'): void {
    this.card.hide();
    if (reason === 'escape') {
      this.stopFlash();
      this.painter.setFocus(null);
    }
  }

  /** Scrolls to an article span and flashes it (the popup's "show me where"). */
  private reveal(span: Span): boolean {
    const current = this.current;
    if (!current || !this.scrollTo(span)) return false;
    this.stopFlash();
    this.painter.setFocus(span);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      this.painter.setFocus(null);
    }, FLASH_MS);
    for (const e of current.annotations.entities) {
      const index = sortedMentions(e).findIndex((m) => m.start === span.start && m.end === span.end);
      if (index >= 0) this.focus = { entityId: e.id, index };
    }
    return true;
  }

  /** Moves the focus to the next or previous mention of the focused (else the most salient) entity. */
  private step(direction: 1 | -1): boolean {
    const current = this.current;
    if (!current || !current.annotations.entities.length) return false;
    const entities = current.annotations.entities;
    const entity = entities.find((e) => e.id === this.focus?.entityId) ?? mostSalient(entities);
    const mentions = sortedMentions(entity);
    const from = this.focus?.entityId === entity.id && this.focus.index >= 0 ? this.focus.index : null;
    const index = stepIndex(mentions, from, direction);
    const mention = mentions[index];
    if (!mention || !this.scrollTo(mention)) return false;
    this.stopFlash();
    this.focus = { entityId: entity.id, index };
    this.painter.setFocus(mention);
    const item = entityItem(entity, current.annotations);
    item.lines.unshift({ label: 'Mention', value: `${index + 1} of ${mentions.length}` });
    // After the scroll's own event (scroll events run before animation frames), so it does not close the card.
    this.deps.win.requestAnimationFrame(() => {
      const rect = this.painter.rectsOf(mention)[0];
      if (rect && this.focus?.index === index) this.showCard([item], rect);
    });
    return true;
  }

  /** Brings an article span into view; false when it maps to nothing on the page. */
  private scrollTo(span: Span): boolean {
    const el = this.painter.elementOf(span);
    if (!el) return false;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    // A long paragraph centred may still leave the span outside the window: centre the span itself.
    const rect = this.painter.rectsOf(span)[0];
    const vh = this.deps.win.innerHeight;
    if (rect && (rect.top < 0 || rect.bottom > vh)) this.deps.win.scrollBy({ top: rect.top - vh / 2, behavior: 'instant' });
    return true;
  }

  private stopFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
  }

  private reportPainted(report: ContentReport, started: number, annotations: Annotations, layers: LayerSpans): void {
    const text = annotations.article.text;
    const spans = Object.fromEntries(Object.entries(layers).map(([layer, list]) => [layer, list.map((s) => text.slice(s.start, s.end))]));
    // The frame after the highlights were set is when they reach the screen.
    this.deps.win.requestAnimationFrame(() => {
      const frameMs = performance.now() - started;
      reportForTests(this.deps.win, 'state', {
        state: 'annotated',
        report,
        frameMs,
        startedAt: started,
        marks: takeMarksForTests(),
        timings: annotations.timings,
        spans,
        notices: annotations.notices,
        entities: annotations.entities.length,
        quotes: annotations.quotes.length,
        words: (text.match(/\S+/g) ?? []).length,
      });
    });
  }
}

function sortedMentions(entity: Entity): Span[] {
  return [...entity.mentions].sort((a, b) => a.start - b.start);
}

function mostSalient(entities: readonly Entity[]): Entity {
  return entities.reduce((best, e) => (e.salience > best.salience || (e.salience === best.salience && e.mentions.length > best.mentions.length) ? e : best));
}
