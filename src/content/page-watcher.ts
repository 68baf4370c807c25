/** What the watcher reports. */
export interface PageWatcherEvents {
  /** The article (or, while none is known, the page) changed: late rendering, "load more", edits. */
  onContentChange(): void;
  /** The page moved to another address without loading a new document (history API, SPA routing). */
  onNavigate(): void;
}

/** Options of the watcher. */
export interface PageWatcherOptions {
  /** Quiet time after the last change before onContentChange (ms). */
  debounceMs: number;
  /** Nodes of our own (the hover card's host) whose changes are never the page's. */
  isOwnNode(node: Node): boolean;
}

/** The address without its fragment: jumping to an anchor in the same article is not a new page. */
export function pageAddress(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/**
 * Watches a page for changes that matter to the annotations: one MutationObserver on the document
 * (filtered to the article root when there is one, debounced), plus history navigation, detected
 * without touching the page's own history object: the Navigation API where there is one, popstate,
 * and a look at location.href on every batch of mutations (SPAs change the DOM when they route).
 */
export class PageWatcher {
  private root: Element | null = null;
  private active = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private address: string;
  private readonly observer: MutationObserver;

  constructor(
    private readonly win: Window,
    private readonly events: PageWatcherEvents,
    private options: PageWatcherOptions,
    private readonly signal: AbortSignal,
  ) {
    this.address = pageAddress(win.location.href);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    const check = (): void => {
      this.checkAddress();
    };
    win.addEventListener('popstate', check, { signal });
    win.addEventListener('hashchange', check, { signal });
    const nav = (win as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('currententrychange', check, { signal });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /**
   * Starts (or moves) watching: changes inside `root` count; with no root (no article found yet),
   * any change to the page counts, so an article that renders late is found.
   */
  watch(root: Element | null): void {
    if (this.signal.aborted) return;
    this.root = root;
    if (!this.active) {
      this.observer.observe(this.win.document, { childList: true, subtree: true, characterData: true });
      this.active = true;
    }
  }

  /** Stops watching (no more events until watch() is called again). */
  stop(): void {
    this.cancelPending();
    if (this.active) this.observer.disconnect();
    this.active = false;
  }

  /** Runs our own DOM work (fallback marks) without the watcher seeing it as the page's. */
  ignoring<T>(work: () => T): T {
    if (!this.active) return work();
    this.onMutations(this.observer.takeRecords());
    try {
      return work();
    } finally {
      this.observer.takeRecords();
    }
  }

  /** Sets the quiet time before onContentChange (longer for a page that never stops changing). */
  setDebounce(ms: number): void {
    this.options.debounceMs = ms;
  }

  /** Forgets a pending content change (a run that covers it is starting anyway). */
  cancelPending(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Compares the address with the last one seen; reports a navigation when it moved. */
  checkAddress(): boolean {
    const now = pageAddress(this.win.location.href);
    if (now === this.address) return false;
    this.address = now;
    this.cancelPending();
    if (!this.signal.aborted) this.events.onNavigate();
    return true;
  }

  private onMutations(records: readonly MutationRecord[]): void {
    if (!records.length || this.signal.aborted) return;
    if (this.checkAddress()) return;
    if (!this.active) return;
    if (records.some((r) => this.matters(r))) this.schedule();
  }

  private matters(r: MutationRecord): boolean {
    const own = this.options.isOwnNode;
    if (own(r.target)) return false;
    if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => own(n))) return false;
    const root = this.root;
    if (!root) return r.type === 'characterData' || r.addedNodes.length > 0;
    if (!root.isConnected) return true;
    return root.contains(r.target);
  }

  private schedule(): void {
    this.cancelPending();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.signal.aborted) this.events.onContentChange();
    }, this.options.debounceMs);
  }
}
