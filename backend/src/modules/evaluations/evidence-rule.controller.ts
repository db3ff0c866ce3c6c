import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EVIDENCE_RULE, evidenceRuleSchema, type EvidenceRule } from '@pn/shared';
import { Public } from '../../common/access';
import { Responds } from '../../common/responses';

/** The evidence rule in force, from the same constants `rateEvidence` applies: what the public page shows. */
@ApiTags('evidence')
@Controller('evidence')
export class EvidenceRuleController {
  @Responds(200, evidenceRuleSchema)
  @Get('rule')
  @Public()
  rule(): EvidenceRule {
    return EVIDENCE_RULE;
  }
}
