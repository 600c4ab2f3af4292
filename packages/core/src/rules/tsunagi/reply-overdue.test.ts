// The rule's passing and failing documents (rules/testing.ts runs them), and the day it begins to warn as the clock
// reads it in Japan, whatever the host's time zone (this file also runs under each zone: vitest.config.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validate } from '../../index';
import { ruleCases, tsunagiCase } from '../testing';

// 家計改善支援 was asked on 2025-12-01: the last day to reply is 2025-12-15 (14 days).
ruleCases('tsunagi.replyOverdue', [
  {
    kind: 'case',
    options: { today: '2025-12-15' },
    pass: tsunagiCase,
    failOptions: { today: '2025-12-16' },
    fail: tsunagiCase,
    path: 'tsunagi.2.steps',
  },
  // 7 days by the municipality's policy: due 2025-12-08.
  {
    kind: 'case',
    options: { today: '2025-12-08', policy: { id: 'seven', name: { ja: '七日', en: 'Seven' }, tsunagi: { replyDays: 7 } } },
    pass: tsunagiCase,
    failOptions: { today: '2025-12-09', policy: { id: 'seven', name: { ja: '七日', en: 'Seven' }, tsunagi: { replyDays: 7 } } },
    fail: tsunagiCase,
    path: 'tsunagi.2.steps',
  },
]);

describe('tsunagi.replyOverdue by the clock', () => {
  afterEach(() => vi.useRealTimers());
  const warned = () => validate('case', tsunagiCase).issues.filter((i) => i.code === 'tsunagi.replyOverdue');

  it('warns from the first minute of 16 December in Japan, not before, and names the agency and the day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-12-15T14:59:59Z')); // 23:59:59 on the 15th in Japan
    expect(warned()).toEqual([]);
    vi.setSystemTime(new Date('2025-12-15T15:00:00Z')); // 00:00 on the 16th in Japan
    const [issue] = warned();
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toContain('家計改善支援事業');
    expect(issue?.message).toContain('2025-12-15');
  });
});
