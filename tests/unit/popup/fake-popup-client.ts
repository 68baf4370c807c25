import type { PageState, ToContent, ToPopup } from '../../../src/messages';
import type { ExportFile } from '../../../src/popup/export-files';
import type { PopupClient, TargetTab } from '../../../src/popup/popup-client';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings-schema';

/** A PopupClient over an in-memory browser: records every call so tests assert what the popup asked for. */
export class FakePopupClient implements PopupClient {
  readonly sent: { tabId: number; message: ToContent }[] = [];
  readonly annotateCalls: { tabId: number; force?: boolean; summarySentences: number }[] = [];
  readonly downloads: ExportFile[] = [];
  readonly copied: string[] = [];
  readonly focused: number[] = [];
  readonly poppedOut: number[] = [];
  readonly info = { version: '9.9.9', browser: 'chrome', userAgent: 'TestAgent/1.0', base: 'chrome-extension://abc/', hasFaviconPermission: false };

  private readonly detectedListeners = new Map<(d: ToPopup) => void, number>();
  private release: () => void = () => undefined;
  private readonly held: Promise<void>;

  constructor(
    private readonly answers: {
      tab?: TargetTab | null;
      settings?: Settings;
      states?: (PageState | Error)[];
      clipboard?: boolean;
      /** Annotate calls wait until finishAnnotating() (the core still working). */
      hold?: boolean;
    } = {},
    readonly inTab = false,
  ) {
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  /** Lets held annotate calls answer. */
  finishAnnotating(): void {
    this.release();
  }

  /** Plays a content script's 'pm:detected' broadcast from tab `tabId` to every listener of that tab. */
  broadcastDetected(tabId: number, detected: ToPopup): void {
    for (const [listener, id] of [...this.detectedListeners]) if (id === tabId) listener(detected);
  }

  /** How many detection listeners are registered now. */
  get detectedListenerCount(): number {
    return this.detectedListeners.size;
  }

  onDetected = (tabId: number, listener: (d: ToPopup) => void): (() => void) => {
    this.detectedListeners.set(listener, tabId);
    return () => this.detectedListeners.delete(listener);
  };

  resolveTab = async (): Promise<TargetTab | null> =>
    this.answers.tab === undefined ? { id: 7, url: 'https://news.example/bridge?utm_source=x', favIconUrl: null } : this.answers.tab;
  loadSettings = async (): Promise<Settings> => this.answers.settings ?? DEFAULT_SETTINGS;
  annotate = async (tabId: number, options: { force?: boolean; summarySentences: number }): Promise<PageState> => {
    this.annotateCalls.push({ tabId, ...options });
    if (this.answers.hold) await this.held;
    const states = this.answers.states ?? [];
    const next = states[Math.min(this.annotateCalls.length - 1, states.length - 1)];
    if (!next) return { state: 'working' };
    if (next instanceof Error) throw next;
    return next;
  };
  send = async (tabId: number, message: ToContent): Promise<void> => {
    this.sent.push({ tabId, message });
  };
  focusTab = async (tabId: number): Promise<void> => {
    this.focused.push(tabId);
  };
  popOut = async (tabId: number): Promise<void> => {
    this.poppedOut.push(tabId);
  };
  download = (file: ExportFile): void => {
    this.downloads.push(file);
  };
  copyText = async (text: string): Promise<boolean> => {
    this.copied.push(text);
    return this.answers.clipboard ?? true;
  };
}
