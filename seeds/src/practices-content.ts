import type {
  CreateEvaluationRequest,
  CreateFeedbackRequest,
  CreatePracticeRequest,
  CurationLabel,
  VerificationState,
} from '@pn/shared';
import type { DemoMemberKey } from './members';
import { DEMO_RESOURCE_IDS } from './resources-content';

/**
 * The demo best-practice library. Each entry is modelled on a kind of programme that is publicly documented in
 * the field (help-seeking therapy, online self-help, helplines, circles of support, adult education,
 * family-based treatment), described here in the project's own words and marked as demo data; the figures are
 * illustrative, not those of any real study.
 */
export interface DemoPractice {
  id: string;
  /** Who wrote it (see members.ts). */
  author: DemoMemberKey;
  label: CurationLabel;
  /** How long ago its published text last changed, in months: over 24 proposes archiving. */
  updatedMonthsAgo: number;
  /**
   * How long ago its rating was last computed or re-reviewed, in months (2 unless given: the evaluations'
   * time); over 24 puts it in the coordinators' re-review queue.
   */
  ratingReviewedMonthsAgo?: number;
  returnReason?: string;
  content: CreatePracticeRequest;
  /**
   * Verified unless said: a second reviewer has checked most of the library's studies; one awaits a reviewer and
   * one went back to its author with the reviewer's comment.
   */
  evaluations: Array<{
    author: DemoMemberKey;
    body: CreateEvaluationRequest;
    verification?: VerificationState;
    verificationComment?: string;
  }>;
  feedback: Array<{ author: DemoMemberKey; body: CreateFeedbackRequest }>;
}

const practiceId = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

export const DEMO_PRACTICE_IDS = {
  anonymousTherapy: practiceId(1),
  onlineSelfManagement: practiceId(2),
  helpline: practiceId(3),
  selfHelpCbt: practiceId(4),
  guidedInternetCbt: practiceId(5),
  circles: practiceId(6),
  adultTraining: practiceId(7),
  familyTherapy: practiceId(8),
  bodySafety: practiceId(9),
  shockPosters: practiceId(10),
  parentEvenings: practiceId(11),
  prisonGroups: practiceId(12),
} as const;

const DEMO = 'Demo data. ';

