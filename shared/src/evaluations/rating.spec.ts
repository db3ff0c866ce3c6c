import { attritionPercent, rateEvidence, studyStrength, type RatingInput } from './rating';
import { EVIDENCE_RULE_VERSION, RULE_THRESHOLDS } from './rule';
import type {
  EffectDirection,
  EvaluationDesign,
  EvaluatorIndependence,
  OutcomeConstruct,
  OutcomeMeasure,
  RiskOfBias,
  VerificationState,
} from './vocabularies';

interface Study {
  design: EvaluationDesign;
  bias?: RiskOfBias;
  direction?: EffectDirection;
  significant?: boolean;
  measure?: OutcomeMeasure;
  sustained?: boolean;
  construct?: OutcomeConstruct;
  /** Analysed; 200 unless said. */
  n?: number;
  randomised?: number;
  independence?: EvaluatorIndependence;
  verification?: VerificationState;
}

let next = 0;
function study({ design, bias = 'low', construct = 'sexual-reoffending', ...finding }: Study): RatingInput {
  next += 1;
  return {
    id: `e${next}`,
    design,
    riskOfBias: bias,
    verification: finding.verification ?? 'verified',
    // Independent unless said, so that the cases about other things are not held back by independence.
    independence: finding.independence ?? 'independent',
    sampleSize: finding.randomised ?? finding.n ?? 200,
    sampleRandomised: finding.randomised ?? null,
    sampleAnalysed: finding.n ?? (finding.randomised ? null : 200),
    outcomes: [
      {
        construct,
        measure: finding.measure ?? 'official-records',
        direction: finding.direction ?? 'positive',
        significant: finding.significant ?? true,
        sustained12Months: finding.sustained ?? false,
      },
    ],
  };
}

describe('studyStrength', () => {
  it.each<[EvaluationDesign, RiskOfBias, number]>([
    ['qualitative', 'low', 1],
    ['other', 'low', 1],
    ['pre-post', 'low', 2],
    ['pre-post', 'high', 2],
    ['quasi-experimental', 'some-concerns', 3],
    ['quasi-experimental', 'high', 2],
    ['rct', 'low', 3],
    ['rct', 'high', 2],
    ['systematic-review', 'low', 3],
  ])('%s with %s risk of bias: level %i', (design, bias, level) => {
    expect(studyStrength(design, bias)).toBe(level);
  });
});

