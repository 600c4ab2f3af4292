import * as z from 'zod/mini';
import { URGENCIES, codesOf } from '../vocab';
import {
  Consent,
  HouseholdMember,
  LIMITS,
  Person,
  documentHeader,
  Staff,
  code,
  codeList,
  isoDate,
  list,
  longText,
  personal,
  reported,
  shortText,
} from './common';

/** The coordinator's answer to a referral (C票). */
export const ReferralResponse = z.object({
  respondedOn: isoDate(),
  coordinator: Staff,
  /** One or more C票 options. */
  options: reported(codeList(), 'C票 options ticked'),
  /** Required when the option `other` is ticked. */
  otherText: z.optional(longText()),
  comment: z.optional(longText()),
  nextStep: z.optional(longText()),
});
/** The C票 response. @public */
export type ReferralResponse = z.infer<typeof ReferralResponse>;

/** A referral (高島 つむぎあいシート A・B票, 盛岡 相談シート, 坂井 紹介シート, 米子 つなぐシート) with its optional response (高島 C票). */
export const Referral = z.object({
  ...documentHeader('referral'),
  referredOn: reported(isoDate(), 'Date of the referral'),
  urgency: z.optional(z.enum(codesOf(URGENCIES))),
  referrer: z.object({
    name: personal(shortText(), 'Name of the referrer'),
    organization: shortText(),
    department: z.optional(shortText()),
    field: z.optional(code()),
    phone: z.optional(personal(shortText(), "Referrer's phone")),
    email: z.optional(personal(shortText(), "Referrer's e-mail")),
  }),
  /** 紹介先: where the case is sent; the coordinator when absent. */
  destination: z.optional(shortText()),
  route: z.optional(reported(code(), '相談経路')),
  person: Person,
  members: list(HouseholdMember, LIMITS.members),
  consent: Consent,
  content: z.object({
    /** 主訴: the person's own words. */
    mainConcern: z.optional(personal(longText(), '主訴')),
    /** 課題認識: the referrer's view of the problems (required by rule). */
    problemView: z.optional(personal(longText(), '課題認識')),
    problemType: z.optional(code()),
    troubles: z.optional(codeList()),
    /** The main trouble (◎) among the troubles. */
    mainTrouble: z.optional(code()),
    tags: z.optional(codeList()),
    fields: z.optional(reported(codeList(), 'Fields of the problems')),
    history: z.optional(personal(longText(), '経緯・背景')),
    wishes: z.optional(personal(longText(), '本人の希望')),
    strengths: z.optional(personal(longText(), 'ストレングス')),
    doneSoFar: z.optional(personal(longText(), 'これまでの対応')),
  }),
  needs: z.optional(
    z.object({
      requests: z.optional(codeList()),
      /** 支援者の困りごと: where the supporter is stuck. */
      detail: z.optional(personal(longText(), '支援者の困りごと・依頼内容')),
    }),
  ),
  response: z.optional(ReferralResponse),
});
/** A referral document. @public */
export type Referral = z.infer<typeof Referral>;
