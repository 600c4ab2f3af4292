import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { CASE_STATUSES, MORIOKA_EXAMPLE_POLICY, messageFor, type Case, type Locale, type MunicipalPolicy } from '@tsunagu/core';
import '@tsunagu/sheets/case-record';
import '@tsunagu/sheets/referral-sheet';
import '@tsunagu/sheets/support-sharing-sheet';
import '@tsunagu/sheets/action-plan-sheet';
import type { TsunaguCaseRecord } from '@tsunagu/sheets';
import { yearCase, yearCaseClosed, yearCaseReopened } from '../test/fixtures/case-year';
import { outreachCase } from '../test/fixtures/phases';
import { tsunagiCase } from '../test/fixtures/tsunagi';
import { a4 } from './paper';

interface Args {
  mode: 'edit' | 'readonly' | 'print';
  value?: Case;
  lang?: string;
  today?: string;
  policy?: MunicipalPolicy;
}
const recordOf = (root: HTMLElement) => root.querySelector('tsunagu-case-record') as TsunaguCaseRecord;

const meta = {
  title: 'Components/Case record (支援経過記録)',
  component: 'tsunagu-case-record',
  tags: ['autodocs'],
  args: { mode: 'edit', today: '2026-03-31' },
  render: (args) =>
    html`<tsunagu-case-record .value=${args.value} .policy=${args.policy} mode=${args.mode} today=${args.today ?? ''} lang=${args.lang ?? nothing}></tsunagu-case-record>`,
  parameters: {
    // axe checks the record with its newest 30 entries: the rest are the same templates with other text.
    a11y: { context: { exclude: [{ fromShadowDom: ['tsunagu-case-record', '.timeline .entry:nth-of-type(n+31)'] }] } },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A case just opened (受付): nothing recorded yet. Record the first contact. */
export const Empty: Story = {
  play: async ({ canvasElement, globals }) => {
    const record = recordOf(canvasElement);
    const sr = record.shadowRoot!;
    // Only 受付 so far.
    await expect(sr.querySelectorAll('.timeline .entry')).toHaveLength(1);
    await expect(sr.querySelector('.timeline .entry')!.textContent).toContain(CASE_STATUSES[0][globals['locale'] as Locale]);
    await userEvent.click(sr.querySelector<HTMLButtonElement>('#add-contact')!);
    // The new entry opens with focus in its date, today's date in it.
    await waitFor(() => expect(sr.activeElement?.id).toBe('f-contacts-0-date'));
    await expect(record.value.contacts).toMatchObject([{ date: '2026-03-31' }]);
  },
};

/** A year of the 東海村-like family's case: weekly contacts, small changes, the statuses between. Filter by member or agency. */
export const AYearOfAFamily: Story = {
  args: { value: yearCase },
  play: async ({ canvasElement }) => {
    const record = recordOf(canvasElement);
    const sr = record.shadowRoot!;
    const entries = () => sr.querySelectorAll('.timeline .entry').length;
    await record.updateComplete; // the newest 15 entries come first, the rest in slices
    const all = entries();
    await expect(all).toBe(1 + 1 + 1 + 4 + 1 + 52 + 4); // referral, meeting, plan, statuses, consent, contacts, changes
    const member = sr.querySelector<HTMLSelectElement>('#timeline-member')!;
    await userEvent.selectOptions(member, 'c1');
    await record.updateComplete;
    await waitFor(() => expect(entries()).toBeLessThan(all));
    await expect(entries()).toBeGreaterThan(0);
  },
};

/** Terminated (終結) with its hand-off: who keeps accompanying (子育て支援センター leading, a 民生委員 reporting back), what to watch for, whom to call if something changes (異変時連絡), how to re-open. */
export const TerminatedWithHandOff: Story = { args: { value: yearCaseClosed } };

/** Re-opened after the mother fell ill: the history kept, the new referral linked. */
export const Reopened: Story = { args: { value: yearCaseReopened, today: '2026-06-01' } };

/**
 * Before a change is recorded, the record shows what the rules ask of it. Under 盛岡's example, 終結 is
 * decided in a 重層的支援会議 (seed 001 l.1095) and names who carries on and whom to call.
 */
export const RulesBeforeAStatusChange: Story = {
  args: { value: yearCase, policy: MORIOKA_EXAMPLE_POLICY },
  play: async ({ canvasElement, globals }) => {
    const locale = globals['locale'] as Locale;
    const sr = recordOf(canvasElement).shadowRoot!;
    const terminated = CASE_STATUSES.find((s) => s.code === 'terminated')![locale];
    const radio = [...sr.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
      (r) => r.closest('label')?.textContent?.trim() === terminated,
    )!;
    await userEvent.click(radio);
    await waitFor(() => expect(sr.querySelector('#status-rules')?.textContent).toContain(messageFor('termination.reasonRequired', locale)));
    await userEvent.click(sr.querySelector<HTMLButtonElement>('#status-confirm')!);
    await waitFor(() => expect(sr.activeElement?.id).toBe('status-rules'));
  },
};

/**
 * A case that began before consent: chosen as an アウトリーチ等事業 target in a 支援会議 (seed 001 l.585), then — consent
 * given — moved to a 重層的支援会議 and into 多機関協働事業 (l.1494–1496). The timeline shows each 事業 and the move.
 */
export const FromOutreachToConsent: Story = {
  args: { value: outreachCase, today: '2025-10-01' },
  play: async ({ canvasElement }) => {
    const sr = recordOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('.timeline .entry.phase')).toHaveLength(1));
    await expect(sr.querySelectorAll('.timeline .entry.enrolment')).toHaveLength(3);
  },
};

