import type { CreateResourceRequest } from '@pn/shared';
import type { DemoMemberKey } from './members';

/**
 * The demo resource library: training and campaign material with its adaptations and translations into
 * Danish, Swedish and German, so that a family tree shows at once. Files are small PDFs written at seed time
 * from `pages`; links point to example.org.
 */
export interface DemoResource {
  id: string;
  author: DemoMemberKey;
  /** The resource it adapts or translates, and what changed. */
  adaptedFrom?: { id: string; note: string };
  metadata: CreateResourceRequest;
  /** The text of the PDF, one entry a page; absent for a link. */
  pages?: string[];
  /** How many days ago it was shared. */
  daysAgo: number;
}

const resourceId = (n: number) => `00000000-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`;

export const DEMO_RESOURCE_IDS = {
  helplineGuide: resourceId(1),
  helplineGuideDa: resourceId(2),
  helplineGuideSv: resourceId(3),
  helplineGuideDe: resourceId(4),
  helplineGuideFi: resourceId(5),
  campaign: resourceId(6),
  campaignDe: resourceId(7),
  campaignDa: resourceId(8),
  parentGuide: resourceId(9),
  parentGuideSv: resourceId(10),
  consultationTemplate: resourceId(11),
  outcomeMeasures: resourceId(12),
  disclosureFilm: resourceId(13),
} as const;

const R = DEMO_RESOURCE_IDS;

