import { seedDemoAccounts } from './accounts';
import type { SealSecret } from './accounts';
import type { HashPassword, Queryable } from './db';
import { seedDemoGroupTexts } from './group-texts';
import { seedDemoGroups } from './groups';
import { seedDemoMeetings } from './meetings';
import { seedDemoMembers } from './members';
import { seedDemoPolls } from './polls';
import { seedDemoInquiries } from './inquiries';
import { seedDemoPractices } from './practices';
import { seedDemoResearchQuestions } from './research-questions';
import { seedDemoResources, type StoreFile } from './resources';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, type SealSecret } from './accounts';
export { DEMO_THREAD_IDS } from './groups';
export { DEMO_MEETING_IDS } from './meetings';
export { DEMO_GROUP_TEXTS } from './group-texts';
export { demoMemberId } from './members';
export { DEMO_RESOURCE_IDS, DEMO_RESOURCES } from './resources-content';
export { DEMO_PRACTICE_IDS, DEMO_PRACTICES } from './practices-content';
export { DEMO_RESEARCH_QUESTION_IDS, DEMO_RESEARCH_QUESTIONS } from './research-questions';
export { textPdf } from './pdf';
export type { HashPassword, Queryable } from './db';
export type { StoreFile } from './resources';
export { generateScale, SCALE_PASSWORD, scaleEmail, type ScaleOptions } from './scale/generate';

/** What seeding needs of the application: its password hash, its file storage and its sealing of secrets. */
export interface DemoSeedTools {
  hashPassword: HashPassword;
  storeFile: StoreFile;
  sealSecret: SealSecret;
}

/** The whole demo network, in dependency order. Safe to run again: every seed is idempotent. */
export async function seedDemo(db: Queryable, tools: DemoSeedTools): Promise<void> {
  await seedDemoAccounts(db, tools.hashPassword, tools.sealSecret);
  await seedDemoMembers(db, tools.hashPassword);
  await seedDemoGroups(db);
  await seedDemoPolls(db);
  await seedDemoGroupTexts(db);
  await seedDemoResources(db, tools.storeFile);
  await seedDemoPractices(db);
  // The practices' cells of the evidence gap map follow their ratings, written straight above.
  await db.query('SELECT practice_evidence_cells_refresh(NULL)');
  await seedDemoMeetings(db);
  await seedDemoInquiries(db);
  await seedDemoResearchQuestions(db);
}
