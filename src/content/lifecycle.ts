/**
 * A test of whether this content script's extension is still there. After the extension is
 * reloaded or updated, an old content script keeps running in open tabs but its runtime is gone:
 * Chrome leaves `runtime.id` undefined and throws "Extension context invalidated" from its APIs.
 * The runtime object is captured now: a script injected after a reload may share our global scope.
 */
export function makeAliveCheck(): () => boolean {
  let runtime: { id?: string } | undefined;
  try {
    const g = globalThis as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } } };
    runtime = g.chrome?.runtime ?? g.browser?.runtime;
  } catch {
    runtime = undefined;
  }
  return () => {
    try {
      return !!runtime?.id;
    } catch {
      // Firefox throws "can't access dead object" once the extension's sandbox is gone.
      return false;
    }
  };
}

/** Whether an error is the browser saying our extension context is gone. */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|extension context|dead object/i.test(message);
}

/**
 * The content script's lifetime: one AbortController whose signal every listener, observer and timer
 * is tied to, so tearing everything down is one call. An orphaned script (extension reloaded or
 * updated) notices at its next event or poll and tears itself down.
 */
export class Lifecycle {
  private readonly controller = new AbortController();
  private readonly teardowns: Array<() => void> = [];

  constructor(private readonly isAlive: () => boolean = makeAliveCheck()) {}

  /** Aborts when the content script is torn down. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Work to do at teardown (remove highlights, the card), in reverse order of registration. */
  onTeardown(fn: () => void): void {
    this.teardowns.push(fn);
  }

  /** True while the extension is alive; tears down (once) and returns false when it is not. */
  check(): boolean {
    if (this.controller.signal.aborted) return false;
    if (this.isAlive()) return true;
    this.teardown();
    return false;
  }

  /** Checks every `ms` while alive (events alone may never come on an idle page). */
  poll(ms: number): void {
    const id = setInterval(() => this.check(), ms);
    this.signal.addEventListener('abort', () => clearInterval(id), { once: true });
  }

  /** Removes everything the content script did and every listener it holds. */
  teardown(): void {
    if (this.controller.signal.aborted) return;
    for (const fn of this.teardowns.reverse()) {
      try {
        fn();
      } catch {
        // Teardown goes on: a half-removed page is worse than one failed step.
      }
    }
    this.controller.abort();
  }
}
