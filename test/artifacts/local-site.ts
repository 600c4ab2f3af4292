// A page server on a free local port and Debian's Chromium, for the tests that load what is built
// (the static Storybook, the standalone bundle) as a municipal site would serve it.
import { createServer, type RequestListener } from 'node:http';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM, CHROMIUM_ARGS } from '../../vitest.config';

export interface LocalSite {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves `handle` on 127.0.0.1 and launches headless Chromium; `close()` stops both. */
export async function openLocalSite(handle: RequestListener): Promise<LocalSite> {
  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}
