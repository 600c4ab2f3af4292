import { afterEach, vi } from 'vitest';

// A test fails on unexpected console errors or warnings (Lit dev-mode warnings included).
const spies = (['warn', 'error'] as const).map((m) => vi.spyOn(console, m));
afterEach(() => {
  for (const s of spies) {
    const calls = s.mock.calls.map((c) => c.map(String).join(' '));
    s.mockClear();
    if (calls.length > 0) throw new Error(`unexpected console output:\n${calls.join('\n')}`);
  }
});
