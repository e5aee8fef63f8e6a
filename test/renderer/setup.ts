import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy / waitFor give up after 1 s by default; on a busy 2-core machine running two workers, antd's first
// render of a page can take longer. They still return as soon as the element is there.
configure({ asyncUtilTimeout: 5_000 });

// antd reads these browser APIs that jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;
window.getComputedStyle = (
  (orig) => (elt: Element, pseudo?: string | null) =>
    orig(elt, pseudo ?? undefined)
)(window.getComputedStyle);

afterEach(() => {
  cleanup();
  localStorage.clear();
});
