import { LIT_DEV_MODE, failOnConsole } from './console-guard';

// A test fails on any console error or warning (Lit's own dev-mode warnings included).
failOnConsole(['warn', 'error'], [LIT_DEV_MODE]);

// A Japanese municipal page; tests of English set lang="en" on a container.
document.documentElement.lang = 'ja';
