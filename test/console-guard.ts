import { afterEach, vi } from 'vitest';

/**
 * Fails a test on console output of the given kinds, except expected notices.
 * Every test project uses it: the core must never log, and the sheets and
 * stories must render without errors or warnings.
 */
export function failOnConsole(methods: readonly ('log' | 'info' | 'debug' | 'warn' | 'error')[], expected: readonly RegExp[] = []): void {
  const spies = methods.map((m) => [m, vi.spyOn(console, m)] as const);
  afterEach(() => {
    for (const [method, spy] of spies) {
      const calls = spy.mock.calls.map((c) => c.map(String).join(' ')).filter((text) => !expected.some((re) => re.test(text)));
      spy.mockClear();
      if (calls.length > 0) throw new Error(`unexpected console.${method} output:\n${calls.join('\n')}`);
    }
  });
}

/** Lit announces its development build once; that notice is expected under Vite. */
export const LIT_DEV_MODE = /^Lit is in dev mode\. Not recommended for production!/;
