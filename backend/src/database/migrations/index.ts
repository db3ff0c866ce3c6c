import type { MigrationInterface } from 'typeorm';
import { Accounts1763924400000 } from './1763924400000-Accounts';
import { GroupsAndDiscussions1763931600000 } from './1763931600000-GroupsAndDiscussions';
import { Resources1764000000000 } from './1764000000000-Resources';
import { Practices1764003600000 } from './1764003600000-Practices';
import { MillisecondListKeys1764005400000 } from './1764005400000-MillisecondListKeys';
import { Search1764007200000 } from './1764007200000-Search';
import { PdfTextExtraction1765000000000 } from './1765000000000-PdfTextExtraction';
import { AccountSecurity1765200000000 } from './1765200000000-AccountSecurity';
import { Email1765300000000 } from './1765300000000-Email';
import { FlagNotifications1765530000000 } from './1765530000000-FlagNotifications';
import { EvaluationDeclarations1765590000000 } from './1765590000000-EvaluationDeclarations';
import { GroupDirectory1765600000000 } from './1765600000000-GroupDirectory';
import { Meetings1765610000000 } from './1765610000000-Meetings';
import { Polls1765620000000 } from './1765620000000-Polls';
import { EvaluationVerification1765640000000 } from './1765640000000-EvaluationVerification';
import { EvidenceRuleVersion21765640100000 } from './1765640100000-EvidenceRuleVersion2';
import { RatingGovernance1765650000000 } from './1765650000000-RatingGovernance';
import { ResearchQuestions1765660000000 } from './1765660000000-ResearchQuestions';
import { GapMapCells1765670000000 } from './1765670000000-GapMapCells';

/** In order of their timestamps; a committed migration is never edited, only followed by a new one. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Accounts1763924400000,
  GroupsAndDiscussions1763931600000,
  Resources1764000000000,
  Practices1764003600000,
  MillisecondListKeys1764005400000,
  Search1764007200000,
  PdfTextExtraction1765000000000,
  AccountSecurity1765200000000,
  Email1765300000000,
  FlagNotifications1765530000000,
  EvaluationDeclarations1765590000000,
  GroupDirectory1765600000000,
  Meetings1765610000000,
  Polls1765620000000,
  EvaluationVerification1765640000000,
  EvidenceRuleVersion21765640100000,
  RatingGovernance1765650000000,
  ResearchQuestions1765660000000,
  GapMapCells1765670000000,
];
