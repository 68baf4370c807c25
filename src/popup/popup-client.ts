import type { PageState, ToContent, ToPopup } from '../messages';
import type { Settings } from '../shared/settings-schema';
import type { ExportFile } from './export-files';

/** The tab the popup annotates, as far as the popup needs it. */
export interface TargetTab {
  id: number;
  url: string | null;
  /** The tab strip's favicon (may be a remote URL; see favicon-source.ts for what is shown). */
  favIconUrl: string | null;
}

/** Facts about the running extension, for diagnostics and the favicon choice. */
export interface ExtensionInfo {
  version: string;
  browser: string;
  userAgent: string;
  /** runtime.getURL(''): "chrome-extension://ID/" or "moz-extension://UUID/". */
  base: string;
  hasFaviconPermission: boolean;
}

/**
 * Everything the popup asks of the browser, in one interface: the components never touch the
 * extension APIs, so they render and are tested the same with a real or a fake browser.
 */
export interface PopupClient {
  /** True when the popup runs as a tab (`popup.html?tab=ID`, "pop out") rather than the toolbar popup. */
  readonly inTab: boolean;
  readonly info: ExtensionInfo;
  /** The tab to annotate, or null when there is none. */
  resolveTab(): Promise<TargetTab | null>;
  loadSettings(): Promise<Settings>;
  /** Injects the content script if needed and asks for the annotations (re-runs them when `force`). */
  annotate(tabId: number, options: { force?: boolean; summarySentences: number }): Promise<PageState>;
  /**
   * Listens for the tab's content script saying it found the article (before the core runs), so the
   * header shows early; returns the function that stops listening.
   */
  onDetected(tabId: number, listener: (detected: ToPopup) => void): () => void;
  /** Sends a message to the content script; failures (tab closed, page navigated) are ignored. */
  send(tabId: number, message: ToContent): Promise<void>;
  /** Brings the annotated tab to the front (used after "show in page" from a popped-out popup). */
  focusTab(tabId: number): Promise<void>;
  /** Asks the background to open this popup as a tab for `tabId`, then closes the toolbar popup. */
  popOut(tabId: number): Promise<void>;
  /** Saves a file through the browser's download (a Blob URL on an <a download>). */
  download(file: ExportFile): void;
  /** Puts text on the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>;
}
