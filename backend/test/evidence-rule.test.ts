import {
  EVIDENCE_RULE,
  EVIDENCE_RULE_VERSION,
  rateEvidence,
  type ComputedEvidenceRating,
  type Practice,
} from '@pn/shared';
import { EvidenceRuleVersion21765640100000 } from '../src/database/migrations/1765640100000-EvidenceRuleVersion2';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, unchangedBy, type Cast } from './support/factories';
import { buildEvaluation, buildPractice } from './support/builders';

describe('the evidence rule', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  it('GET /api/evidence/rule answers anyone the constants the rating applies', async () => {
    const response = await unchangedBy(app, () => app.request('GET', '/api/evidence/rule'));
    expect(response.status).toBe(200);
    expect(response.body).toEqual(EVIDENCE_RULE);
    expect(response.body.version).toBe(EVIDENCE_RULE_VERSION);
    const signedIn = await app.request('GET', '/api/evidence/rule', { token: cast.practitioner.token });
    expect(signedIn.body).toEqual(response.body);
  });

  it('stores the rule version with every rating', async () => {
    const practice = await buildPractice(app, { reviewer: cast.coordinator, status: 'inspiring' });
    await buildEvaluation(app, { practice });
    const shown = (await app.request('GET', `/api/practices/${practice.id}`)).body as Practice;
    expect(shown.evidenceRating.ruleVersion).toBe(EVIDENCE_RULE_VERSION);
  });

  it('recomputes every stored rating when the rule changes, in one migration, audited as the system', async () => {
    // A practice rated by rule 1: a two-region "quasi-experiment" gave causal evidence then.
    const practice = await buildPractice(app, { reviewer: cast.coordinator, status: 'inspiring' });
    const small = await buildEvaluation(app, { practice, design: 'quasi-experimental', sampleSize: 2 });
    const awaiting = await buildEvaluation(app, { practice, verification: 'awaiting' });
    const ruleOne: Omit<ComputedEvidenceRating, 'ruleVersion'> = {
      outcomes: [
        {
          construct: 'csam-use',
          strength: 3,
          direction: 'effective',
          selfReportOnly: true,
          evaluationCount: 2,
          reasons: [{ code: 'strong-positive', evaluationIds: [small.id, awaiting.id] }],
        },
      ],
      bestStrength: 3,
      harm: [],
    };
    await app.dataSource.query(
      `UPDATE practices SET evidence_rating = $2, best_strength = 3, rating_directions = '{effective}' WHERE id = $1`,
      [practice.id, JSON.stringify(ruleOne)],
    );

    const runner = app.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new EvidenceRuleVersion21765640100000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }

    const after = (await app.request('GET', `/api/practices/${practice.id}`)).body as Practice;
    // Rule 2: too small a sample for causal evidence; the evaluation awaiting verification does not count.
    expect(after.evidenceRating).toEqual({
      ...JSON.parse(
        JSON.stringify(
          rateEvidence([
            { ...small, outcomes: small.outcomes },
            { ...awaiting, outcomes: [] },
          ]),
        ),
      ),
      reviewDue: false,
    });
    expect(after.evidenceRating).toMatchObject({
      ruleVersion: EVIDENCE_RULE_VERSION,
      bestStrength: 2,
      outcomes: [{ strength: 2, evaluationCount: 1 }],
    });
    expect(after.evidenceRating.outcomes[0]!.reasons.map((r) => r.code)).toContain('sample-too-small');
    const [row] = await app.dataSource.query(`SELECT best_strength, rating_directions FROM practices WHERE id = $1`, [
      practice.id,
    ]);
    expect(row).toEqual({ best_strength: 2, rating_directions: ['promising'] });

    const audit = await app.request('GET', '/api/admin/audit?action=evidence.rule-recompute', {
      token: cast.admin.token,
    });
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'evidence.rule-recompute',
        actor: null,
        targetType: 'evidence-rule',
        details: expect.objectContaining({ fromVersions: [1, 2], toVersion: EVIDENCE_RULE_VERSION }),
      }),
    ]);
    expect(audit.body.items[0].details.changed).toBeGreaterThanOrEqual(1);
  });
});
