// Stories render without console errors or warnings; the page language follows the toolbar.
import { afterEach, vi } from 'vitest';

/** Lit announces its development build once; that notice is expected under Vite. */
const EXPECTED = [/^Lit is in dev mode\. Not recommended for production!/];

// A test fails on any other console error or warning (Lit's own dev-mode warnings included).
const spies = (['warn', 'error'] as const).map((m) => vi.spyOn(console, m));
afterEach(() => {
  for (const s of spies) {
    const calls = s.mock.calls.map((c) => c.map(String).join(' ')).filter((text) => !EXPECTED.some((re) => re.test(text)));
    s.mockClear();
    if (calls.length > 0) throw new Error(`unexpected console output:\n${calls.join('\n')}`);
  }
});

