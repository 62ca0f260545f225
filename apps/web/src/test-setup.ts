import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The app first reads the session (GET /api/auth/session), then the page's data: on a busy CI
// machine that takes longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

// antd reads media queries; jsdom has no matchMedia.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// antd's menus measure themselves; jsdom has no ResizeObserver.
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {
      return undefined;
    }
    unobserve() {
      return undefined;
    }
    disconnect() {
      return undefined;
    }
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  Object.defineProperty(globalThis, 'ResizeObserver', {
    writable: true,
    value: ResizeObserverStub,
  });
}

// rc-component schedules with MessageChannel, which this jsdom does not provide.
if (!('MessageChannel' in globalThis)) {
  type Port = { onmessage: ((event: { data: unknown }) => void) | null };
  class PortStub implements Port {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    other: PortStub | null = null;
    postMessage(data: unknown) {
      setTimeout(() => this.other?.onmessage?.({ data }), 0);
    }
    start() {
      return undefined;
    }
    close() {
      this.other = null;
    }
  }
  class MessageChannelStub {
    port1 = new PortStub();
    port2 = new PortStub();
    constructor() {
      this.port1.other = this.port2;
      this.port2.other = this.port1;
    }
  }
  Object.defineProperty(globalThis, 'MessageChannel', {
    writable: true,
    value: MessageChannelStub,
  });
}
