/**
 * The hover card's own styles. They live inside its closed shadow root: the page's CSS cannot reach
 * in and ours cannot leak out. Light and dark follow the reader's colour scheme; the swatch colours
 * echo the highlight of each category.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 340px; min-width: 200px; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  color: #1f2937; background: #ffffff; border: 1px solid #d1d5db; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(15, 23, 42, 0.18); text-align: left; direction: ltr;
}
.item + .item { margin-top: 8px; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.head { display: flex; align-items: baseline; gap: 8px; }
.swatch { flex: none; width: 10px; height: 10px; border-radius: 2px; align-self: center; }
.title { font-weight: 600; overflow-wrap: anywhere; }
.badge { margin-left: auto; flex: none; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #4b5563; }
dl { margin: 4px 0 0; display: grid; grid-template-columns: auto 1fr; column-gap: 10px; row-gap: 1px; }
dt { color: #6b7280; }
dd { margin: 0; overflow-wrap: anywhere; }
.person { background: #3b82f6; }
.organization { background: #ea580c; }
.place { background: #16a34a; }
.misc { background: #9333ea; }
.quote { background: #eab308; }
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #1f2937; border-color: #4b5563; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .item + .item { border-top-color: #374151; }
  .badge { color: #9ca3af; }
  dt { color: #9ca3af; }
}
`;
