import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Case } from '@tsunagu/core';
import '@tsunagu/sheets/household-map';
import type { TsunaguHouseholdMap } from '@tsunagu/sheets';
import { aloneMapCase, familyMapCase, largeMapCase, phasedMapCase } from '../test/fixtures/household-maps';
import { a4 } from './paper';

interface Args {
  value?: Case;
  lang?: string;
  today?: string;
  phase?: string;
  allPhases?: boolean;
}
const mapOf = (root: HTMLElement) => root.querySelector('tsunagu-household-map') as TsunaguHouseholdMap;

const meta = {
  title: 'Components/Household map (ジェノグラム・エコマップ)',
  component: 'tsunagu-household-map',
  tags: ['autodocs'],
  args: { today: '2025-10-01' },
  render: (args) =>
    html`<tsunagu-household-map .value=${args.value} today=${args.today ?? ''} phase=${args.phase ?? nothing} ?all-phases=${args.allPhases ?? false} lang=${args.lang ?? nothing}></tsunagu-household-map>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/**
 * The 東海村-like family (seed 003 around l.430–520): a mother in her thirties and three sons living together,
 * a grandmother elsewhere, a father who has died, twelve agencies and the neighbourhood. Tab through the people
 * and supports; Enter moves to the words for each.
 */
export const TheFamily: Story = {
  args: { value: familyMapCase },
  play: async ({ canvasElement }) => {
    const sr = mapOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('svg a')).toHaveLength(6 + 14));
    // (Storybook's userEvent does not press Enter on an SVG link as Chromium does; test/sheets does, with the real keyboard.)
    await userEvent.click(sr.querySelector('a[href="#alt-c2"]')!);
    await waitFor(() => expect(sr.activeElement?.id).toBe('alt-c2'));
  },
};

/**
 * Twelve people and thirty supports: the size the map is made to stay readable at. Lines go straight where
 * nothing is in the way and otherwise round the family, never across a label or a node they do not connect;
 * the picture scrolls sideways rather than shrink its labels.
 */
export const TwelvePeopleThirtySupports: Story = { args: { value: largeMapCase } };

/** A long agency name (「ひばり町 要保護児童対策地域協議会」) wraps onto two lines inside its box. */
export const LongAgencyName: Story = {
  args: {
    value: {
      ...familyMapCase,
      household: {
        ...familyMapCase.household,
        person: {
          ...familyMapCase.household.person,
          agencies: [
            ...(familyMapCase.household.person.agencies ?? []),
            { name: 'ひばり町 要保護児童対策地域協議会', field: 'children', tie: 'strong' },
          ],
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const sr = mapOf(canvasElement).shadowRoot!;
    await waitFor(() => expect([...sr.querySelectorAll('svg a text')].map((t) => t.textContent)).toContain('要保護児童対策地域協議会'));
  },
};

/**
 * 東海村's three pictures as one case over time (seed 003 l.431–552): choose 初動期, 調整期 or 安定期 above the map
 * (arrow keys step through them). Agencies appear from their first day and leave after their last; the text
 * alternative says what flows along each line (世帯支援, 会議参画・連携, 異変時連絡, 経過報告, 見守り), the coordinator,
 * the agency-to-agency links and each person's conditions.
 */
export const OverTime: Story = {
  args: { value: phasedMapCase, phase: 'coordinating' },
  play: async ({ canvasElement, globals }) => {
    const sr = mapOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('.phases input')).toHaveLength(3));
    const text = () => sr.querySelector('.text')!.textContent!;
    await expect(text()).toContain('住宅会社');
    await userEvent.click(sr.querySelectorAll<HTMLInputElement>('.phases input')[2]!);
    await waitFor(() => expect(text()).not.toContain('住宅会社'));
    await expect(text()).toContain((globals['locale'] as string) === 'en' ? 'Watching over' : '見守り');
  },
};

/** The three phases side by side, each on its last day (on paper, a page each). */
export const AllPhases: Story = {
  args: { value: phasedMapCase, allPhases: true },
  play: async ({ canvasElement }) => {
    const sr = mapOf(canvasElement).shadowRoot!;
    await waitFor(() => expect(sr.querySelectorAll('section.phase svg')).toHaveLength(3));
  },
};

/** An elderly woman living alone: 民生委員, a neighbour and a salon, all informal. */
export const AloneWithInformalSupports: Story = { args: { value: aloneMapCase } };

/** No household recorded yet. */
export const Empty: Story = {};

/** On A4, as it prints: the picture and its key on one page. */
export const PrintPreview: Story = {
  render: () => a4(html`<tsunagu-household-map .value=${familyMapCase} today="2025-10-01"></tsunagu-household-map>`),
};

/** English. */
export const English: Story = { args: { value: familyMapCase, lang: 'en' } };
