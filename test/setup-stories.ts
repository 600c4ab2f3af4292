import { LIT_DEV_MODE, failOnConsole } from './console-guard';

// Stories render without console errors or warnings; the page language follows the toolbar.
failOnConsole(['warn', 'error'], [LIT_DEV_MODE]);