export const DEMO_PRACTICES: readonly DemoPractice[] = [
  {
    id: DEMO_PRACTICE_IDS.anonymousTherapy,
    author: 'practitioner',
    label: 'peer-reviewed',
    updatedMonthsAgo: 4,
    content: {
      title: 'Demo: Anonymous therapy for people who fear they might offend',
      summary:
        'Free, confidential group and individual therapy for adults who are sexually attracted to children and ' +
        'have not come to the attention of the justice system.',
      description:
        DEMO +
        'Outpatient clinics offer a course of cognitive-behavioural therapy to people who recognise a sexual ' +
        'interest in children and want help not to act on it. Contact is anonymous and free of charge; ' +
        'participants are recruited through a media campaign that speaks to them directly.\n\n' +
        '## What happens\n\n' +
        '- A telephone screening, then a diagnostic assessment at the clinic.\n' +
        '- About a year of weekly group sessions, with individual sessions where needed.\n' +
        '- Work on self-regulation, empathy, coping with sexual preoccupation and emotional loneliness; ' +
        'medication to lower sexual drive is offered when useful.',
      language: 'en',
      targetGroups: ['people-who-fear-they-might-offend'],
      preventionLevel: 'secondary',
      settings: ['health-care'],
      countries: ['DE', 'AT', 'CH'],
      languages: ['de', 'en'],
      organisation: 'Demo data: university hospital network',
      contact: 'Demo data: prevention-network@example.org',
      startYear: 2005,
      survivorInvolvement: 'consulted',
      survivorNote:
        'Survivors reviewed the campaign material so that it addresses help-seekers without minimising harm.',
      relatedResourceIds: [DEMO_RESOURCE_IDS.campaign, DEMO_RESOURCE_IDS.campaignDe],
      mechanism:
        'Therapy strengthens the skills that protect against acting on a sexual interest in children: recognising ' +
        'risky situations and emotional states, coping with sexual preoccupation without using abuse material, ' +
        'building adult relationships and a life worth protecting. Anonymity lowers the barrier for people who ' +
        'fear being reported.',
      context:
        'Works where confidentiality is protected by law; in countries with broad mandatory reporting, the limits ' +
        'of confidentiality must be explained at first contact.',
      implementation:
        'Therapists with sexological and forensic training, weekly supervision, a shared treatment manual and a ' +
        'multi-site network that trains new clinics. A regional media campaign is needed to reach the target group; ' +
        'most participants make contact only after seeing it several times. Waiting lists form quickly.',
      cost: null,
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'pre-post',
          sampleSize: 53,
          followUpMonths: 12,
          riskOfBias: 'high',
          independent: false,
          citation: 'Demo data: Uncontrolled evaluation of a help-seeker therapy programme, clinic report.',
          doi: null,
          summary:
            'Participants reported fewer dynamic risk factors (emotional deficits, offence-supportive attitudes) ' +
            'after treatment. No comparison group; outcomes by self-report and clinician rating.',
          outcomes: [
            {
              construct: 'dynamic-risk-factors',
              label: 'Self-reported dynamic risk factors',
              measure: 'self-report',
              direction: 'positive',
              significant: true,
              effectSize: 0.45,
              ciLow: 0.1,
              ciHigh: 0.8,
              sustained12Months: false,
            },
            {
              construct: 'csam-use',
              label: 'Self-reported use of abuse material',
              measure: 'self-report',
              direction: 'mixed',
              significant: false,
            },
          ],
        },
      },
    ],
    feedback: [
      {
        author: 'member-nl',
        body: {
          country: 'NL',
          setting: 'health-care',
          reached: 35,
          worked: 'The group format: participants said meeting others in the same situation reduced their isolation.',
          didNotWork: 'The waiting list: several people did not come back after waiting three months.',
          usefulness: 4,
        },
      },
    ],
  },
  {
    id: DEMO_PRACTICE_IDS.onlineSelfManagement,
    author: 'researcher',
    label: 'inspiring',
    updatedMonthsAgo: 10,
    content: {
      title: 'Demo: Online self-assessment and self-management modules',
      summary:
        'An anonymous website in several languages where people worried about their sexual interest in children ' +
        'assess themselves and work through self-management modules.',
      description:
        DEMO +
        'Visitors answer a self-assessment and receive feedback, then can work through modules on sexual ' +
        'preoccupation, emotions and relationships. The site points to therapy where it exists. It reaches people ' +
        'in countries with no specialised service.',
      language: 'en',
      targetGroups: ['people-who-fear-they-might-offend'],
      preventionLevel: 'secondary',
      settings: ['online'],
      countries: ['DE', 'IN', 'BR', 'ES'],
      languages: ['en', 'de', 'es', 'pt', 'hi'],
      organisation: 'Demo data: university sexual medicine institute',
      contact: null,
      startYear: 2017,
      survivorInvolvement: 'none',
      mechanism: 'Self-assessment creates awareness of risk and motivation to seek help.',
      context: null,
      implementation: null,
      cost: null,
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'other',
          sampleSize: 4161,
          riskOfBias: 'high',
          citation: 'Demo data: Descriptive study of the users of an online self-help service.',
          summary: 'Describes who uses the service; measures no change.',
          outcomes: [
            {
              construct: 'help-seeking',
              label: 'Users who went on to the self-management modules',
              measure: 'self-report',
              direction: 'positive',
              significant: false,
            },
          ],
        },
      },
    ],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.helpline,
    author: 'coordinator',
    label: 'peer-reviewed',
    updatedMonthsAgo: 2,
    content: {
      title: 'Demo: Confidential helpline for people worried about their own thoughts and for their families',
      summary:
        'A phone, chat and email helpline that advises adults worried about their own sexual thoughts or ' +
        'behaviour towards children, and the families and professionals around them.',
      description:
        DEMO +
        'Trained advisers answer anonymously. Callers worried about themselves are helped to make a plan to stay ' +
        'safe and, where possible, referred to treatment; family members get advice on what to do and how to ' +
        'protect children.',
      language: 'en',
      targetGroups: ['people-who-fear-they-might-offend', 'parents-and-caregivers', 'professionals'],
      preventionLevel: 'secondary',
      settings: ['online', 'community'],
      countries: ['GB', 'IE', 'NL', 'US'],
      languages: ['en', 'nl'],
      organisation: 'Demo data: child protection charity',
      contact: 'Demo data: helpline@example.org',
      startYear: 2002,
      survivorInvolvement: 'co-designed',
      survivorNote: 'A survivors’ panel co-wrote the guidance advisers give to family members.',
      relatedResourceIds: [DEMO_RESOURCE_IDS.helplineGuide],
      mechanism:
        'An anonymous first contact lets people act on a worry before anyone is harmed: naming the problem, ' +
        'making a safety plan with concrete steps, and a warm referral to treatment turn motivation into change. ' +
        'Families get practical steps instead of silence, and professionals get advice on what to do with a concern.',
      context:
        'Used across several countries with different reporting laws. Needs clear, published limits of ' +
        'confidentiality and a referral network; where no treatment exists, the helpline offers repeated calls.',
      implementation:
        'Advisers with social work or therapy backgrounds, six weeks of initial training, call recording for ' +
        'supervision, and a written protocol for disclosures of current risk to a child. About two thirds of ' +
        'contacts come from people worried about someone else, which shapes staffing. Opening hours in the evening ' +
        'matter most: that is when people worried about themselves call.',
      cost:
        'The main cost is adviser time: a contact takes about twenty minutes, and follow-up calls are common. An ' +
        'independent economic analysis estimated that the service pays for itself if it prevents a small number ' +
        'of offences a year; the figures should be recalculated with local salaries before adoption.',
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'qualitative',
          sampleSize: 120,
          riskOfBias: 'some-concerns',
          independent: true,
          citation: 'Demo data: Independent evaluation of a prevention helpline: implementation, user views and costs.',
          summary:
            'Interviews and surveys of callers: most said the call helped them take steps to control their ' +
            'behaviour. Descriptive; no comparison.',
          outcomes: [
            {
              construct: 'help-seeking',
              measure: 'self-report',
              direction: 'positive',
              significant: false,
            },
          ],
        },
      },
      {
        author: 'member-br',
        verification: 'awaiting',
        body: {
          design: 'pre-post',
          sampleSize: 88,
          sampleRandomised: 88,
          sampleAnalysed: 61,
          followUpMonths: 3,
          riskOfBias: 'high',
          independence: 'independent',
          comparison: 'none',
          citation: 'Demo data: Wellbeing of repeat callers before and three months after their first call.',
          summary:
            'Callers who agreed to a follow-up call reported less distress about their thoughts three months on. ' +
            'No comparison group, and a third could not be reached again.',
          outcomes: [
            {
              construct: 'wellbeing',
              label: 'Distress about sexual thoughts (self-rated)',
              measure: 'validated-scale',
              direction: 'positive',
              significant: true,
              effectSize: 0.35,
            },
          ],
        },
      },
    ],
    feedback: [
      {
        author: 'member-no',
        body: {
          country: 'NO',
          setting: 'online',
          reached: 410,
          worked: 'Chat brought younger callers than the phone line did.',
          didNotWork: 'Evening hours were too short for the demand.',
          usefulness: 5,
        },
      },
      {
        author: 'practitioner',
        body: {
          country: 'DE',
          setting: 'community',
          reached: 90,
          worked: 'The safety-plan template translated well.',
          didNotWork: 'Referral was hard where therapy places were full.',
          usefulness: 4,
        },
      },
    ],
  },
  {
    id: DEMO_PRACTICE_IDS.selfHelpCbt,
    author: 'member-fi',
    label: 'inspiring',
    updatedMonthsAgo: 8,
    content: {
      title: 'Demo: Anonymous online self-help for people who use sexual images of children',
      summary:
        'A free, anonymous self-help course based on cognitive-behavioural therapy, offered on the open web and ' +
        'on the dark web where the people it addresses search.',
      description:
        DEMO +
        'The course was designed from surveys of people searching for abuse material, who asked for anonymous ' +
        'help. It has short modules on triggers, urges and relapse prevention.',
      language: 'en',
      targetGroups: ['people-who-fear-they-might-offend', 'people-who-have-offended'],
      preventionLevel: 'secondary',
      settings: ['online'],
      countries: ['FI', 'ES', 'MX'],
      languages: ['en', 'es', 'fi'],
      organisation: 'Demo data: child rights organisation',
      contact: null,
      startYear: 2021,
      survivorInvolvement: 'consulted',
      survivorNote: 'Survivors’ organisations reviewed the modules on the harm caused by abuse material.',
      mechanism: null,
      context: null,
      implementation: 'Runs without staff once built; translation and dark-web hosting are the main tasks.',
      cost: null,
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'other',
          sampleSize: 105,
          riskOfBias: 'high',
          citation: 'Demo data: Voluntary feedback from users of an anonymous self-help course.',
          summary: 'Most users who answered reported using less abuse material. Self-selected, self-reported.',
          outcomes: [{ construct: 'csam-use', measure: 'self-report', direction: 'positive', significant: false }],
        },
      },
    ],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.guidedInternetCbt,
    author: 'researcher',
    label: 'peer-reviewed',
    updatedMonthsAgo: 6,
    content: {
      title: 'Demo: Therapist-guided internet therapy for people at risk of viewing abuse material',
      summary:
        'Eight weeks of internet-delivered cognitive-behavioural therapy with an anonymous therapist, for people ' +
        'who want to stop viewing sexual images of children.',
      description:
        DEMO +
        'Participants recruited online work through weekly modules and message a therapist. The programme has been ' +
        'tested in a placebo-controlled trial and is being tested again in several countries.',
      language: 'en',
      targetGroups: ['people-who-fear-they-might-offend'],
      preventionLevel: 'secondary',
      settings: ['online', 'health-care'],
      countries: ['SE', 'DE', 'PT'],
      languages: ['sv', 'de', 'pt', 'en'],
      organisation: 'Demo data: medical university',
      contact: 'Demo data: trial-team@example.org',
      startYear: 2019,
      survivorInvolvement: 'none',
      mechanism:
        'Modules target the urges and emotional states that precede viewing, and build alternative ways to cope; ' +
        'weekly therapist messages keep people engaged.',
      context: null,
      implementation: null,
      cost: null,
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'rct',
          sampleSize: 160,
          sampleRandomised: 160,
          sampleAnalysed: 121,
          followUpMonths: 4,
          riskOfBias: 'some-concerns',
          independence: 'developer',
          conflictOfInterest: 'Demo data: two authors developed the programme evaluated.',
          comparison: 'placebo',
          registrationId: 'ISRCTN00000000',
          citation: 'Demo data: Placebo-controlled trial of guided internet CBT for people viewing abuse material.',
          doi: '10.5555/demo.2022.001',
          summary:
            'Participants in the therapy arm reported fewer hours of viewing than the placebo arm. Viewing was ' +
            'self-reported, since anonymous participants cannot be linked to records.',
          outcomes: [
            {
              construct: 'csam-use',
              label: 'Hours of viewing per week',
              measure: 'self-report',
              direction: 'positive',
              significant: true,
              effectSize: 0.3,
              ciLow: 0.02,
              ciHigh: 0.58,
            },
            {
              construct: 'dynamic-risk-factors',
              label: 'Sexual preoccupation scale',
              measure: 'validated-scale',
              direction: 'none',
              significant: false,
            },
          ],
        },
      },
    ],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.circles,
    author: 'coordinator',
    label: 'peer-reviewed',
    updatedMonthsAgo: 12,
    ratingReviewedMonthsAgo: 27,
    content: {
      title: 'Demo: Circles of volunteers supporting reintegration after a sexual offence',
      summary:
        'A circle of trained volunteers meets weekly with a person released after a sexual offence, supporting ' +
        'them and holding them to account, with professionals in an outer circle.',
      description:
        DEMO +
        'Four to six volunteers form an inner circle around one core member; probation, police and treatment ' +
        'providers form the outer circle. The circle helps with isolation, housing and work, and passes concerns ' +
        'about risk to the professionals.',
      language: 'en',
      targetGroups: ['people-who-have-offended', 'communities'],
      preventionLevel: 'tertiary',
      settings: ['community', 'prison-and-probation'],
      countries: ['CA', 'GB', 'NL', 'BE', 'US'],
      languages: ['en', 'nl', 'fr'],
      organisation: 'Demo data: national circles association',
      contact: 'Demo data: circles@example.org',
      startYear: 1994,
      survivorInvolvement: 'consulted',
      survivorNote: 'Victim services sit in the outer circle and advise on exclusion zones.',
      mechanism:
        'Isolation and emotional loneliness after release raise the risk of reoffending; a circle offers ' +
        'relationships and practical help, while its openness about risk makes concealment harder.',
      context: 'Best studied with high-risk people released without other support; depends on a volunteer base.',
      implementation:
        'A coordinator recruits, trains and supervises volunteers; each circle runs for about a year. Volunteer ' +
        'retention needs regular supervision and recognition.',
      cost: null,
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'quasi-experimental',
          sampleSize: 142,
          followUpMonths: 60,
          riskOfBias: 'some-concerns',
          independent: true,
          citation: 'Demo data: Matched comparison of circle members and similar released people over ten years.',
          summary: 'Fewer sexual and violent reconvictions among circle members than among matched comparisons.',
          outcomes: [
            {
              construct: 'sexual-reoffending',
              label: 'Sexual reconviction',
              measure: 'official-records',
              direction: 'positive',
              significant: true,
              effectSize: 0.4,
              sustained12Months: true,
            },
          ],
        },
      },
      {
        author: 'researcher',
        body: {
          design: 'systematic-review',
          sampleSize: 15,
          riskOfBias: 'some-concerns',
          independent: true,
          citation: 'Demo data: Systematic review of circles of support and accountability (15 studies).',
          summary: 'Some reduction in reoffending across studies of moderate quality; results vary between sites.',
          outcomes: [
            {
              construct: 'sexual-reoffending',
              measure: 'official-records',
              direction: 'mixed',
              significant: true,
            },
          ],
        },
      },
    ],
    feedback: [
      {
        author: 'member-be',
        body: {
          country: 'BE',
          setting: 'prison-and-probation',
          reached: 12,
          worked: 'Starting the circle six weeks before release.',
          didNotWork: 'Finding volunteers outside the big cities.',
          usefulness: 4,
        },
      },
    ],
  },
  {
    id: DEMO_PRACTICE_IDS.adultTraining,
    author: 'member-us',
    label: 'inspiring',
    updatedMonthsAgo: 14,
    content: {
      title: 'Demo: Training adults to prevent, recognise and react to child sexual abuse',
      summary:
        'A two-hour session, online or led by a facilitator, that teaches adults in youth organisations and ' +
        'schools how abuse happens and what to do.',
      description:
        DEMO +
        'Parents, staff and volunteers learn about grooming, how to reduce opportunities for abuse, how to talk ' +
        'with children and how to respond to a disclosure or suspicion.',
      language: 'en',
      targetGroups: ['parents-and-caregivers', 'professionals', 'communities'],
      preventionLevel: 'primary',
      settings: ['community', 'school', 'online'],
      countries: ['US', 'MX', 'ZA'],
      languages: ['en', 'es'],
      organisation: 'Demo data: child abuse prevention organisation',
      contact: null,
      startYear: 2004,
      survivorInvolvement: 'co-designed',
      survivorNote: 'Survivors tell their own stories in the training videos.',
      mechanism: null,
      context: null,
      implementation: 'Facilitators are certified in a one-day course; the online version needs no facilitator.',
      cost: null,
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'rct',
          sampleSize: 312,
          followUpMonths: 3,
          riskOfBias: 'low',
          independent: true,
          citation: 'Demo data: Randomised trial of an adult prevention training in youth organisations.',
          summary: 'Knowledge and attitudes improved more in the trained group than in the waitlist group.',
          outcomes: [
            {
              construct: 'knowledge-and-attitudes',
              measure: 'validated-scale',
              direction: 'positive',
              significant: true,
              effectSize: 0.62,
              ciLow: 0.38,
              ciHigh: 0.86,
            },
          ],
        },
      },
      {
        author: 'researcher',
        verification: 'returned',
        verificationComment:
          'The comparison group is educators who chose not to attend: please code the comparison as matched only ' +
          'if they were matched, and give the numbers enrolled and analysed so that attrition can be read.',
        body: {
          design: 'quasi-experimental',
          sampleSize: 480,
          followUpMonths: 12,
          riskOfBias: 'some-concerns',
          citation: 'Demo data: Reports of suspected abuse by trained and untrained educators.',
          summary: 'Trained educators reported suspicions more often in the following year.',
          outcomes: [
            {
              construct: 'reporting-behaviour',
              measure: 'official-records',
              direction: 'positive',
              significant: true,
              sustained12Months: true,
            },
          ],
        },
      },
    ],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.familyTherapy,
    author: 'researcher',
    label: 'peer-reviewed',
    updatedMonthsAgo: 5,
    content: {
      title: 'Demo: Family-based therapy for young people with harmful sexual behaviour',
      summary:
        'Intensive therapy at home and in the community for adolescents who have shown harmful sexual behaviour, ' +
        'working with their family, school and peers.',
      description:
        DEMO +
        'Therapists with small caseloads work with the whole family for five to seven months, addressing ' +
        'parental supervision, peer relations and school, and the young person’s attitudes to sexual behaviour.',
      language: 'en',
      targetGroups: ['children', 'parents-and-caregivers'],
      preventionLevel: 'tertiary',
      settings: ['community', 'school'],
      countries: ['US', 'NO', 'DK'],
      languages: ['en', 'no', 'da'],
      organisation: 'Demo data: family therapy institute',
      contact: null,
      startYear: 1990,
      survivorInvolvement: 'none',
      mechanism:
        'Harmful sexual behaviour in adolescence is sustained by the young person’s whole social ecology; changing ' +
        'parental monitoring, peer groups and school engagement changes behaviour more durably than individual ' +
        'therapy alone, and the family carries the change on after treatment ends.',
      context: 'Studied with adolescents aged 11-17 living at home; not for young people in residential care.',
      implementation:
        'Licensed teams of three to four therapists with weekly expert consultation; fidelity is monitored ' +
        'through family questionnaires. Teams need a catchment large enough to keep caseloads full.',
      cost:
        'Higher per family than group treatment, but trials report savings from fewer placements away from home ' +
        'and fewer arrests; a local cost model is available from the programme developers.',
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'rct',
          sampleSize: 131,
          sampleRandomised: 131,
          sampleAnalysed: 124,
          followUpMonths: 24,
          riskOfBias: 'low',
          independence: 'developer',
          comparison: 'treatment-as-usual',
          citation:
            'Demo data: Randomised trial of family-based therapy versus usual services for youth with harmful sexual behaviour.',
          summary: 'Fewer sexual behaviour problems and arrests at two years than with usual services.',
          outcomes: [
            {
              construct: 'sexual-reoffending',
              measure: 'official-records',
              direction: 'positive',
              significant: true,
              effectSize: 0.5,
              sustained12Months: true,
            },
          ],
        },
      },
      {
        author: 'member-no',
        body: {
          design: 'rct',
          sampleSize: 96,
          sampleRandomised: 96,
          sampleAnalysed: 84,
          followUpMonths: 18,
          riskOfBias: 'some-concerns',
          independence: 'independent',
          comparison: 'treatment-as-usual',
          citation: 'Demo data: Independent replication of family-based therapy in a European child welfare system.',
          summary: 'Replicated the reduction in sexual behaviour problems, with smaller effects.',
          outcomes: [
            {
              construct: 'sexual-reoffending',
              measure: 'official-records',
              direction: 'positive',
              significant: true,
              effectSize: 0.3,
              sustained12Months: true,
            },
          ],
        },
      },
    ],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.shockPosters,
    author: 'member-pt',
    label: 'inspiring',
    updatedMonthsAgo: 9,
    content: {
      title: 'Demo: Deterrence posters with shock imagery near schools',
      summary: 'A poster campaign warning would-be offenders of prison sentences, placed near schools and parks.',
      description:
        DEMO +
        'Included in the library because its evaluation found a harmful effect that others should know about ' +
        'before repeating it: help-seeking calls dropped in the campaign area.',
      language: 'en',
      targetGroups: ['general-public', 'people-who-fear-they-might-offend'],
      preventionLevel: 'primary',
      settings: ['community'],
      countries: ['PT'],
      languages: ['pt'],
      organisation: 'Demo data: municipal safety office',
      contact: null,
      startYear: 2020,
      survivorInvolvement: 'none',
    },
    evaluations: [
      {
        author: 'researcher',
        body: {
          design: 'quasi-experimental',
          sampleSize: 2,
          followUpMonths: 6,
          riskOfBias: 'some-concerns',
          independent: true,
          citation: 'Demo data: Helpline contacts in a campaign region and a comparison region.',
          summary: 'Contacts from people worried about themselves fell in the campaign region while rising elsewhere.',
          outcomes: [
            {
              construct: 'help-seeking',
              measure: 'official-records',
              direction: 'negative',
              significant: true,
            },
          ],
        },
      },
    ],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.prisonGroups,
    author: 'member-ca',
    label: 'inspiring',
    updatedMonthsAgo: 30,
    content: {
      title: 'Demo: Group treatment programme in prison before release',
      summary: 'A cognitive-behavioural group programme for people serving sentences for sexual offences.',
      description:
        DEMO +
        'A structured programme of about 90 group sessions delivered in prison. Its text has not been updated for ' +
        'more than two years, so coordinators are invited to review or archive it.',
      language: 'en',
      targetGroups: ['people-who-have-offended'],
      preventionLevel: 'tertiary',
      settings: ['prison-and-probation'],
      countries: ['CA'],
      languages: ['en', 'fr'],
      organisation: 'Demo data: correctional service',
      contact: null,
      startYear: 2000,
      survivorInvolvement: 'none',
    },
    evaluations: [],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.bodySafety,
    author: 'member-se',
    label: 'submitted',
    updatedMonthsAgo: 0,
    content: {
      title: 'Demo: Body-safety lessons in primary school',
      summary:
        'Six lessons that teach children aged 5-8 about body autonomy, safe and unsafe secrets, and whom to tell.',
      description:
        DEMO +
        'Teachers deliver six short lessons with picture books and role play; parents receive a letter and an ' +
        'evening session so that they can continue the conversation at home.',
      language: 'sv',
      targetGroups: ['children', 'parents-and-caregivers'],
      preventionLevel: 'primary',
      settings: ['school'],
      countries: ['SE'],
      languages: ['sv'],
      organisation: 'Demo data: municipal school health service',
      contact: null,
      startYear: 2023,
      survivorInvolvement: 'consulted',
    },
    evaluations: [],
    feedback: [],
  },
  {
    id: DEMO_PRACTICE_IDS.parentEvenings,
    author: 'practitioner',
    label: 'draft',
    updatedMonthsAgo: 0,
    content: {
      title: 'Demo: Evening sessions for parents worried about a child’s sexual behaviour',
      summary: 'Three evening sessions for parents of children whose sexual behaviour worries them.',
      description: DEMO + 'A draft: the clinic is still writing up how the sessions run.',
      language: 'de',
      targetGroups: ['parents-and-caregivers'],
      preventionLevel: 'secondary',
      settings: ['health-care'],
      countries: ['DE'],
      languages: ['de'],
      organisation: 'Demo data: outpatient prevention clinic',
      contact: null,
      startYear: 2024,
      survivorInvolvement: 'none',
    },
    evaluations: [],
    feedback: [],
  },
];
