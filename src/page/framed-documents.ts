/**
 * Same-origin frames a page shows its content in. A page whose story sits in an <iframe> has no
 * article of its own; the frame's document is readable when it shares the page's origin.
 */

/** A frame of the page whose document the page may read. */
export interface ReadableFrame {
  frame: HTMLIFrameElement | HTMLFrameElement;
  doc: Document;
  /** The frame's address, for a reader who wants to open it on its own. */
  url: string;
}

/**
 * The page's readable frames (same origin, loaded), largest first by their area on the page when
 * `areaOf` is given; cross-origin frames (whose document is null or throws) are left out.
 */
export function readableFrames(doc: Document, areaOf?: (frame: Element) => number): ReadableFrame[] {
  const out: { f: ReadableFrame; area: number }[] = [];
  const frames = [...Array.from(doc.getElementsByTagName('iframe')), ...Array.from(doc.getElementsByTagName('frame'))];
  for (const frame of frames) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      // A cross-origin frame: its document is none of this page's business.
    }
    if (!inner?.documentElement) continue;
    const area = areaOf ? areaOf(frame) : 1;
    if (area <= 0) continue;
    const url = inner.location?.href ?? frame.getAttribute('src') ?? '';
    out.push({ f: { frame: frame as HTMLIFrameElement, doc: inner, url }, area });
  }
  return out.sort((a, b) => b.area - a.area).map((x) => x.f);
}
