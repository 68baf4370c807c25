/** What the popup knows when it picks a favicon. */
export interface FaviconInputs {
  /** The address of the annotated page. */
  pageUrl: string | null;
  /** The favicon the browser shows in the tab strip (tabs.Tab.favIconUrl). */
  tabFavicon: string | null;
  /** The favicon the page declares (Metadata.favicon). */
  pageFavicon: string | null;
  /** The extension's own base URL ("chrome-extension://ID/") and whether it holds Chrome's "favicon" permission. */
  extensionBase: string;
  hasFaviconPermission: boolean;
}

// Raster images and SVG only; an SVG in <img> runs no script and loads nothing.
const DATA_IMAGE = /^data:image\/(?:png|x-icon|vnd\.microsoft\.icon|gif|jpeg|webp|svg\+xml)[;,]/i;

/**
 * The favicon URL the popup may show, or null. The popup never loads a remote image: a remote
 * favicon request from the popup would tell the site (or a tracker it points to) that the reader
 * opened Pressmark. So only images that need no network qualify: a data: URL the browser or page
 * already holds, or Chrome's local favicon cache (`_favicon/`, needs the "favicon" permission).
 */
export function faviconSource({ pageUrl, tabFavicon, pageFavicon, extensionBase, hasFaviconPermission }: FaviconInputs): string | null {
  for (const candidate of [tabFavicon, pageFavicon]) {
    if (candidate && DATA_IMAGE.test(candidate)) return candidate;
  }
  if (hasFaviconPermission && pageUrl && /^https?:/i.test(pageUrl) && /^chrome-extension:\/\//.test(extensionBase)) {
    const base = extensionBase.endsWith('/') ? extensionBase : `${extensionBase}/`;
    return `${base}_favicon/?pageUrl=${encodeURIComponent(pageUrl)}&size=32`;
  }
  return null;
}

/** One letter or digit standing for a publisher when there is no favicon to show ("L" for Latin Times). */
export function monogram(name: string | null): string {
  const m = name?.match(/[\p{L}\p{N}]/u);
  return m ? m[0].toLocaleUpperCase() : '?';
}
