import type { OutcomeConstruct, ResearchQuestionStatus, TargetGroup } from '@pn/shared';
import type { Queryable } from './db';
import { demoMemberId, type DemoMemberKey } from './members';
import { DEMO_PRACTICE_IDS } from './practices-content';

const questionId = (n: number) => `00000000-0000-4000-8000-00000000b${String(n).padStart(3, '0')}`;

interface DemoQuestion {
  id: string;
  title: string;
  body: string;
  author: DemoMemberKey;
  practiceId?: string;
  targetGroup?: TargetGroup;
  construct?: OutcomeConstruct;
  status: ResearchQuestionStatus;
  claimer?: DemoMemberKey;
  voters: DemoMemberKey[];
  daysAgo: number;
}

/** The demo research questions: two open ones from the field and one a researcher has planned. */
export const DEMO_RESEARCH_QUESTIONS: readonly DemoQuestion[] = [
  {
    id: questionId(1),
    title: 'Do awareness campaigns change how often neighbours report concerns about a child?',
    body: 'Our municipality ran a bystander campaign last spring. Calls to the child protection line seemed to rise, but nobody compared them with towns without the campaign, and we cannot say whether the calls were about real concerns.',
    author: 'practitioner',
    targetGroup: 'general-public',
    construct: 'reporting-behaviour',
    status: 'open',
    voters: ['practitioner', 'coordinator', 'member-nl'],
    daysAgo: 12,
  },
  {
    id: questionId(2),
    title: 'Do helpline callers go on to start treatment, and how many are still in it after a year?',
    body: 'We refer most callers who are worried about their own thoughts to local therapists. We only know how many we refer, not how many arrive, stay, or stop using abusive material.',
    author: 'member-nl',
    practiceId: DEMO_PRACTICE_IDS.helpline,
    targetGroup: 'people-who-fear-they-might-offend',
    construct: 'help-seeking',
    status: 'planned',
    claimer: 'researcher',
    voters: ['practitioner', 'member-nl'],
    daysAgo: 30,
  },
  {
    id: questionId(3),
    title: 'Does the group programme in prison reduce sexual reoffending after release?',
    body: 'Participants and staff value the groups, but the only follow-up is what probation hears in the first months. A comparison with matched men who did not take part would tell us whether it is worth the places.',
    author: 'coordinator',
    practiceId: DEMO_PRACTICE_IDS.prisonGroups,
    targetGroup: 'people-who-have-offended',
    construct: 'sexual-reoffending',
    status: 'open',
    voters: ['researcher'],
    daysAgo: 5,
  },
];

export const DEMO_RESEARCH_QUESTION_IDS = DEMO_RESEARCH_QUESTIONS.map((question) => question.id);

/** Fixed ids and ON CONFLICT DO NOTHING: safe to run again. Askers and claimers follow their questions. */
export async function seedDemoResearchQuestions(db: Queryable): Promise<void> {
  for (const question of DEMO_RESEARCH_QUESTIONS) {
    const author = demoMemberId(question.author);
    const claimer = question.claimer ? demoMemberId(question.claimer) : null;
    await db.query(
      `INSERT INTO research_questions (id, title, body, status, practice_id, target_group, construct, author_id,
                                       claimer_id, vote_count, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(days => $11),
               now() - make_interval(days => $11))
       ON CONFLICT (id) DO NOTHING`,
      [
        question.id,
        question.title,
        question.body,
        question.status,
        question.practiceId ?? null,
        question.targetGroup ?? null,
        question.construct ?? null,
        author,
        claimer,
        question.voters.length,
        question.daysAgo,
      ],
    );
    for (const voter of question.voters) {
      await db.query(
        `INSERT INTO research_question_votes (question_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [question.id, demoMemberId(voter)],
      );
    }
    for (const follower of new Set([author, ...(claimer ? [claimer] : [])])) {
      await db.query(
        `INSERT INTO research_question_followers (question_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [question.id, follower],
      );
    }
  }
}
