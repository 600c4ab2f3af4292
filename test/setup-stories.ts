import { configure } from 'storybook/test';
import { LIT_DEV_MODE, failOnConsole } from './console-guard';

// Stories render without console errors or warnings; the page language follows the toolbar.
failOnConsole(['warn', 'error'], [LIT_DEV_MODE]);

// A play function's waitFor waits until its expectation holds, or 10 s: the default 1 s was too short for an
// export (a dynamic import, then the CSV) while another CPU-heavy job ran beside npm test (2026-12-07).
// A limit against hangs; waitFor returns as soon as the expectation holds.
configure({ asyncUtilTimeout: 10_000 });
