import type { PointHits } from './painter';

/** What the tracker asks and tells. */
export interface HoverTrackerEvents {
  /** The marks under a viewport point. */
  hitsAt(x: number, y: number): PointHits;
  /** The pointer rests on marks (called again only when they change). */
  onHover(hits: PointHits, x: number, y: number): void;
  /** The pointer left the marks, the page scrolled, or the reader pressed Escape. */
  onLeave(reason: 'away' | 'scroll' | 'escape'): void;
  /** Called before each hit-test; false stops the work (the extension is gone). */
  alive(): boolean;
}

// A pointer crossing the gap between two lines or words should not make the card blink.
const LEAVE_DELAY_MS = 120;

/**
 * Turns pointer movement into hover events over the marks: at most one hit-test per frame, passive
 * listeners only (the page's scrolling and clicks are never held up), taps for touch screens.
 */
export class HoverTracker {
  private frame = 0;
  private x = 0;
  private y = 0;
  private leaveTimer: ReturnType<typeof setTimeout> | null = null;
  private lastKey = '';

  constructor(
    private readonly win: Window,
    private readonly events: HoverTrackerEvents,
    signal: AbortSignal,
  ) {
    const opts = { passive: true, signal } as const;
    const doc = win.document;
    doc.addEventListener('pointermove', (e) => this.track(e), opts);
    doc.addEventListener('pointerup', (e) => (e.pointerType === 'mouse' ? undefined : this.track(e)), opts);
    doc.addEventListener('pointerleave', () => this.leave('away'), opts);
    win.addEventListener('scroll', () => this.leave('scroll'), { ...opts, capture: true });
    win.addEventListener('blur', () => this.leave('away'), opts);
    win.addEventListener('keydown', (e) => (e.key === 'Escape' ? this.leave('escape') : undefined), opts);
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** Forgets the current hover (after a repaint, the marks under the pointer may differ). */
  reset(): void {
    this.lastKey = '';
  }

  private track(e: PointerEvent): void {
    this.x = e.clientX;
    this.y = e.clientY;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.test());
  }

  private test(): void {
    this.frame = 0;
    if (!this.events.alive()) return;
    const hits = this.events.hitsAt(this.x, this.y);
    if (!hits.hits.length) {
      if (this.lastKey && this.leaveTimer === null) this.leaveTimer = setTimeout(() => this.leave('away'), LEAVE_DELAY_MS);
      return;
    }
    this.clearLeaveTimer();
    const key = hits.hits.map((h) => `${h.layer}:${h.span.start}:${h.span.end}`).join('|');
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.events.onHover(hits, this.x, this.y);
  }

  private leave(reason: 'away' | 'scroll' | 'escape'): void {
    this.clearLeaveTimer();
    // Scroll and Escape also close a card the keyboard opened, which hover never tracked.
    if (!this.lastKey && reason === 'away') return;
    this.lastKey = '';
    this.events.onLeave(reason);
  }

  private clearLeaveTimer(): void {
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
  }

  private cancel(): void {
    this.clearLeaveTimer();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
