import { FIELDS, ISSUE_TAGS, PROBLEM_TYPES, REFERRER_REQUESTS, RELATIONSHIPS, RESPONSE_OPTIONS, ROUTES, SITUATIONS, TROUBLES } from '../vocab/lists';
import type { Referral } from '../schema/referral';
import { blank, knownCodes, requiredTexts, rule, type Rule } from './engine';
import { personFindings } from './person';

/** The consent check has a result (anything but 未確認): its date is asked for. */
const consentTaken = (d: Referral): boolean => !!d.consent?.status && d.consent.status !== 'unchecked';
/** C票 その他 is ticked. */
const otherChosen = (d: Referral): boolean => !!d.response?.options?.includes('other');

/** Rules of a referral (A・B票) and its C票 response. */
export const referralRules: readonly Rule<Referral>[] = [
  requiredTexts<Referral>([
    ['referrer', 'name'],
    ['referrer', 'organization'],
    ['members', '*', 'relationship'],
    ['response', 'coordinator', 'name'],
    ['response', 'coordinator', 'organization'],
  ]),
  knownCodes<Referral>([
    ['routes', ROUTES, ['route']],
    ['fields', FIELDS, ['referrer', 'field']],
    ['relationships', RELATIONSHIPS, ['members', '*', 'relationship']],
    ['situations', SITUATIONS, ['person', 'situations', '*']],
    ['situations', SITUATIONS, ['members', '*', 'situations', '*']],
    ['fields', FIELDS, ['person', 'agencies', '*', 'field']],
    ['fields', FIELDS, ['members', '*', 'agencies', '*', 'field']],
    ['problemTypes', PROBLEM_TYPES, ['content', 'problemType']],
    ['troubles', TROUBLES, ['content', 'troubles', '*']],
    ['troubles', TROUBLES, ['content', 'mainTrouble']],
    ['issueTags', ISSUE_TAGS, ['content', 'tags', '*']],
    ['fields', FIELDS, ['content', 'fields', '*']],
    ['referrerRequests', REFERRER_REQUESTS, ['needs', 'requests', '*']],
    ['responseOptions', RESPONSE_OPTIONS, ['response', 'options', '*']],
  ]),
  rule<Referral>('person.identity', (d, ctx) => personFindings(d.person, ['person'], ctx.today, 'person.identity')),
  rule<Referral>('person.kana', function* (d, ctx) {
    yield* personFindings(d.person, ['person'], ctx.today, 'person.kana');
    for (const [i, m] of (d.members ?? []).entries()) yield* personFindings(m, ['members', i], ctx.today, 'person.kana');
  }),
  rule<Referral>('person.birthDateFuture', function* (d, ctx) {
    yield* personFindings(d.person, ['person'], ctx.today, 'person.birthDateFuture');
    for (const [i, m] of (d.members ?? []).entries())
      yield* personFindings(m, ['members', i], ctx.today, 'person.birthDateFuture');
  }),
  /** A referral records the result of the consent check (盛岡: 必ず本人同意の確認を行う). */
  rule<Referral>('referral.consentUnchecked', function* (d) {
    if (d.consent?.status === 'unchecked') yield { path: ['consent', 'status'] };
  }),
  rule<Referral>(
    'consent.dateMissing',
    function* (d) {
      if (consentTaken(d) && !d.consent.date) yield { path: ['consent', 'date'] };
    },
    [{ path: ['consent', 'date'], when: consentTaken }],
  ),
  /** The referrer's own view of the problem is required (坂井市 紹介シート). */
  rule<Referral>(
    'referral.problemViewRequired',
    function* (d) {
      if (blank(d.content?.problemView)) yield { path: ['content', 'problemView'] };
    },
    [{ path: ['content', 'problemView'] }],
  ),
  rule<Referral>('referral.mainTroubleNotListed', function* (d) {
    const main = d.content?.mainTrouble;
    if (main && !(d.content.troubles ?? []).includes(main)) yield { path: ['content', 'mainTrouble'] };
  }),
  /** C票: at least one option. */
  rule<Referral>(
    'response.optionRequired',
    function* (d) {
      if (d.response && (d.response.options ?? []).length === 0) yield { path: ['response', 'options'] };
    },
    [{ path: ['response', 'options'] }],
  ),
  /** C票: その他 needs its text. */
  rule<Referral>(
    'response.otherTextRequired',
    function* (d) {
      if (otherChosen(d) && blank(d.response?.otherText)) yield { path: ['response', 'otherText'] };
    },
    [{ path: ['response', 'otherText'], when: otherChosen }],
  ),
  rule<Referral>('response.beforeReferral', function* (d) {
    if (d.response?.respondedOn && d.referredOn && d.response.respondedOn < d.referredOn)
      yield { path: ['response', 'respondedOn'] };
  }),
];
