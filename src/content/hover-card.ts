import type { CardItem } from './card-content';
import { CARD_CSS } from './card-styles';

/** The tag of the card's host element: the one node Pressmark adds to a page, only while a card shows. */
export const CARD_HOST_TAG = 'pressmark-card';

// Room kept between the card and the marked text, and between the card and the window's edges.
const GAP = 8;

/**
 * The hover card: entity or quote details in a closed shadow root, so the page's CSS cannot reach
 * it. Built with text nodes only (never markup from page data). The host exists in the DOM only
 * while the card is shown.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private key = '';

  constructor(private readonly doc: Document) {}

  /** Whether the card is on the page now. */
  get shown(): boolean {
    return !!this.host?.isConnected;
  }

  /** Whether a node is the card's host (to tell our own DOM work from the page's). */
  isOwnNode(node: Node | null): boolean {
    return !!node && node === this.host;
  }

  /** Shows the items next to an anchor box (viewport coordinates); a no-op when they are already shown there. */
  show(items: readonly CardItem[], anchor: DOMRect): void {
    if (!items.length) return this.hide();
    const key = `${items.map((i) => i.ref).join(',')}@${Math.round(anchor.left)},${Math.round(anchor.top)}`;
    if (key === this.key && this.shown) return;
    this.key = key;
    const { host, body } = this.ensureHost();
    body.replaceChildren(...items.map((item) => this.renderItem(item)));
    if (!host.isConnected) this.doc.documentElement.appendChild(host);
    this.place(host, anchor);
  }

  /** Takes the card (and its host) off the page. */
  hide(): void {
    this.key = '';
    this.host?.remove();
  }

  private ensureHost(): { host: HTMLElement; body: HTMLElement } {
    if (this.host && this.body) return { host: this.host, body: this.body };
    const host = this.doc.createElement(CARD_HOST_TAG) as HTMLElement;
    // Inline !important beats any page rule that matches the host element itself.
    const s = host.style;
    for (const [k, v] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['pointer-events', 'none'],
      ['left', '0px'],
      ['top', '0px'],
      ['display', 'block'],
    ] as const) {
      s.setProperty(k, v, 'important');
    }
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const body = this.doc.createElement('div');
    body.className = 'card';
    body.setAttribute('role', 'tooltip');
    root.append(style, body);
    this.host = host;
    this.body = body;
    return { host, body };
  }

  private renderItem(item: CardItem): HTMLElement {
    const d = this.doc;
    const el = d.createElement('div');
    el.className = 'item';
    const head = d.createElement('div');
    head.className = 'head';
    const swatch = d.createElement('span');
    swatch.className = `swatch ${item.category}`;
    const title = d.createElement('span');
    title.className = 'title';
    title.textContent = item.title;
    const badge = d.createElement('span');
    badge.className = 'badge';
    badge.textContent = item.badge;
    head.append(swatch, title, badge);
    const dl = d.createElement('dl');
    for (const line of item.lines) {
      const dt = d.createElement('dt');
      dt.textContent = line.label;
      const dd = d.createElement('dd');
      dd.textContent = line.value;
      dl.append(dt, dd);
    }
    el.append(head, dl);
    return el;
  }

  /** Below the anchor when it fits, else above; always inside the window. */
  private place(host: HTMLElement, anchor: DOMRect): void {
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const box = host.getBoundingClientRect();
    let top = anchor.bottom + GAP;
    if (top + box.height > vh - GAP && anchor.top - GAP - box.height >= GAP) top = anchor.top - GAP - box.height;
    top = Math.max(GAP, Math.min(top, vh - GAP - box.height));
    const left = Math.max(GAP, Math.min(anchor.left, vw - GAP - box.width));
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
  }
}
