import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { messageFor, type Locale, type Referral } from '@tsunagu/core';
import '../docs/examples/intake-sheet';
import type { CityIntakeSheet } from '../docs/examples/intake-sheet';
import { hoardedHouseReferral } from '../test/fixtures/households';

const TODAY = '2025-06-12';
const sheetOf = (root: HTMLElement) => root.querySelector('city-intake-sheet') as CityIntakeSheet;

/**
 * A municipality's own sheet, composed from the sheet kit (docs/sheet-kit.md):
 * 相談受付票, a short intake form that hands on a standard referral. Its rules,
 * required marks, error summary, drafts and print come from the kit and the core.
 */
const meta = {
  title: 'Kit/Composing a sheet (相談受付票)',
  tags: ['autodocs'],
  render: (args) => html`<city-intake-sheet .value=${args.value} today=${TODAY}></city-intake-sheet>`,
} satisfies Meta<{ value?: Referral }>;
export default meta;
type Story = StoryObj<{ value?: Referral }>;

/** The empty intake sheet. */
export const Empty: Story = {};

/** Filled from the hoarded-house referral of the fixtures: the referral's other parts are kept, not shown. */
export const Filled: Story = { args: { value: hoardedHouseReferral } };

/** A submit with nothing entered: the core's messages in the kit's error summary, focused. */
export const ErrorsAfterSubmit: Story = {
  play: async ({ canvasElement, globals }) => {
    const sr = sheetOf(canvasElement).shadowRoot!;
    await userEvent.click(sr.querySelector('button.primary')!);
    await waitFor(() => expect(sr.activeElement).toBe(sr.querySelector('.error-summary')));
    await expect(sr.querySelector('.error-summary')!.textContent).toContain(
      messageFor('referral.problemViewRequired', globals['locale'] as Locale),
    );
  },
};
