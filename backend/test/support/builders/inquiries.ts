import type { CreateInquiryRequest, Inquiry, InquiryKind } from '@pn/shared';
import type { TestApp } from '../app';
import { buildPractice } from './practices';
import { buildUser, type BuiltUser } from './users';

export interface InquiryOverrides extends Partial<CreateInquiryRequest> {
  /** The practice asked about; a new published one (by `asker` for an appeal) unless given. */
  practice?: { id: string };
  /** Who asks: a new practitioner unless given; for an appeal, the practice's author. */
  asker?: BuiltUser;
  kind?: InquiryKind;
  /** For an appeal: the two reviewers to assign (by a new coordinator unless `coordinator`). */
  reviewers?: [BuiltUser, BuiltUser];
  coordinator?: BuiltUser;
}

function expectStatus(response: { status: number; body: unknown }, status: number, doing: string): void {
  if (response.status !== status) throw new Error(`${doing}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** A question (the default) or an appeal through the API; an appeal with `reviewers` is assigned to them. */
export async function buildInquiry(app: TestApp, overrides: InquiryOverrides = {}): Promise<Inquiry> {
  const { practice: given, asker: givenAsker, kind = 'question', reviewers, coordinator, ...fields } = overrides;
  const asker = givenAsker ?? (await buildUser(app));
  const practice =
    given ?? (await buildPractice(app, { status: 'inspiring', author: kind === 'appeal' ? asker : undefined }));
  const filed = await app.request('POST', `/api/practices/${practice.id}/inquiries`, {
    token: asker.token,
    body: {
      kind,
      reason: kind === 'appeal' ? 'The follow-up study was left out of the rating.' : 'Why is the rating so low?',
      ...fields,
    },
  });
  expectStatus(filed, 201, 'filing an inquiry');
  if (!reviewers) return filed.body;
  const assigner = coordinator ?? (await buildUser(app, { role: 'coordinator' }));
  const assigned = await app.request('POST', `/api/inquiries/${filed.body.id}/reviewers`, {
    token: assigner.token,
    body: { reviewerIds: reviewers.map((reviewer) => reviewer.user.id) },
  });
  expectStatus(assigned, 200, 'assigning reviewers');
  return assigned.body;
}