describe('rateEvidence', () => {
  it('has no outcome and strength 0 without evaluations', () => {
    expect(rateEvidence([])).toEqual({ outcomes: [], bestStrength: 0, harm: [], ruleVersion: EVIDENCE_RULE_VERSION });
  });

  // One row per case: the studies of one outcome, and the strength and direction the rule must give.
  it.each<[string, Study[], number, string]>([
    ['qualitative only', [{ design: 'qualitative' }], 1, 'inconclusive'],
    ['a positive pre/post study', [{ design: 'pre-post' }], 2, 'promising'],
    ['a pre/post study with no effect', [{ design: 'pre-post', direction: 'none' }], 2, 'inconclusive'],
    ['a pre/post positive but not significant', [{ design: 'pre-post', significant: false }], 2, 'inconclusive'],
    ['one good RCT, positive and significant', [{ design: 'rct' }], 3, 'effective'],
    ['one RCT with high risk of bias counts as preliminary', [{ design: 'rct', bias: 'high' }], 2, 'promising'],
    ['a strong quasi-experiment, positive', [{ design: 'quasi-experimental', bias: 'some-concerns' }], 3, 'effective'],
    ['one RCT with mixed results', [{ design: 'rct', direction: 'mixed' }], 3, 'promising'],
    ['one RCT finding no effect', [{ design: 'rct', direction: 'none' }], 3, 'no-effect'],
    ['one RCT positive but not significant is no effect', [{ design: 'rct', significant: false }], 3, 'no-effect'],
    [
      'two strong studies, one positive and one null',
      [{ design: 'rct' }, { design: 'quasi-experimental', direction: 'none' }],
      3,
      'promising',
    ],
    ['two positive RCTs, not sustained: stays 3', [{ design: 'rct' }, { design: 'rct' }], 3, 'effective'],
    [
      'two positive RCTs, one sustained 12 months: replicated, level 4',
      [{ design: 'rct', sustained: true }, { design: 'rct' }],
      4,
      'effective',
    ],
    [
      'a positive sustained systematic review is replicated on its own',
      [{ design: 'systematic-review', sustained: true }],
      4,
      'effective',
    ],
    [
      'a weak study does not replicate a strong one',
      [
        { design: 'rct', sustained: true },
        { design: 'pre-post', sustained: true },
      ],
      3,
      'effective',
    ],
    [
      'harm from a strong study overrides positive findings',
      [{ design: 'rct' }, { design: 'rct', sustained: true }, { design: 'rct', direction: 'negative' }],
      4,
      'possible-harm',
    ],
    [
      'harm from a pre/post study counts',
      [{ design: 'rct' }, { design: 'pre-post', direction: 'negative' }],
      3,
      'possible-harm',
    ],
    [
      'a negative qualitative impression is not harm',
      [{ design: 'qualitative', direction: 'negative' }, { design: 'pre-post' }],
      2,
      'promising',
    ],
    [
      'a negative but not significant RCT is no effect',
      [{ design: 'rct', direction: 'negative', significant: false }],
      3,
      'no-effect',
    ],
    [
      'the weaker study does not decide when a strong one exists',
      [{ design: 'pre-post', direction: 'none' }, { design: 'rct' }],
      3,
      'effective',
    ],
  ])('%s', (_name, studies, strength, direction) => {
    const [rating] = rateEvidence(studies.map(study)).outcomes;
    expect(rating).toMatchObject({ construct: 'sexual-reoffending', strength, direction });
  });

  // Version 2: sample size, attrition, independence and verification, each against the published thresholds.
  const { minAnalysedSample: MIN, maxAttritionPercent: MAX_ATTRITION } = RULE_THRESHOLDS;
  it.each<[string, Study[], number, string, string[]]>([
    ['an RCT analysing exactly the minimum is causal', [{ design: 'rct', n: MIN }], 3, 'effective', []],
    [
      'an RCT analysing one fewer than the minimum is preliminary',
      [{ design: 'rct', n: MIN - 1 }],
      2,
      'promising',
      ['sample-too-small'],
    ],
    [
      'a quasi-experiment of 2 participants is preliminary',
      [{ design: 'quasi-experimental', n: 2 }],
      2,
      'promising',
      ['sample-too-small'],
    ],
    [
      'the analysed count decides, not the number randomised',
      [{ design: 'rct', randomised: 100, n: 50 }],
      2,
      'promising',
      ['sample-too-small'],
    ],
    [
      `attrition of exactly ${MAX_ATTRITION}% is allowed`,
      [{ design: 'rct', randomised: 200, n: 120 }],
      3,
      'effective',
      [],
    ],
    [
      `attrition above ${MAX_ATTRITION}% is preliminary`,
      [{ design: 'rct', randomised: 200, n: 119 }],
      2,
      'promising',
      ['high-attrition'],
    ],
    ['unreported attrition does not cap', [{ design: 'rct', n: 150 }], 3, 'effective', []],
    [
      'a pre/post study is not capped by its small sample (it is 2 anyway)',
      [{ design: 'pre-post', n: 10 }],
      2,
      'promising',
      [],
    ],
    [
      'a systematic review is not capped by the sample it reports',
      [{ design: 'systematic-review', n: 15, sustained: true }],
      4,
      'effective',
      ['replicated'],
    ],
    [
      'two sustained positive RCTs by the developer only: stays 3',
      [
        { design: 'rct', sustained: true, independence: 'developer' },
        { design: 'rct', independence: 'developer-funded' },
      ],
      3,
      'effective',
      ['not-independently-replicated'],
    ],
    [
      'two sustained positive RCTs, one independent: level 4',
      [
        { design: 'rct', sustained: true, independence: 'developer' },
        { design: 'rct', independence: 'independent' },
      ],
      4,
      'effective',
      ['replicated'],
    ],
    [
      'a small replication does not replicate',
      [
        { design: 'rct', sustained: true },
        { design: 'rct', n: 40 },
      ],
      3,
      'effective',
      ['sample-too-small'],
    ],
    [
      'harm still overrides, from a small controlled study too (it counts 2)',
      [{ design: 'rct' }, { design: 'rct', n: 20, direction: 'negative' }],
      3,
      'possible-harm',
      ['harm', 'sample-too-small'],
    ],
    [
      'harm from a study with high attrition overrides',
      [{ design: 'rct', randomised: 300, n: 100, direction: 'negative' }, { design: 'pre-post' }],
      2,
      'possible-harm',
      ['harm', 'high-attrition'],
    ],
    [
      'an evaluation awaiting verification does not count',
      [{ design: 'pre-post' }, { design: 'rct', verification: 'awaiting' }],
      2,
      'promising',
      [],
    ],
    [
      'nor does a returned one, even when it found harm',
      [{ design: 'rct' }, { design: 'rct', direction: 'negative', verification: 'returned' }],
      3,
      'effective',
      [],
    ],
  ])('%s', (_name, studies, strength, direction, codes) => {
    const [rating] = rateEvidence(studies.map(study)).outcomes;
    expect(rating).toMatchObject({ construct: 'sexual-reoffending', strength, direction });
    const given = rating!.reasons.map((r) => r.code);
    for (const code of codes) expect(given).toContain(code);
    const capCodes = ['sample-too-small', 'high-attrition', 'not-independently-replicated'];
    for (const code of capCodes.filter((c) => !codes.includes(c))) expect(given).not.toContain(code);
  });

  it('rates nothing from evaluations that are not verified', () => {
    expect(rateEvidence([study({ design: 'rct', verification: 'awaiting' })])).toMatchObject({
      outcomes: [],
      bestStrength: 0,
    });
  });

  it('computes attrition from the numbers randomised and analysed', () => {
    expect(attritionPercent({ sampleRandomised: 160, sampleAnalysed: 120 })).toBe(25);
    expect(attritionPercent({ sampleRandomised: null, sampleAnalysed: 120 })).toBeNull();
    expect(attritionPercent({ sampleRandomised: 0, sampleAnalysed: 0 })).toBeNull();
  });

  it('rates each outcome on its own, harm first and then the strongest', () => {
    const rating = rateEvidence([
      study({ design: 'qualitative', construct: 'wellbeing' }),
      study({ design: 'rct', construct: 'help-seeking' }),
      study({ design: 'rct', construct: 'csam-use', direction: 'negative' }),
    ]);
    expect(rating.outcomes.map((o) => [o.construct, o.strength, o.direction])).toEqual([
      ['csam-use', 3, 'possible-harm'],
      ['help-seeking', 3, 'effective'],
      ['wellbeing', 1, 'inconclusive'],
    ]);
    expect(rating.harm).toEqual(['csam-use']);
    expect(rating.bestStrength).toBe(3);
  });

  it('flags an outcome measured only by self-report, and not one with official records too', () => {
    const selfReported = rateEvidence([study({ design: 'rct', measure: 'self-report' })]).outcomes[0]!;
    expect(selfReported.selfReportOnly).toBe(true);
    expect(selfReported.reasons.map((r) => r.code)).toContain('self-report-only');
    const both = rateEvidence([
      study({ design: 'rct', measure: 'self-report' }),
      study({ design: 'pre-post', measure: 'official-records' }),
    ]).outcomes[0]!;
    expect(both.selfReportOnly).toBe(false);
  });

  it('gives its reasons with the evaluations they rest on', () => {
    const strong = study({ design: 'rct', bias: 'high' });
    const harmful = study({ design: 'pre-post', direction: 'negative' });
    const [rating] = rateEvidence([strong, harmful]).outcomes;
    expect(rating!.evaluationCount).toBe(2);
    expect(rating!.reasons).toEqual([
      { code: 'strongest-study', design: 'rct', riskOfBias: 'high', evaluationIds: [strong.id, harmful.id] },
      { code: 'high-risk-of-bias', evaluationIds: [strong.id] },
      { code: 'harm', evaluationIds: [harmful.id] },
    ]);
  });

  it('explains a replication that lasts, and one that does not', () => {
    const codes = (studies: Study[]) => rateEvidence(studies.map(study)).outcomes[0]!.reasons.map((r) => r.code);
    expect(codes([{ design: 'rct', sustained: true }, { design: 'rct' }])).toContain('replicated');
    expect(codes([{ design: 'rct' }, { design: 'rct' }])).toContain('not-sustained');
  });
});