export const DEMO_RESOURCES: readonly DemoResource[] = [
  {
    id: R.helplineGuide,
    author: 'practitioner',
    daysAgo: 60,
    metadata: {
      title: 'Demo: First contact on an anonymous helpline: a conversation guide',
      summary:
        'A guide for helpline staff on the first conversation with someone worried about their sexual thoughts ' +
        'about children: opening, confidentiality and its limits, assessing current risk, and referral.',
      type: 'training-material',
      language: 'en',
      country: 'DE',
      audience: 'professionals',
      licence: 'cc-by-sa',
      tags: ['helpline', 'first contact', 'help-seeking'],
      scope: 'public',
    },
    pages: [
      'Demo data. First contact on an anonymous helpline.',
      '1. Acknowledge that reaching out took courage. 2. Explain confidentiality and its limits. 3. Ask what made them get in touch today.',
      '4. Before the end of the call: ask about current contact with children. 5. Agree one concrete next step.',
    ],
  },
  {
    id: R.helplineGuideDa,
    author: 'coordinator',
    daysAgo: 40,
    adaptedFrom: {
      id: R.helplineGuide,
      note: 'Translated into Danish; the section on reporting duties follows Danish law.',
    },
    metadata: {
      title: 'Demo: Første kontakt på en anonym hjælpelinje: samtaleguide',
      summary:
        'Dansk oversættelse af samtaleguiden til hjælpelinjens første samtale, med danske regler om underretningspligt.',
      type: 'training-material',
      language: 'da',
      country: 'DK',
      audience: 'professionals',
      licence: 'cc-by-sa',
      tags: ['hjælpelinje', 'helpline'],
      scope: 'public',
    },
    pages: [
      'Demo data. Første kontakt på en anonym hjælpelinje.',
      'Anerkend modet. Forklar tavshedspligten og dens grænser.',
    ],
  },
  {
    id: R.helplineGuideSv,
    author: 'researcher',
    daysAgo: 30,
    adaptedFrom: { id: R.helplineGuide, note: 'Translated into Swedish.' },
    metadata: {
      title: 'Demo: Första kontakten på en anonym hjälplinje: samtalsguide',
      summary: 'Svensk översättning av samtalsguiden för hjälplinjens första samtal.',
      type: 'training-material',
      language: 'sv',
      country: 'SE',
      audience: 'professionals',
      licence: 'cc-by-sa',
      tags: ['hjälplinje', 'helpline'],
      scope: 'public',
    },
    pages: [
      'Demo data. Första kontakten på en anonym hjälplinje.',
      'Bekräfta modet. Förklara sekretessen och dess gränser.',
    ],
  },
  {
    id: R.helplineGuideDe,
    author: 'member-de',
    daysAgo: 20,
    adaptedFrom: {
      id: R.helplineGuide,
      note: 'Translated into German and adapted to the German rules on professional confidentiality.',
    },
    metadata: {
      title: 'Demo: Erstkontakt an einer anonymen Beratungshotline: Gesprächsleitfaden',
      summary:
        'Deutsche Fassung des Leitfadens für das erste Gespräch, angepasst an die Schweigepflicht in Deutschland.',
      type: 'training-material',
      language: 'de',
      country: 'DE',
      audience: 'professionals',
      licence: 'cc-by-sa',
      tags: ['hotline', 'helpline'],
      scope: 'public',
    },
    pages: [
      'Demo data. Erstkontakt an einer anonymen Beratungshotline.',
      'Mut anerkennen. Schweigepflicht und ihre Grenzen erklären.',
    ],
  },
  {
    id: R.helplineGuideFi,
    author: 'member-fi',
    daysAgo: 10,
    adaptedFrom: {
      id: R.helplineGuideSv,
      note: 'Adapted to the Finnish context: referral addresses and the Finnish child welfare notification duty.',
    },
    metadata: {
      title: 'Demo: Första kontakten på en anonym hjälplinje (Finland)',
      summary: 'Den svenska guiden anpassad till Finland: hänvisningar och barnskyddsanmälan enligt finsk lag.',
      type: 'training-material',
      language: 'sv',
      country: 'FI',
      audience: 'professionals',
      licence: 'cc-by-sa',
      tags: ['hjälplinje', 'finland'],
      scope: 'members',
    },
    pages: ['Demo data. Första kontakten på en anonym hjälplinje, anpassad till Finland.'],
  },
  {
    id: R.campaign,
    author: 'member-nl',
    daysAgo: 90,
    metadata: {
      title: 'Demo: Campaign poster: worried about your thoughts? Get help before anyone is harmed',
      summary:
        'A poster and social-media set that speaks directly to people worried about their sexual interest in ' +
        'children, pointing to an anonymous helpline. Tested with focus groups for tone: no shock imagery.',
      type: 'campaign-material',
      language: 'en',
      country: 'NL',
      audience: 'people-who-fear-they-might-offend',
      licence: 'cc-by-nc',
      tags: ['campaign', 'help-seeking'],
      scope: 'public',
    },
    pages: [
      'Demo data. Worried about your thoughts?',
      'You are not alone, and help is confidential. Call before anyone is harmed.',
    ],
  },
  {
    id: R.campaignDe,
    author: 'practitioner',
    daysAgo: 50,
    adaptedFrom: { id: R.campaign, note: 'Translated into German, with the German helpline number.' },
    metadata: {
      title: 'Demo: Kampagnenplakat: Sorgen wegen Ihrer Gedanken? Holen Sie sich Hilfe',
      summary: 'Deutsche Fassung des Plakats und der Social-Media-Vorlagen, mit der deutschen Hotline.',
      type: 'campaign-material',
      language: 'de',
      country: 'DE',
      audience: 'people-who-fear-they-might-offend',
      licence: 'cc-by-nc',
      tags: ['kampagne', 'campaign'],
      scope: 'public',
    },
    pages: ['Demo data. Sorgen wegen Ihrer Gedanken?', 'Hilfe ist vertraulich.'],
  },
  {
    id: R.campaignDa,
    author: 'coordinator',
    daysAgo: 15,
    adaptedFrom: { id: R.campaign, note: 'Translated into Danish for a national campaign.' },
    metadata: {
      title: 'Demo: Kampagneplakat: bekymret for dine tanker? Få hjælp',
      summary: 'Dansk udgave af plakaten og materialet til sociale medier.',
      type: 'campaign-material',
      language: 'da',
      country: 'DK',
      audience: 'people-who-fear-they-might-offend',
      licence: 'cc-by-nc',
      tags: ['kampagne', 'campaign'],
      scope: 'public',
    },
    pages: ['Demo data. Bekymret for dine tanker?', 'Hjælpen er anonym.'],
  },
  {
    id: R.parentGuide,
    author: 'member-nl',
    daysAgo: 120,
    metadata: {
      title: 'Demo: Talking with young children about body safety: a guide for parents',
      summary:
        'Short, age-appropriate ways to talk about body autonomy, the names of body parts, safe and unsafe ' +
        'secrets, and whom to tell.',
      type: 'guideline',
      language: 'en',
      country: 'IE',
      audience: 'parents-and-caregivers',
      licence: 'cc-by',
      tags: ['parents', 'body safety'],
      scope: 'public',
    },
    pages: [
      'Demo data. Talking with young children about body safety.',
      'Use the real names of body parts. No secrets from parents about touching.',
    ],
  },
  {
    id: R.parentGuideSv,
    author: 'member-se',
    daysAgo: 25,
    adaptedFrom: {
      id: R.parentGuide,
      note: 'Translated into Swedish and used with the body-safety lessons in school.',
    },
    metadata: {
      title: 'Demo: Att prata med små barn om kroppslig integritet: en guide för föräldrar',
      summary: 'Svensk översättning av föräldraguiden, som används tillsammans med lektionerna i skolan.',
      type: 'guideline',
      language: 'sv',
      country: 'SE',
      audience: 'parents-and-caregivers',
      licence: 'cc-by',
      tags: ['föräldrar', 'parents'],
      scope: 'public',
    },
    pages: ['Demo data. Att prata med små barn om kroppslig integritet.'],
  },
  {
    id: R.consultationTemplate,
    author: 'coordinator',
    daysAgo: 5,
    metadata: {
      title: 'Demo: Case consultation template',
      summary:
        'The form for presenting an anonymised case at the group’s monthly consultation. For group members only.',
      type: 'toolkit',
      language: 'en',
      country: 'DK',
      audience: 'professionals',
      licence: 'all-rights-reserved',
      tags: ['case consultation'],
      scope: 'group',
      groupSlug: 'people-who-fear-they-might-offend',
    },
    pages: [
      'Demo data. Case consultation template.',
      'Background (no identifying details). Question for the group. What has been tried.',
    ],
  },
  {
    id: R.outcomeMeasures,
    author: 'researcher',
    daysAgo: 3,
    metadata: {
      title: 'Demo: Outcome measures for prevention evaluations: a shared list',
      summary: 'Validated measures beyond reconviction, with their length and the languages they are validated in.',
      type: 'research-paper',
      language: 'en',
      country: 'SE',
      audience: 'professionals',
      licence: 'cc-by',
      tags: ['evaluation', 'outcome measures'],
      scope: 'members',
      url: 'https://example.org/demo/outcome-measures',
    },
  },
  {
    id: R.disclosureFilm,
    author: 'member-us',
    daysAgo: 70,
    metadata: {
      title: 'Demo: Training film: responding when a child tells',
      summary: 'A twelve-minute film for teachers and youth workers on how to respond to a disclosure.',
      type: 'video',
      language: 'en',
      country: 'US',
      audience: 'professionals',
      licence: 'all-rights-reserved',
      tags: ['disclosure', 'training'],
      scope: 'public',
      url: 'https://example.org/demo/responding-when-a-child-tells',
    },
  },
];