/**
 * つなぎ followed to their outcome (#34): the 地域若者サポートステーション took the son up and he is connected; the
 * 配食サービス declined (空きがない); the 家計改善支援 has not replied past its date — the open list says 期限切れ.
 * Each step is on the timeline.
 */
export const Tsunagi: Story = {
  args: { value: tsunagiCase, today: '2025-12-16' },
  play: async ({ canvasElement, globals }) => {
    const sr = recordOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('.timeline .entry.tsunagi')).toHaveLength(7));
    const open = [...sr.querySelectorAll('ul[aria-labelledby="tsunagi-open"] li')];
    await expect(open).toHaveLength(1);
    await expect(open[0]!.textContent).toContain('家計改善支援事業');
    await expect(open[0]!.textContent).toContain((globals['locale'] as Locale) === 'en' ? 'overdue' : '期限切れ');
  },
};

/**
 * Two people, one case (#37): while this worker renamed the person, someone else saved the case with another
 * spelling and a phone call. The server answered 412 and the page called `record.merge(theirs)`: their contact is
 * in the timeline, and the one field both changed waits above the fields for the worker's choice, by keyboard.
 */
export const SomeoneSavedMeanwhile: Story = {
  args: { value: { ...yearCase, revision: '7' } },
  play: async ({ canvasElement }) => {
    const record = recordOf(canvasElement);
    const sr = record.shadowRoot!;
    const name = await waitFor(
      () => sr.querySelector<HTMLInputElement>('input#f-household-person-familyName') ?? Promise.reject(new Error('not yet')),
    );
    await userEvent.type(name, '青山', { initialSelectionStart: 0, initialSelectionEnd: name.value.length });
    await userEvent.tab();
    const theirs: Case = {
      ...yearCase,
      revision: '8',
      household: { ...yearCase.household, person: { ...yearCase.household.person, familyName: '青田' } },
      contacts: [
        ...yearCase.contacts!,
        { id: 'w53', date: '2026-03-30', method: 'phone', content: '包括から電話。通院の日程を確認した。' },
      ],
    };
    const { conflicts } = await record.merge(theirs);
    await expect(conflicts).toHaveLength(1);
    await waitFor(() => expect(sr.activeElement?.id).toBe('merge-panel'));
    await expect(sr.querySelectorAll('#merge-panel fieldset')).toHaveLength(1);
    await expect(record.value.contacts).toHaveLength(yearCase.contacts!.length + 1);
    await expect(record.value.revision).toBe('8');
  },
};

/** Read-only: the timeline without the editing controls. */
export const Readonly: Story = { args: { value: yearCaseClosed, mode: 'readonly' } };

/** The paper: the 支援経過記録 table on A4 — a year of weekly contacts in three pages. */
export const PrintPreview: Story = {
  render: () => a4(html`<tsunagu-case-record mode="print" .value=${yearCaseClosed} today="2026-03-31"></tsunagu-case-record>`),
};

/** English. */
export const English: Story = { args: { value: yearCaseReopened, lang: 'en', today: '2026-06-01' } };
