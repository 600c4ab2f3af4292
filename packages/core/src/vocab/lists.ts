import type { VocabularyEntry } from './define';

/* Every code list of tsunagu. One `as const` list per vocabulary is the single
 * source for its TypeScript union, its schema, its labels and its test loops. */

/** 分野: the fields of the welfare system. @public */
export const FIELDS = [
  { code: 'elderly', ja: '高齢', en: 'Elderly care' },
  { code: 'disability', ja: '障害', en: 'Disability' },
  { code: 'children', ja: '子ども・子育て', en: 'Children and child-rearing' },
  { code: 'poverty', ja: '生活困窮', en: 'Poverty and livelihood' },
  { code: 'health', ja: '保健・医療', en: 'Health and medical care' },
  { code: 'education', ja: '教育', en: 'Education' },
  { code: 'housing', ja: '住まい', en: 'Housing' },
  { code: 'employment', ja: '就労', en: 'Employment' },
  { code: 'community', ja: '地域', en: 'Community' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** お困りごと: the troubles checklist (岡山市 つなぐシート). @public */
export const TROUBLES = [
  { code: 'illness', ja: '病気・医療のこと', en: 'Illness and medical care' },
  { code: 'mentalHealth', ja: 'こころの問題（メンタルヘルス）', en: 'Mental health' },
  { code: 'care', ja: '介護のこと', en: 'Long-term care' },
  { code: 'disability', ja: '障害のこと', en: 'Disability' },
  { code: 'childRearing', ja: '子育てのこと', en: 'Child-rearing' },
  { code: 'incomeWork', ja: '収入・仕事のこと', en: 'Income and work' },
  { code: 'debt', ja: '支出・滞納・借金', en: 'Spending, arrears and debt' },
  { code: 'housing', ja: '住まいのこと', en: 'Housing' },
  { code: 'violenceAbuse', ja: 'DV・虐待のこと', en: 'Domestic violence and abuse' },
  { code: 'advocacy', ja: '権利擁護（後見制度など）', en: 'Advocacy (guardianship and similar)' },
  { code: 'health', ja: '健康のこと', en: 'Health' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 相談経路: who brought the consultation (氷見市 statistics). @public */
export const ROUTES = [
  { code: 'self', ja: '当事者', en: 'The person themself' },
  { code: 'family', ja: '家族', en: 'Family' },
  { code: 'acquaintance', ja: '知人', en: 'Acquaintance' },
  { code: 'community', ja: '地域', en: 'Community (民生委員, neighbours)' },
  { code: 'agency', ja: '専門機関', en: 'Specialist agency' },
  { code: 'government', ja: '行政', en: 'Municipal office' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 続柄: relationship to the person (本人との続柄), not to the head of household. @public */
export const RELATIONSHIPS = [
  { code: 'self', ja: '本人', en: 'The person' },
  { code: 'spouse', ja: '配偶者', en: 'Spouse or partner' },
  { code: 'father', ja: '父', en: 'Father' },
  { code: 'mother', ja: '母', en: 'Mother' },
  { code: 'son', ja: '息子', en: 'Son' },
  { code: 'daughter', ja: '娘', en: 'Daughter' },
  { code: 'child', ja: '子', en: 'Child' },
  { code: 'brother', ja: '兄弟', en: 'Brother' },
  { code: 'sister', ja: '姉妹', en: 'Sister' },
  { code: 'grandparent', ja: '祖父母', en: 'Grandparent' },
  { code: 'grandchild', ja: '孫', en: 'Grandchild' },
  { code: 'childInLaw', ja: '子の配偶者', en: 'Child-in-law' },
  { code: 'otherRelative', ja: 'その他の親族', en: 'Other relative' },
  { code: 'cohabitant', ja: '同居人', en: 'Cohabitant' },
] as const satisfies readonly VocabularyEntry[];

/** 状況: a household member's situation. `lifeProblem` marks a 地域生活課題 (氷見 counts households where several people have one, seed 003 l.827). @public */
export const SITUATIONS = [
  { code: 'working', ja: '就労', en: 'Working' },
  { code: 'unemployed', ja: '無職・求職中', en: 'Unemployed', lifeProblem: true },
  { code: 'student', ja: '就学', en: 'In school' },
  { code: 'preschool', ja: '未就学', en: 'Pre-school' },
  { code: 'needsCare', ja: '要介護・要支援', en: 'Needs long-term care', lifeProblem: true },
  { code: 'disability', ja: '障害', en: 'Disability', lifeProblem: true },
  { code: 'withdrawn', ja: 'ひきこもり', en: 'Social withdrawal (hikikomori)', lifeProblem: true },
  { code: 'illness', ja: '疾病・通院', en: 'Illness or treatment', lifeProblem: true },
  { code: 'pregnant', ja: '妊娠中', en: 'Pregnant' },
  // The 地域生活課題 of 東海村's household pictures (seed 003 l.298–330) and 尾道's case mix (seed 002 l.145).
  { code: 'schoolRefusal', ja: '不登校', en: 'Not attending school', lifeProblem: true },
  { code: 'dementia', ja: '認知症', en: 'Dementia', lifeProblem: true },
  { code: 'dvVictim', ja: 'DV被害', en: 'Domestic violence (victim)', lifeProblem: true },
  { code: 'addiction', ja: '依存症（薬物・アルコールなど）', en: 'Addiction (drugs, alcohol…)', lifeProblem: true },
  { code: 'childRearing', ja: '子育ての困難', en: 'Difficulty raising children', lifeProblem: true },
  { code: 'hoarding', ja: 'ごみ屋敷（住まいの荒れ）', en: 'Hoarding (home in disorder)', lifeProblem: true },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 問題の種類: single and clear, between systems, or multiple intertwined problems. @public */
export const PROBLEM_TYPES = [
  { code: 'single', ja: '単一で明確', en: 'Single and clear' },
  { code: 'betweenSystems', ja: '制度の狭間', en: 'Between systems' },
  { code: 'complex', ja: '複合多問題', en: 'Multiple intertwined problems' },
] as const satisfies readonly VocabularyEntry[];

/** 課題タグ: issue tags used to describe and count cases. @public */
export const ISSUE_TAGS = [
  { code: 'hikikomori', ja: 'ひきこもり', en: 'Social withdrawal (hikikomori)' },
  { code: '8050', ja: '8050問題', en: 'The 8050 problem (a parent in their 80s, a withdrawn child in their 50s)' },
  { code: 'hoarding', ja: 'ごみ屋敷', en: 'Hoarding' },
  { code: 'dv', ja: 'DV', en: 'Domestic violence' },
  { code: 'abuse', ja: '虐待', en: 'Abuse' },
  { code: 'youngCarer', ja: 'ヤングケアラー', en: 'Young carer' },
  { code: 'schoolRefusal', ja: '不登校', en: 'School non-attendance' },
  { code: 'financialHardship', ja: '経済的困窮', en: 'Financial hardship' },
  { code: 'dementia', ja: '認知症', en: 'Dementia' },
  { code: 'suspectedDisability', ja: '障害の疑い', en: 'Suspected disability' },
  { code: 'addiction', ja: '依存症', en: 'Addiction' },
  { code: 'isolation', ja: '孤立', en: 'Isolation' },
  { code: 'debt', ja: '多重債務', en: 'Multiple debts' },
  { code: 'suicideRisk', ja: '自殺リスク', en: 'Suicide risk' },
  { code: 'foreignResident', ja: '外国籍・言語', en: 'Foreign resident or language' },
  { code: 'doubleCare', ja: 'ダブルケア', en: 'Double care' },
] as const satisfies readonly VocabularyEntry[];

/** 緊急性. @public */
export const URGENCIES = [
  { code: 'high', ja: '高い（早急な対応が必要）', en: 'High (act promptly)' },
  { code: 'medium', ja: '中程度', en: 'Medium' },
  { code: 'low', ja: '低い', en: 'Low' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 本人同意の状況. 未確認 (not asked yet) and 確認中 (being asked) are apart;
 * 本人未接触 is the person not met yet — 氷見's CSW cases start from a
 * neighbour's call (seed 003, around l.760) — so no one has to tick 同意なし,
 * which would be false. A referral may be made in that state; a
 * 重層的支援会議 may not (it needs consent given).
 * @public
 */
export const CONSENT_STATUSES = [
  { code: 'given', ja: '同意あり', en: 'Given' },
  { code: 'refused', ja: '同意なし', en: 'Not given' },
  { code: 'unchecked', ja: '未確認', en: 'Not yet asked' },
  { code: 'checking', ja: '確認中', en: 'Being asked' },
  { code: 'notContacted', ja: '本人未接触（確認できない）', en: 'Person not yet met (cannot be asked)' },
  { code: 'withdrawn', ja: '同意撤回', en: 'Withdrawn' },
] as const satisfies readonly VocabularyEntry[];

/** 同意の確認方法. @public */
export const CONSENT_METHODS = [
  { code: 'oral', ja: '口頭', en: 'Oral' },
  { code: 'written', ja: '書面', en: 'Written' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 支援者の依頼内容: what the referrer asks the coordinator for. @public */
export const REFERRER_REQUESTS = [
  { code: 'coordination', ja: '関係機関との調整', en: 'Coordination with agencies' },
  { code: 'meeting', ja: '会議の開催', en: 'Holding a meeting' },
  { code: 'accompaniedVisit', ja: '同行訪問・相談同席', en: 'Accompanied visit or joint interview' },
  { code: 'advice', ja: '助言', en: 'Advice' },
  { code: 'information', ja: '情報提供', en: 'Information' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** C票: the coordinator's response options (高島市 つむぎあいシート C票). @public */
export const RESPONSE_OPTIONS = [
  {
    code: 'referToExisting',
    ja: '既存の支援制度・ネットワークでの対応が可能なため関係機関につなぐ',
    en: 'Refer to an agency: existing services or networks can respond',
  },
  {
    code: 'shareWithCurrent',
    ja: 'すでに関係機関による支援が行われているので、その機関に情報共有する',
    en: 'Share with the agency already supporting the household',
  },
  {
    code: 'holdMeeting',
    ja: '支援会議を開催して、関係機関間での情報共有と行動連携を行う',
    en: 'Hold a support meeting to share information and coordinate action',
  },
  { code: 'participationOutreach', ja: '参加支援、アウトリーチ等支援の利用を検討する', en: 'Consider participation support or outreach' },
  {
    code: 'accompany',
    ja: '生活課題等のアセスメントを行うために、コーディネーターが相談に同席（同行訪問等）する',
    en: 'The coordinator joins a consultation or visit to assess the situation',
  },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 会議の法的な種別: kept apart from the municipality's local meeting name. @public */
export const MEETING_KINDS = [
  { code: 'juusou', ja: '重層的支援会議', en: 'Multi-layered support meeting (consent required)' },
  { code: 'shien', ja: '支援会議', en: 'Support meeting (consent not required; members bound by confidentiality)' },
  { code: 'existing', ja: '既存の会議', en: 'Existing field meeting' },
] as const satisfies readonly VocabularyEntry[];

/**
 * The law a meeting is held under. A 支援会議 is held under 社会福祉法第106条の6 (seed 001 l.1397) or under
 * 生活困窮者自立支援法第9条 (坂井's さかまる会議, l.1597); a 重層的支援会議 is part of the 重層的支援体制整備事業 of
 * 社会福祉法第106条の4 (l.366). `meeting.legalBasis` keeps each with its kind; {@link legalBasisOf} gives the default.
 * @public
 */
export const LEGAL_BASES = [
  {
    code: 'welfare106-4',
    ja: '社会福祉法第106条の4（重層的支援体制整備事業）',
    en: 'Social Welfare Act, Art. 106-4 (multi-layered support programme)',
  },
  { code: 'welfare106-6', ja: '社会福祉法第106条の6', en: 'Social Welfare Act, Art. 106-6' },
  { code: 'selfReliance9', ja: '生活困窮者自立支援法第9条', en: 'Act on Self-Reliance Support for Needy Persons, Art. 9' },
] as const satisfies readonly VocabularyEntry[];

/**
 * The 事業 of the 重層的支援体制整備事業 a case may be enrolled in (「各事業の相談受付件数」, seed 001 l.851): the four
 * the guidebook names; a municipality adds its own (extensible, 'supportPrograms').
 * @public
 */
export const SUPPORT_PROGRAMS = [
  { code: 'comprehensive', ja: '包括的相談支援事業', en: 'Comprehensive consultation support' },
  { code: 'multiAgency', ja: '多機関協働事業', en: 'Multi-agency collaboration' },
  { code: 'outreach', ja: 'アウトリーチ等を通じた継続的支援事業', en: 'Continuous support through outreach' },
  { code: 'participation', ja: '参加支援事業', en: 'Participation support' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 制度・事業 a case applies to or is supported by, as 氷見's 支援実績 counts them (seed 003 l.690–701): benefits and
 * loans with their 相談 and 決定, and the services of the 生活困窮者自立支援制度 with the people supported. A
 * municipality adds its own (a policy's `vocabularies.applicationPrograms`).
 * @public
 */
export const APPLICATION_PROGRAMS = [
  { code: 'housingBenefit', ja: '住居確保給付金', en: 'Housing security benefit' },
  { code: 'publicAssistance', ja: '生活保護', en: 'Public assistance' },
  { code: 'welfareFund', ja: '生活福祉資金貸付', en: 'Livelihood welfare fund loan' },
  { code: 'householdBudget', ja: '家計改善支援（家計相談支援）', en: 'Household budget support' },
  { code: 'employmentSupport', ja: '就労支援', en: 'Employment support' },
  { code: 'assistedEmployment', ja: '被保護者就労支援', en: 'Employment support for assistance recipients' },
  { code: 'workTraining', ja: '就労訓練事業（中間的就労）', en: 'Work training (intermediate employment)' },
  { code: 'emergencyFood', ja: '緊急食糧等支援', en: 'Emergency food support' },
  { code: 'learningSupport', ja: '子どもの学習・生活支援', en: "Children's learning and living support" },
] as const satisfies readonly VocabularyEntry[];

/**
 * The steps of an application or a service, each dated: 相談 and 決定 for a benefit, 支援 and 就労者・収入増 for
 * employment support (氷見, seed 003 l.694–701). Extensible.
 * @public
 */
export const APPLICATION_STEPS = [
  { code: 'consulted', ja: '相談', en: 'Consulted' },
  { code: 'applied', ja: '申請', en: 'Applied' },
  { code: 'decided', ja: '決定', en: 'Granted' },
  { code: 'rejected', ja: '却下', en: 'Refused' },
  { code: 'withdrawn', ja: '取下げ', en: 'Withdrawn' },
  { code: 'supported', ja: '支援', en: 'Supported' },
  { code: 'employed', ja: '就労', en: 'Found work' },
  { code: 'incomeIncreased', ja: '収入増', en: 'Income increased' },
] as const satisfies readonly VocabularyEntry[];

/**
 * The status of a つなぎ: 依頼 (asked), 受理 (taken up), 辞退 (declined, with a reason), 利用開始 (the person began to
 * use it), つながった (connected), つながらなかった (did not connect, with a reason), 取消 (withdrawn by the side that
 * asked). Closed-loop referral as FHIR's Task and findhelp's outcomes record it (`TSUNAGI_FHIR_TASK`).
 * @public
 */
export const TSUNAGI_STATUSES = [
  { code: 'requested', ja: '依頼', en: 'Requested' },
  { code: 'accepted', ja: '受理', en: 'Accepted' },
  { code: 'declined', ja: '辞退', en: 'Declined' },
  { code: 'started', ja: '利用開始', en: 'Service started' },
  { code: 'connected', ja: 'つながった', en: 'Connected' },
  { code: 'notConnected', ja: 'つながらなかった', en: 'Did not connect' },
  { code: 'cancelled', ja: '取消', en: 'Cancelled' },
] as const satisfies readonly VocabularyEntry[];

/** Who set a step of a つなぎ: the side that asked (`requester`) or the agency that receives it (`receiver`). @public */
export const TSUNAGI_SIDES = ['requester', 'receiver'] as const;

/**
 * Why a つなぎ was declined or did not connect (findhelp's "couldn't contact", "not eligible", "no capacity"; the
 * person's own wish). A municipality adds its own (a policy's `vocabularies.tsunagiReasons`).
 * @public
 */
export const TSUNAGI_REASONS = [
  { code: 'unreachable', ja: '連絡がつかない', en: 'Could not be reached' },
  { code: 'ineligible', ja: '対象外', en: 'Not eligible' },
  { code: 'noCapacity', ja: '空きがない', en: 'No capacity' },
  { code: 'personsWish', ja: '本人の意向', en: "The person's wish" },
  { code: 'otherService', ja: 'ほかの支援につながった', en: 'Connected elsewhere' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 既存の会議: field meetings that may be used instead or combined (名張, seed 001 l.1829). `individualCase` is a
 * field's own case meeting; 尾道's 個別ケース会議 is not one of these but its multi-agency case meeting (seed 002
 * l.94–98, l.168–172), a 重層的支援会議 or 支援会議 under a local name (ONOMICHI_EXAMPLE_POLICY).
 * @public
 */
export const EXISTING_MEETINGS = [
  { code: 'communityCare', ja: '地域ケア会議', en: 'Community care meeting' },
  { code: 'childProtection', ja: '要保護児童対策地域協議会', en: 'Child protection council' },
  { code: 'supportCoordination', ja: '支援調整会議', en: 'Support coordination meeting (poverty)' },
  { code: 'individualCase', ja: '各分野の個別ケース会議', en: "A field's own case meeting" },
  { code: 'disabilityCouncil', ja: '自立支援協議会', en: 'Disability support council' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 定例・随時. @public */
export const MEETING_SCHEDULES = [
  { code: 'regular', ja: '定例', en: 'Regular' },
  { code: 'adhoc', ja: '随時', en: 'Ad hoc' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 会議での役割. 本人 and 家族 attend too: 盛岡's よりそい会議 lists 「本人等」
 * among its attendees (seed 001, around l.1004). They are not supporters:
 * the 行動連携 and confidentiality rules ask nothing of them.
 * @public
 */
export const ATTENDEE_ROLES = [
  { code: 'facilitator', ja: '司会', en: 'Facilitator' },
  { code: 'recorder', ja: '記録', en: 'Recorder' },
  { code: 'presenter', ja: '事例提供者', en: 'Case presenter' },
  { code: 'participant', ja: '参加者', en: 'Participant' },
  { code: 'person', ja: '本人', en: 'The person' },
  { code: 'family', ja: '家族', en: 'Family member' },
] as const satisfies readonly VocabularyEntry[];

/** 行動の種類. @public */
export const ACTION_KINDS = [
  { code: 'informationGathering', ja: '情報収集', en: 'Information gathering' },
  { code: 'visit', ja: '訪問', en: 'Visit' },
  { code: 'application', ja: '申請', en: 'Application' },
  { code: 'watching', ja: '見守り', en: 'Watching over' },
  { code: 'referral', ja: 'つなぎ', en: 'Referral' },
  { code: 'participation', ja: '参加支援', en: 'Participation support' },
  { code: 'outreach', ja: 'アウトリーチ', en: 'Outreach' },
  { code: 'accompany', ja: '同行', en: 'Accompanying' },
  { code: 'consultation', ja: '相談', en: 'Consultation' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 年代: the age when the birth date is unknown and only a range is (「60代」). @public */
export const AGE_BANDS = [
  { code: '0s', ja: '10歳未満', en: 'Under 10' },
  { code: '10s', ja: '10代', en: 'In their teens' },
  { code: '20s', ja: '20代', en: 'In their 20s' },
  { code: '30s', ja: '30代', en: 'In their 30s' },
  { code: '40s', ja: '40代', en: 'In their 40s' },
  { code: '50s', ja: '50代', en: 'In their 50s' },
  { code: '60s', ja: '60代', en: 'In their 60s' },
  { code: '70s', ja: '70代', en: 'In their 70s' },
  { code: '80s', ja: '80代', en: 'In their 80s' },
  { code: '90s', ja: '90代', en: 'In their 90s' },
  { code: '100s', ja: '100歳以上', en: '100 or older' },
] as const satisfies readonly VocabularyEntry[];

/** 行動の状況. @public */
export const ACTION_STATUSES = [
  { code: 'notStarted', ja: '未着手', en: 'Not started' },
  { code: 'inProgress', ja: '実施中', en: 'In progress' },
  { code: 'done', ja: '完了', en: 'Done' },
  { code: 'cancelled', ja: '中止', en: 'Cancelled' },
] as const satisfies readonly VocabularyEntry[];

/** 計画の状況 (中断 is a status, not a termination reason). @public */
export const PLAN_STATUSES = [
  { code: 'active', ja: '実施中', en: 'Active' },
  { code: 'suspended', ja: '中断', en: 'Suspended' },
  { code: 'terminated', ja: '終結', en: 'Terminated' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 終結の理由. 「本人が支援を拒否」 is not one: without consent the work goes
 * on through 支援会議 (seed 001, around l.577–583: 本人同意を得られるまでは、
 * 支援会議でできることを検討しましょう); a pause at the person's wish is the
 * status 中断, not an end.
 * @public
 */
export const TERMINATION_REASONS = [
  {
    code: 'mainSupporterDecided',
    ja: '主たる支援者が決まり、チームで対応できる',
    en: 'A main supporter is decided and the team runs on its own',
  },
  { code: 'resolved', ja: 'サービス等の利用により課題が解決した', en: 'Resolved through services' },
  // 氷見's own criterion (「数か月間にわたって関わりがない」, seed 001 l.1502): nobody necessarily carries on.
  { code: 'noInvolvement', ja: '一定期間関与がない', en: 'No involvement for several months', noSuccessor: true },
  { code: 'movedOut', ja: '転出', en: 'Moved out of the municipality', noSuccessor: true },
  { code: 'death', ja: '死亡', en: 'Death', noSuccessor: true },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** フォーマル・インフォーマル. @public */
export const RESOURCE_TYPES = [
  { code: 'formal', ja: 'フォーマル', en: 'Formal' },
  { code: 'informal', ja: 'インフォーマル', en: 'Informal' },
] as const satisfies readonly VocabularyEntry[];

/** 資源の状況: in use, considered, or missing ("もしこんな資源があれば"). @public */
export const RESOURCE_STATES = [
  { code: 'inUse', ja: '利用中', en: 'In use' },
  { code: 'considered', ja: '検討中', en: 'Considered' },
  { code: 'missing', ja: '不足している資源', en: 'Missing' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 地域課題のテーマ: what a missing resource or a candidate entry is about, as the register gathers them by 圏域 ×
 * 分野 × テーマ for the 推進会議 (氷見's 地区 develop 買い物支援・外出支援・サロン・学習室, seed 003 l.895–939;
 * 「もしこんな資源があれば」, seed 001 l.833). A municipality adds its own themes through its policy.
 * @public
 */
export const RESOURCE_THEMES = [
  { code: 'employment', ja: '就労', en: 'Work' },
  { code: 'belonging', ja: '居場所', en: 'A place to belong' },
  { code: 'mobility', ja: '移動', en: 'Getting about' },
  { code: 'housing', ja: '住まい', en: 'Housing' },
  { code: 'shopping', ja: '買い物', en: 'Shopping' },
  { code: 'watching', ja: '見守り', en: 'Watching over' },
  { code: 'learning', ja: '学習', en: 'Learning' },
  { code: 'food', ja: '食', en: 'Food' },
  { code: 'care', ja: '介護・看護', en: 'Care' },
  { code: 'consultation', ja: '相談', en: 'Someone to talk to' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/** 圏域の種類: the areas a local resource serves (日常生活圏域, 中学校区, 地区, or the whole municipality). @public */
export const AREA_KINDS = [
  { code: 'municipality', ja: '市町村全域', en: 'Whole municipality' },
  { code: 'daily', ja: '日常生活圏域', en: 'Daily-life area' },
  { code: 'juniorHigh', ja: '中学校区', en: 'Junior high school district' },
  { code: 'district', ja: '地区', en: 'District' },
] as const satisfies readonly VocabularyEntry[];

/** 対象: whom a local resource is for. @public */
export const RESOURCE_TARGETS = [
  { code: 'anyone', ja: 'どなたでも', en: 'Anyone' },
  { code: 'elderly', ja: '高齢の方', en: 'Older people' },
  { code: 'children', ja: '子ども', en: 'Children' },
  { code: 'parents', ja: '子育て中の方', en: 'Parents' },
  { code: 'youth', ja: '若者', en: 'Young people' },
  { code: 'disability', ja: '障害のある方', en: 'Disabled people' },
  { code: 'livelihood', ja: '生活にお困りの方', en: 'People in hardship' },
  { code: 'carers', ja: '介護している家族', en: 'Family carers' },
] as const satisfies readonly VocabularyEntry[];

/**
 * The tie between a household member and a support, as an ecomap draws it
 * (東海村's ecomap of a family and twelve agencies, seed 003 around l.430–520).
 * @public
 */
export const TIES = [
  { code: 'strong', ja: '強いつながり', en: 'Strong tie' },
  { code: 'normal', ja: '普通のつながり', en: 'Ordinary tie' },
  { code: 'weak', ja: '弱いつながり', en: 'Weak tie' },
  { code: 'stressful', ja: 'ストレスのある関係', en: 'Stressful tie' },
] as const satisfies readonly VocabularyEntry[];

/**
 * What flows along a line of the household map — the labels of 東海村's ecomap (seed 003 l.489–552: 世帯支援,
 * 会議参画・連携, 異変時連絡, 経過報告, 支援調整・資源開発), with 見守り and 連携. Extensible.
 * @public
 */
export const SUPPORT_FLOWS = [
  { code: 'householdSupport', ja: '世帯支援', en: 'Household support' },
  { code: 'meetingLiaison', ja: '会議参画・連携', en: 'Meetings and liaison' },
  { code: 'alert', ja: '異変時連絡', en: 'Calls when something changes' },
  { code: 'progressReport', ja: '経過報告', en: 'Progress reports' },
  { code: 'coordination', ja: '支援調整・資源開発', en: 'Coordination and resource development' },
  { code: 'watching', ja: '見守り', en: 'Watching over' },
  { code: 'liaison', ja: '連携', en: 'Liaison' },
] as const satisfies readonly VocabularyEntry[];

/**
 * The phases of a case's support as 東海村 draws them (seed 003 l.433–497): 初動期 (the first response), 調整期
 * (agencies join and coordinate), 安定期 (the community takes over). A municipality names its own. Extensible.
 * @public
 */
export const SUPPORT_PHASES = [
  { code: 'initial', ja: '初動期', en: 'Initial response' },
  { code: 'coordinating', ja: '調整期', en: 'Coordination' },
  { code: 'stable', ja: '安定期', en: 'Stable' },
] as const satisfies readonly VocabularyEntry[];

/** ケースの状況. @public */
export const CASE_STATUSES = [
  { code: 'opened', ja: '受付', en: 'Opened' },
  { code: 'coordinating', ja: '調整中', en: 'In coordination' },
  { code: 'planRunning', ja: '計画実施中', en: 'Plan running' },
  { code: 'monitoring', ja: 'モニタリング', en: 'Monitoring' },
  { code: 'suspended', ja: '中断', en: 'Suspended' },
  { code: 'terminated', ja: '終結', en: 'Terminated' },
  { code: 'reopened', ja: '再開', en: 'Re-opened' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 支援経過記録: how a contact happened. 氷見 reports 延支援回数 from these
 * (seed 003 l.685); a municipality may add its own.
 * @public
 */
export const CONTACT_METHODS = [
  { code: 'visit', ja: '訪問', en: 'Home visit' },
  { code: 'officeVisit', ja: '来所', en: 'Office visit' },
  { code: 'phone', ja: '電話', en: 'Phone' },
  { code: 'accompany', ja: '同行', en: 'Accompanying' },
  { code: 'online', ja: 'オンライン', en: 'Online' },
  { code: 'letter', ja: '文書・メール', en: 'Letter or e-mail' },
  { code: 'meeting', ja: '会議', en: 'Meeting' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/**
 * 支援経過記録: what a contact was for. The guidebook asks the coordinator to stay a manager, not a player
 * (seed 001 l.257, l.734), and 福山 checks that the coordinator is not the main supporter after a 支援会議
 * (seed 000 l.696): direct support of the household and the coordination around it are told apart. The
 * list is this project's; a municipality may add its own.
 * @public
 */
export const CONTACT_PURPOSES = [
  { code: 'directSupport', ja: '本人・世帯への直接支援', en: 'Direct support of the household' },
  { code: 'coordination', ja: '関係機関との調整', en: 'Coordination with agencies' },
  { code: 'supporterSupport', ja: '支援者支援', en: 'Support of supporters' },
  { code: 'application', ja: '申請・手続きの支援', en: 'Help with applications' },
  { code: 'accompany', ja: '同行', en: 'Accompanying' },
  { code: 'monitoring', ja: 'モニタリング', en: 'Monitoring' },
  { code: 'other', ja: 'その他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];

/**
 * What a meeting session is for. Most discuss cases; a 重層的支援会議 may also sit without individual cases —
 * 盛岡's まるごと推進会議 for 事業全体の評価・地域課題の共有・社会資源の開発 (seed 001 l.1004, l.1062), 市原's
 * 相談機関連絡会 (l.1180–1197); the guidebook calls these 「個別ケースの検討以外の機能」 (l.838, l.853–861). 福山
 * counts its 支援者支援会議, 出前講座 and 担当者ミーティング (月3回) as outputs of its own (seed 000 l.720, l.736).
 * @public
 */
export const SESSION_PURPOSES = [
  { code: 'caseDiscussion', ja: '個別事例の検討', en: 'Discussing cases' },
  { code: 'promotion', ja: '推進会議（事業の評価・資源の開発）', en: 'Steering (evaluation, developing resources)' },
  { code: 'communityIssues', ja: '地域課題の共有', en: 'Sharing community issues' },
  { code: 'supporterSupport', ja: '支援者支援', en: 'Support of supporters' },
  { code: 'internalCoordination', ja: '庁内連携', en: 'Coordination within the municipality' },
  { code: 'training', ja: '研修・模擬事例', en: 'Training, mock cases' },
  { code: 'lecture', ja: '出前講座', en: 'Outreach talk' },
  { code: 'staffMeeting', ja: '担当者ミーティング', en: 'Staff meeting of the programme' },
] as const satisfies readonly VocabularyEntry[];

/**
 * The reply to a meeting invitation: 出席, 欠席, 代理出席, or no reply yet.
 * 坂井's さかまる会議 心得 第二条: 「会議開催の連絡があったら、『必ず参加します』言うべし」 (seed 001 l.447).
 * @public
 */
export const INVITATION_REPLIES = [
  { code: 'attending', ja: '出席', en: 'Attending' },
  { code: 'absent', ja: '欠席', en: 'Absent' },
  { code: 'proxy', ja: '代理出席', en: 'Sending a proxy' },
  { code: 'noReply', ja: '未回答', en: 'No reply yet' },
] as const satisfies readonly VocabularyEntry[];

/** 性別 (optional wherever it is recorded; not binary-only). @public */
export const SEXES = [
  { code: 'female', ja: '女性', en: 'Female' },
  { code: 'male', ja: '男性', en: 'Male' },
  { code: 'other', ja: 'その他', en: 'Other' },
  { code: 'unanswered', ja: '回答しない', en: 'Prefer not to say' },
] as const satisfies readonly VocabularyEntry[];
