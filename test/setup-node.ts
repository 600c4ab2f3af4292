import { failOnConsole } from './console-guard';

// The core must never log: a test fails on any console output.
failOnConsole(['log', 'info', 'debug', 'warn', 'error']);
