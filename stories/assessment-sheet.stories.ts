import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { emptyAssessment, type Assessment, type Locale } from '@tsunagu/core';
import '@tsunagu/sheets/assessment-sheet';
import '@tsunagu/sheets/case-record';
import type { TsunaguAssessmentSheet } from '@tsunagu/sheets';
import { case8050 } from '../test/fixtures/households';
import { assessedCase, juneAssessment, paperAssessment, septemberAssessment } from '../test/fixtures/assessments';
import { a4 } from './paper';

const TODAY = '2025-09-10';

interface Args {
  mode: 'edit' | 'readonly' | 'print';
  value?: Assessment;
}

const lang = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'ja');
const sheetOf = (root: HTMLElement) => root.querySelector('tsunagu-assessment-sheet') as TsunaguAssessmentSheet;

/**
 * The household assessment (アセスメント, issue #36): the whole household now and its past, member by member, the
 * person's own view, the supporters' view and what is still unknown; at a review, the 評価 of the plan. The 8050
 * household: the mother and the son, named from the case's household.
 */
const meta = {
  title: 'Sheets/Assessment sheet (アセスメント)',
  component: 'tsunagu-assessment-sheet',
  tags: ['autodocs'],
  args: { mode: 'edit' },
  argTypes: { mode: { control: 'inline-radio', options: ['edit', 'readonly', 'print'] } },
  render: (args) =>
    html`<tsunagu-assessment-sheet .household=${case8050.household} .value=${args.value} mode=${args.mode} today=${TODAY}></tsunagu-assessment-sheet>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A new assessment: a row for the mother and one for the son, the agency to name. */
export const New: Story = { args: { value: emptyAssessment(TODAY, case8050.household) } };

/** June: what is known of both, their past, the son's own view and his strengths. */
export const June: Story = { args: { value: juneAssessment } };

/** September, three months on: revised, with the 評価 of the July plan (一部達成, 継続). */
export const SeptemberWithReview: Story = {
  args: { value: septemberAssessment },
  play: async ({ canvasElement }) => {
    const sr = sheetOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.textContent).toContain(lang() === 'en' ? 'Review of the plan' : '評価'));
  },
};

/** On paper: every domain of both people, within two A4 pages. */
export const Printed: Story = {
  render: () =>
    a4(
      html`<tsunagu-assessment-sheet mode="print" .household=${case8050.household} .value=${paperAssessment} today=${TODAY}></tsunagu-assessment-sheet>`,
    ),
};

/** The case record's timeline with both assessments, the later with its 評価. */
export const OnTheTimeline: Story = {
  render: () => html`<tsunagu-case-record .value=${assessedCase} today="2025-10-01"></tsunagu-case-record>`,
  play: async ({ canvasElement }) => {
    const sr = canvasElement.querySelector('tsunagu-case-record')!.shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('.timeline li.assessment')).toHaveLength(2));
  },
};
