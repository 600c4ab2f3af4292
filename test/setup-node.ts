import { afterEach, vi } from 'vitest';

// A test fails on unexpected console output: the core must never log.
const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m));
afterEach(() => {
  for (const s of spies) {
    const calls = s.mock.calls.length;
    s.mockClear();
    if (calls > 0) throw new Error(`unexpected console.${s.getMockName()} output (${calls} call(s))`);
  }
});
