import type { Queryable } from './db';
import { demoMemberId, type DemoMemberKey } from './members';
import { DEMO_PRACTICE_IDS } from './practices-content';

const inquiryId = (n: number) => `00000000-0000-4000-8000-0000000006${String(n).padStart(2, '0')}`;

interface DemoInquiry {
  id: string;
  practiceId: string;
  kind: 'question' | 'appeal';
  asker: DemoMemberKey;
  reason: string;
  evidence?: string;
  links?: string[];
  /** Days since it was filed. */
  filedDaysAgo: number;
  /** A question's answer, and who gave it, when it is closed. */
  answer?: { by: DemoMemberKey; text: string; daysAgo: number };
  /** An appeal's two reviewers, who agreed on this outcome. */
  decided?: {
    reviewers: [DemoMemberKey, DemoMemberKey];
    outcome: 'uphold' | 'new-study';
    reasons: [string, string];
    daysAgo: number;
  };
}

/**
 * Questions and appeals about the demo ratings: an answered question and a decided appeal, as members see
 * them on a practice's page, and a question waiting in the coordinators' queue.
 */
export const DEMO_INQUIRIES: readonly DemoInquiry[] = [
  {
    id: inquiryId(1),
    practiceId: DEMO_PRACTICE_IDS.helpline,
    kind: 'question',
    asker: 'practitioner',
    reason:
      'Demo data. Our municipality is weighing a helpline. Why is the helpline rated on help-seeking only, and not on reoffending?',
    filedDaysAgo: 40,
    answer: {
      by: 'coordinator',
      text: 'Demo data. Calls are anonymous, so no study could link callers to later offending. The evaluations measured whether callers went on to seek help, and the rating covers what was measured.',
      daysAgo: 33,
    },
  },
  {
    id: inquiryId(2),
    practiceId: DEMO_PRACTICE_IDS.anonymousTherapy,
    kind: 'appeal',
    asker: 'practitioner',
    reason:
      'Demo data. The rating counts only the first pilot. Our second cohort used the same scales with a waiting-list comparison, which should lift the level for dynamic risk factors.',
    evidence:
      'Demo data. Second cohort, 2024: 58 participants against 41 on the waiting list, assessed at intake and after 12 months.',
    links: ['https://example.org/demo/second-cohort-report'],
    filedDaysAgo: 75,
    decided: {
      reviewers: ['coordinator', 'admin'],
      outcome: 'uphold',
      reasons: [
        'Demo data. The second cohort is not yet published or registered; the rule counts studies that can be checked.',
        'Demo data. Agreed: once the report is published, a researcher can add it as an evaluation.',
      ],
      daysAgo: 30,
    },
  },
  {
    id: inquiryId(3),
    practiceId: DEMO_PRACTICE_IDS.circles,
    kind: 'question',
    asker: 'member-nl',
    reason:
      'Demo data. The matched comparison is more than ten years old. Is there anything newer, and does the rating still hold for the Dutch circles?',
    filedDaysAgo: 9,
  },
];

/** Fixed ids and ON CONFLICT DO NOTHING: safe to run again. */
export async function seedDemoInquiries(db: Queryable): Promise<void> {
  for (const inquiry of DEMO_INQUIRIES) {
    await db.query(
      `INSERT INTO rating_inquiries (id, practice_id, kind, status, asker_id, reason, evidence, links, answer,
                                     decided_by, created_at, closed_at, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(days => $11),
               CASE WHEN $12::int IS NULL THEN NULL ELSE now() - make_interval(days => $12) END, $13)
       ON CONFLICT (id) DO NOTHING`,
      [
        inquiry.id,
        inquiry.practiceId,
        inquiry.kind,
        inquiry.answer || inquiry.decided ? 'closed' : 'open',
        demoMemberId(inquiry.asker),
        inquiry.reason,
        inquiry.evidence ?? null,
        inquiry.links ?? [],
        inquiry.answer?.text ?? null,
        inquiry.answer ? demoMemberId(inquiry.answer.by) : null,
        inquiry.filedDaysAgo,
        inquiry.answer?.daysAgo ?? inquiry.decided?.daysAgo ?? null,
        inquiry.decided?.outcome ?? null,
      ],
    );
    const decided = inquiry.decided;
    for (const [n, reviewer] of (decided?.reviewers ?? []).entries()) {
      await db.query(
        `INSERT INTO rating_inquiry_reviewers (inquiry_id, reviewer_id, decision, reason, no_conflict_declared,
                                               assigned_at, decided_at)
         VALUES ($1, $2, $3, $4, true, now() - make_interval(days => $5), now() - make_interval(days => $6))
         ON CONFLICT (inquiry_id, reviewer_id) DO NOTHING`,
        [
          inquiry.id,
          demoMemberId(reviewer),
          decided!.outcome,
          decided!.reasons[n],
          inquiry.filedDaysAgo - 5,
          decided!.daysAgo + 1 - n,
        ],
      );
    }
  }
}
