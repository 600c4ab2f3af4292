import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  APPLICATION_PROGRAMS,
  APPLICATION_STEPS,
  buildReport,
  reportTables,
  type Locale,
  type MunicipalPolicy,
  type Report,
} from '@tsunagu/core';
import '@tsunagu/sheets/report-view';
import { REPORT_VIEW_LABELS, type TsunaguReportView } from '@tsunagu/sheets';
import { himiCases, himiResultCases, himiSessions } from '../test/fixtures/himi';
import { case8050 } from '../test/fixtures/households';
import { yearCase } from '../test/fixtures/case-year';
import { mixedSession, sessionCases, threeCaseSession } from '../test/fixtures/sessions';
import { outreachCase } from '../test/fixtures/phases';
import { a4 } from './paper';

interface Args {
  value?: Report;
  lang?: string;
  policy?: MunicipalPolicy;
}
const viewOf = (root: HTMLElement) => root.querySelector('tsunagu-report-view') as TsunaguReportView;

const fourYears = buildReport(himiCases(), { sessions: himiSessions() });
const himiYear = buildReport(himiResultCases(), { sessions: himiSessions(), fiscalYear: 2016 });
const aYear = buildReport([case8050, yearCase, ...sessionCases.slice(1)], { sessions: [threeCaseSession], fiscalYear: 2025 });

const meta = {
  title: 'Components/Report view (実績報告)',
  component: 'tsunagu-report-view',
  tags: ['autodocs'],
  render: (args) =>
    html`<tsunagu-report-view .value=${args.value} .policy=${args.policy} lang=${args.lang ?? nothing}></tsunagu-report-view>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/**
 * Four years shaped like 氷見's (seed 003 l.803–833): new consultations by route H26–H29 with their shares,
 * the households where several people have a 地域生活課題, and meetings (illustrative: the seed does not give them).
 * The CSV button hands its file to the page here (the story cancels the download).
 */
export const FourYearsOfHimi: Story = {
  args: { value: fourYears },
  play: async ({ canvasElement, globals }) => {
    const el = viewOf(canvasElement);
    const l = REPORT_VIEW_LABELS[globals['locale'] as Locale];
    const sr = el.shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('figure')).toHaveLength(3));
    expect(sr.querySelector('table')!.textContent).toContain('229');
    el.addEventListener('tsunagu-export', (e) => e.preventDefault(), { once: true });
    await userEvent.click(sr.querySelector('button')!);
    await waitFor(() => expect(sr.querySelector('[role="status"]')!.textContent).toBe(l.exported.replace('{file}', 'tsunagu-report.csv')));
  },
};

/** One fiscal year (令和7年度) of the example cases and a よりそい会議 of three cases: the trend by month. */
export const AYear: Story = { args: { value: aYear } };

/**
 * A year with the figures of 事業, phases and meetings: 事業別 相談受付件数, the move from 支援会議 to
 * 重層的支援会議, 米子's mixed session held ad hoc and combined with a 支援調整会議, a steering session with no case,
 * and the coordinator's own contacts. The further tables open under 「ほかの表」.
 */
export const ProgrammesAndMeetings: Story = {
  args: {
    value: buildReport([case8050, yearCase, outreachCase, ...sessionCases.slice(1)], {
      fiscalYear: 2025,
      sessions: [
        { ...mixedSession, schedule: 'adhoc', combinedWith: ['supportCoordination'] },
        { ...threeCaseSession, id: 'ses-2025-11-20', date: '2025-11-20', sessionPurpose: 'promotion', agenda: [], minutesTo: [] },
      ],
    }),
  },
  play: async ({ canvasElement }) => {
    const sr = viewOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelector('details')).not.toBeNull());
    const more = sr.querySelector('details')!;
    await userEvent.click(more.querySelector('summary')!);
    await waitFor(() => expect(more.open).toBe(true));
    // 事業別 相談受付件数: the outreach case's two 事業.
    await expect(more.querySelectorAll('table').length).toBeGreaterThanOrEqual(6);
  },
};

/**
 * A year shaped like 氷見's H28 (seed 003 l.683–701): its new consultations by route, and its 支援実績 from
 * applications followed to their outcome — 住居確保給付金 and 生活保護 with their 相談 and 決定, 家計相談, 就労支援
 * with the people who found work, 緊急食糧 and 学習支援 — with ケアプランの作成 (plans made) and 支援調整会議 (existing
 * meetings). The 支援実績 table opens under 「ほかの表」 and goes to Excel with the rest.
 */
export const HimiSupportResults: Story = {
  args: { value: himiYear },
  play: async ({ canvasElement, globals }) => {
    const locale = globals['locale'] as Locale;
    const sr = viewOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelector('details')).not.toBeNull());
    const more = sr.querySelector('details')!;
    await userEvent.click(more.querySelector('summary')!);
    await waitFor(() => expect(more.open).toBe(true));
    // The 支援実績 table as the core makes it, row by row, in the story's language: H28's 家計相談 支援 72,
    // 緊急食糧等支援 111, 就労支援 支援 98 among them.
    const t = reportTables(himiYear, { locale }).find((x) => x.id === 'applications')!;
    const table = [...more.querySelectorAll('table')].find((x) => x.querySelector('caption')!.textContent!.includes(t.title))!;
    const shown = [...table.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
    const label = t.columns.findIndex((c) => c.kind !== 'code' && c.key !== 'fiscalYear');
    await expect(shown.map((r) => r[0])).toEqual(t.rows.map((r) => String(r[label])));
    const row = (program: string, step: string) =>
      shown.find(
        (r) =>
          r[0] ===
          `${APPLICATION_PROGRAMS.find((e) => e.code === program)![locale]}・${APPLICATION_STEPS.find((e) => e.code === step)![locale]}`,
      );
    await expect(row('householdBudget', 'supported')).toContain('72');
    await expect(row('emergencyFood', 'supported')).toContain('111');
    await expect(row('employmentSupport', 'supported')).toContain('98');
  },
};

/** Nothing to count yet. */
export const Empty: Story = { args: { value: buildReport([]) } };

/** English. */
export const English: Story = { args: { value: fourYears, lang: 'en' } };

/** Fiscal years in western years, as a municipality's policy may ask (`dateDisplay: 'western'`). */
export const WesternYears: Story = {
  args: { value: fourYears, policy: { id: 'example', name: { ja: '架空市', en: 'Example City' }, dateDisplay: 'western' } },
};

/** On A4, as it prints: charts with their tables, no buttons. */
export const PrintPreview: Story = {
  render: () => a4(html`<tsunagu-report-view .value=${fourYears}></tsunagu-report-view>`),
};
