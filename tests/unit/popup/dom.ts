import { parseHTML } from 'linkedom';
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

/** A fresh linkedom document installed as the global document Preact renders into. */
export function installDom(): { window: Window; document: Document; root: HTMLElement } {
  const { window, document } = parseHTML('<!doctype html><html lang="en"><body><div id="app"></div></body></html>') as unknown as {
    window: Window;
    document: Document;
  };
  Object.assign(globalThis, { window, document });
  return { window, document, root: document.getElementById('app')! };
}

/** Renders a tree into the root and lets effects and pending promises settle. */
export async function mount(tree: ComponentChild, root: HTMLElement): Promise<void> {
  await act(async () => {
    render(tree, root);
  });
  await settle();
}

/** Lets pending promises resolve and Preact re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

/** Clicks an element as a reader would (a bubbling click event). */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    el.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('click', { bubbles: true }));
  });
  await settle();
}

/** Types into an input (sets its value, fires input). */
export async function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!el) throw new Error('nothing to type into');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('input', { bubbles: true }));
  });
  await settle();
}

/** Checks or unchecks a checkbox or radio (sets checked, fires change). */
export async function check(el: Element | null | undefined, checked: boolean): Promise<void> {
  if (!el) throw new Error('nothing to check');
  await act(async () => {
    (el as HTMLInputElement).checked = checked;
    el.dispatchEvent(new (globalThis.window as unknown as typeof globalThis).Event('change', { bubbles: true }));
  });
  await settle();
}

/** Whether a checkbox or radio is checked (linkedom keeps it as an attribute until a script sets the property). */
export function isChecked(el: Element | null | undefined): boolean {
  if (!el) throw new Error('no such control');
  return 'checked' in el ? !!(el as HTMLInputElement).checked : el.hasAttribute('checked');
}

/** Text of every match of a selector, trimmed. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * Controls a screen reader could not name: buttons, links, inputs and selects with no text,
 * aria-label, aria-labelledby, title or associated <label>. A small stand-in for axe-core, which
 * needs a real layout engine (the e2e run uses the real one).
 */
export function unnamedControls(root: ParentNode): string[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const out: string[] = [];
  for (const el of root.querySelectorAll('button, a[href], input, select, textarea')) {
    if ((el as HTMLInputElement).type === 'hidden') continue;
    const labelledBy = el.getAttribute('aria-labelledby');
    const id = el.getAttribute('id');
    const named =
      (el.tagName !== 'INPUT' && (el.textContent ?? '').trim() !== '') ||
      !!el.getAttribute('aria-label')?.trim() ||
      (!!labelledBy && labelledBy.split(/\s+/).every((ref) => !!doc.getElementById(ref))) ||
      !!el.getAttribute('title')?.trim() ||
      !!el.closest('label') ||
      (!!id && !!doc.querySelector(`label[for="${id}"]`));
    if (!named) out.push(el.outerHTML.slice(0, 80));
  }
  return out;
}
