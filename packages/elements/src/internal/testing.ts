// Helpers of the elements' browser tests (src/**/*.test.ts); no element imports this file.

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** Collects console.warn lines until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Runs `use` while every way out of the page is watched: fetch, XMLHttpRequest, WebSocket,
 * sendBeacon, cookies, localStorage, sessionStorage and indexedDB (each access is recorded), and
 * the page's resource entries. Resolves to what was touched and how many resources were loaded.
 */
export async function watchLeaks(use: () => Promise<void>): Promise<{ touched: string[]; resources: number }> {
  const touched: string[] = [];
  const restore: (() => void)[] = [];
  const spy = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor) throw new Error(`cannot spy on ${label}`);
    Object.defineProperty(target, key, {
      configurable: true,
      get() {
        touched.push(label);
        return descriptor.get ? descriptor.get.call(this) : descriptor.value;
      },
      ...(descriptor.set || 'value' in descriptor ? { set(value: unknown) { touched.push(`${label} (set)`); descriptor.set?.call(this, value); } } : {}),
    });
    restore.push(() => Object.defineProperty(target, key, descriptor));
  };
  spy(window, 'fetch', 'fetch');
  spy(window, 'XMLHttpRequest', 'XMLHttpRequest');
  spy(window, 'WebSocket', 'WebSocket');
  spy(Navigator.prototype, 'sendBeacon', 'sendBeacon');
  spy(Document.prototype, 'cookie', 'document.cookie');
  spy(window, 'localStorage', 'localStorage');
  spy(window, 'sessionStorage', 'sessionStorage');
  spy(window, 'indexedDB', 'indexedDB');
  const resourcesBefore = performance.getEntriesByType('resource').length;
  try {
    await use();
  } finally {
    restore.forEach((undo) => undo());
  }
  return { touched, resources: performance.getEntriesByType('resource').length - resourcesBefore };
}
