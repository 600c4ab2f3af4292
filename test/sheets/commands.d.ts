import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: 'print' | 'screen') => Promise<void>;
    emulateForcedColors: (forcedColors: 'active' | 'none') => Promise<void>;
  }
}
