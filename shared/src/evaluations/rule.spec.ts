import { evidenceRuleSchema } from './responses';
import { crosswalkFor, EVIDENCE_RULE, EVIDENCE_RULE_VERSION, RULE_THRESHOLDS } from './rule';
import { EVALUATION_DESIGNS, EVIDENCE_STRENGTHS, RATING_DIRECTIONS } from './vocabularies';

describe('the published rule', () => {
  it('is the data the rating applies, in the shape the endpoint answers', () => {
    expect(evidenceRuleSchema.parse(EVIDENCE_RULE)).toEqual(EVIDENCE_RULE);
    expect(EVIDENCE_RULE.version).toBe(EVIDENCE_RULE_VERSION);
    const value = (key: string) => EVIDENCE_RULE.thresholds.find((t) => t.key === key)?.value;
    expect(value('min-analysed-sample')).toBe(RULE_THRESHOLDS.minAnalysedSample);
    expect(value('max-attrition-percent')).toBe(RULE_THRESHOLDS.maxAttritionPercent);
    expect(value('replicating-studies')).toBe(RULE_THRESHOLDS.replicatingStudies);
    expect(value('independent-replications')).toBe(RULE_THRESHOLDS.independentReplications);
    expect(value('sustained-months')).toBe(RULE_THRESHOLDS.sustainedMonths);
    expect(value('harm-min-strength')).toBe(RULE_THRESHOLDS.harmMinStrength);
  });

  it('names a source for every threshold', () => {
    for (const threshold of EVIDENCE_RULE.thresholds) expect(threshold.sources.length).toBeGreaterThan(0);
  });

  it('gives every design exactly one level', () => {
    const levelled = EVIDENCE_RULE.levels.flatMap((level) => level.designs);
    expect([...levelled].sort()).toEqual([...EVALUATION_DESIGNS].sort());
  });

  it('has an equivalent on the other scales for every strength and direction', () => {
    for (const strength of EVIDENCE_STRENGTHS) {
      for (const direction of RATING_DIRECTIONS) expect(() => crosswalkFor(strength, direction)).not.toThrow();
    }
    expect(crosswalkFor(4, 'effective').blueprints).toBe('Model Plus');
    expect(crosswalkFor(3, 'possible-harm').inspire).toBe('Not recommended');
  });
});
