// What the browser figures mount, shared by `pnpm bench` and scripts/bench/profile.mjs: each
// component at its realistic and largest size, as { tag, props, attrs } for scripts/bench/page.js.
import { build } from 'esbuild';
import { forReport, generateCase, plan as makePlan, rng, withContacts, withLargeHousehold } from './generate.mjs';

/** The components with their documents; `core` is @tsunagu/core (its dist), `root` the repository. */
export async function mounts(core, root) {
  // The meeting session's three cases come from the test fixtures (TypeScript): bundled, then imported.
  const fixtureCode = (
    await build({
      stdin: {
        contents:
          "export { threeCaseSession, sessionCases } from './test/fixtures/sessions';\nexport { generateDirectory } from './test/fixtures/directory';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      alias: {
        '@tsunagu/core/directory': root + 'packages/core/src/directory/index.ts',
        '@tsunagu/core': root + 'packages/core/src/index.ts',
      },
      logLevel: 'silent',
    })
  ).outputFiles[0].text;
  const { threeCaseSession, sessionCases, generateDirectory } = await import(
    `data:text/javascript;base64,${Buffer.from(fixtureCode).toString('base64')}`
  );
  /** The case with `target` timeline entries: weekly contacts added until the timeline holds that many. */
  const withTimeline = (c, target) => {
    const out = withContacts(c, target - core.caseTimeline(withContacts(c, 0)).length);
    if (core.caseTimeline(out).length !== target) throw new Error('timeline size');
    return out;
  };
  const lastDay = (c) => c.contacts.at(-1).date;
  const realistic = generateCase(7);
  const year = withContacts(generateCase(7), 52);
  const long = withTimeline(generateCase(7), 500);
  // Four fiscal years of cases, loaded through JSON, counted by the core: what the report view is given.
  const report4 = core.buildReport(
    Array.from({ length: 2_000 }, (_, i) => JSON.parse(JSON.stringify(forReport(generateCase(i, 1, 4), i)))),
    { from: '2023-04-01', to: '2027-03-31' },
  );
  if (report4.fiscalYears.length !== 4) throw new Error(`the report spans ${report4.fiscalYears.length} fiscal years, not 4`);
  return {
    referral: { tag: 'tsunagu-referral-sheet', props: { value: realistic.referrals[0] }, attrs: { today: '2025-04-01' } },
    supportSharing: { tag: 'tsunagu-support-sharing-sheet', props: { value: realistic.meetings[1] }, attrs: { today: '2025-04-01' } },
    plan30: { tag: 'tsunagu-action-plan-sheet', props: { value: realistic.plans[0] }, attrs: { today: '2025-04-01' } },
    plan200: {
      tag: 'tsunagu-action-plan-sheet',
      props: { value: makePlan(rng(200), 200, '2025-04-01', 200) },
      attrs: { today: '2025-04-01' },
    },
    year: { tag: 'tsunagu-case-record', props: { value: year }, attrs: { today: lastDay(year) } },
    long: { tag: 'tsunagu-case-record', props: { value: long }, attrs: { today: lastDay(long) } },
    session: { tag: 'tsunagu-meeting-session', props: { value: threeCaseSession, cases: sessionCases }, attrs: { today: '2025-07-31' } },
    map: { tag: 'tsunagu-household-map', props: { value: withLargeHousehold(generateCase(7)) }, attrs: { today: '2025-10-01' } },
    report: { tag: 'tsunagu-report-view', props: { value: report4 } },
    // A directory of 2,000 services and 200 individuals (issue #35's size), searched as a worker types.
    directory: {
      tag: 'tsunagu-resource-directory',
      props: { directory: generateDirectory(2000, 35, { individuals: 200 }) },
      attrs: { today: '2026-12-07' },
    },
    // What a receiving agency opens: a つなぎ asked with its reason and what was shared, waiting for the reply.
    reply: {
      tag: 'tsunagu-referral-reply',
      props: {
        value: {
          id: 't1',
          requester: { organization: '多機関協働事業', name: '前田 浩' },
          receiver: { organization: '地域若者サポートステーション', field: 'employment' },
          purpose: '長男の就労に向けた準備の場として。本人は人の少ない時間なら通えると話している。',
          shared: '世帯の状況、本人の希望（午前中・少人数）、これまでの経過。',
          consentStatus: 'given',
          steps: [{ status: 'requested', date: '2025-07-14', by: 'requester' }],
        },
      },
      attrs: { today: '2025-07-22' },
    },
  };
}

/**
 * The interactions `pnpm bench` times, each at the component's realistic and largest size:
 * [component, size, interaction, mount, [page action, its argument], a click before them].
 */
export function interactions(M) {
  return [
    ['referral sheet', 'a realistic referral', 'keystroke', M.referral, ['type', '#f-content-problemView']],
    ['referral sheet', 'a realistic referral', 'add a member', M.referral, ['add', '#f-members-add']],
    ['support-sharing sheet', 'a realistic meeting', 'keystroke', M.supportSharing, ['type', '#f-purpose']],
    ['support-sharing sheet', 'a realistic meeting', 'add an attendee', M.supportSharing, ['add', '#f-attendees-add']],
    ['support-sharing sheet', 'a realistic meeting', 'switch the meeting kind', M.supportSharing, ['radio', '#f-meeting-legalKind']],
    ['action-plan sheet', '30 actions', 'keystroke', M.plan30, ['type', '#f-actions-5-task']],
    ['action-plan sheet', '30 actions', 'add an action', M.plan30, ['add', '#f-actions-add']],
    ['action-plan sheet', '30 actions', 'leave a field', M.plan30, ['leaveRow']],
    ['action-plan sheet', '200 actions', 'keystroke', M.plan200, ['type', '#f-actions-5-task']],
    ['action-plan sheet', '200 actions', 'leave a field', M.plan200, ['leaveRow']],
    ['action-plan sheet', '200 actions', 'add an action', M.plan200, ['add', '#f-actions-add']],
    ['case record', '52 contacts', 'add a contact', M.year, ['add', '#add-contact']],
    [
      'case record',
      '52 contacts',
      'keystroke in the new contact',
      M.year,
      ['type', `#f-contacts-${M.year.props.value.contacts.length}-content`],
      '#add-contact',
    ],
    ['case record', '500 entries', 'add a contact', M.long, ['add', '#add-contact']],
    [
      'case record',
      '500 entries',
      'keystroke in the new contact',
      M.long,
      ['type', `#f-contacts-${M.long.props.value.contacts.length}-content`],
      '#add-contact',
    ],
    ['case record', '500 entries', 'filter the timeline by kind', M.long, ['kindFilter']],
    ['case record', '500 entries', 'filter the timeline by person', M.long, ['memberFilter']],
    ['case record', '500 entries', 'open a document (and close it)', M.long, ['openDocument']],
    ['meeting session', 'three cases', 'switch the meeting kind', M.session, ['radio', '#f-legalKind']],
    ['meeting session', 'three cases', 'add an invitation', M.session, ['add', '#f-invitations-add']],
    ['household map', '12 people, 30 supports', 'a support added', M.map, ['newValue']],
    ['report view', 'four fiscal years', 'switch the language', M.report, ['language']],
    ['resource directory', '2,000 entries', 'keystroke in the search', M.directory, ['search', '#text']],
  ];
}
