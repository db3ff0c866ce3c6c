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
}

/**
 * Questions and appeals about the demo ratings: an answered question, as members see them on a practice's page,
 * and an appeal by a practice's author waiting for its reviewers in the coordinators' queue.
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
    filedDaysAgo: 12,
  },
];

/** Fixed ids and ON CONFLICT DO NOTHING: safe to run again. */
export async function seedDemoInquiries(db: Queryable): Promise<void> {
  for (const inquiry of DEMO_INQUIRIES) {
    await db.query(
      `INSERT INTO rating_inquiries (id, practice_id, kind, status, asker_id, reason, evidence, links, answer,
                                     decided_by, created_at, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(days => $11),
               CASE WHEN $12::int IS NULL THEN NULL ELSE now() - make_interval(days => $12) END)
       ON CONFLICT (id) DO NOTHING`,
      [
        inquiry.id,
        inquiry.practiceId,
        inquiry.kind,
        inquiry.answer ? 'closed' : 'open',
        demoMemberId(inquiry.asker),
        inquiry.reason,
        inquiry.evidence ?? null,
        inquiry.links ?? [],
        inquiry.answer?.text ?? null,
        inquiry.answer ? demoMemberId(inquiry.answer.by) : null,
        inquiry.filedDaysAgo,
        inquiry.answer?.daysAgo ?? null,
      ],
    );
  }
}
