import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { MessageFlagEntity } from '../modules/discussions/message-flag.entity';
import { MessageEntity } from '../modules/discussions/message.entity';
import { PollBallotEntity, PollChoiceEntity, PollEntity, PollOptionEntity } from '../modules/discussions/poll.entity';
import { ThreadReaderEntity } from '../modules/discussions/thread-reader.entity';
import { ThreadEntity } from '../modules/discussions/thread.entity';
import { GroupEntity } from '../modules/groups/group.entity';
import { GroupTextEntity } from '../modules/groups/group-text.entity';
import { MembershipEntity } from '../modules/groups/membership.entity';
import { EvaluationOutcomeEntity } from '../modules/evaluations/evaluation-outcome.entity';
import { PracticeEvidenceCellEntity } from '../modules/evaluations/practice-evidence-cell.entity';
import { EvaluationEntity } from '../modules/evaluations/evaluation.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { PracticeFeedbackEntity } from '../modules/practices/practice-feedback.entity';
import { PracticeResourceEntity } from '../modules/practices/practice-resource.entity';
import { PracticeRevisionEntity } from '../modules/practices/practice-revision.entity';
import { PracticeEntity } from '../modules/practices/practice.entity';
import { ResourceVersionEntity } from '../modules/resources/resource-version.entity';
import { ResourceEntity } from '../modules/resources/resource.entity';
import { AuthChallengeEntity } from '../modules/second-factor/auth-challenge.entity';
import { PasskeyEntity } from '../modules/second-factor/passkey.entity';
import { RecoveryCodeEntity } from '../modules/second-factor/recovery-code.entity';
import { TotpCredentialEntity } from '../modules/second-factor/totp-credential.entity';
import { UserEntity } from '../modules/users/user.entity';
import { AccountTokenEntity } from '../modules/accounts/account-token.entity';
import { KnownDeviceEntity } from '../modules/accounts/known-device.entity';
import { EmailSettingsEntity } from '../modules/email-notifications/email-settings.entity';
import { GroupEmailSettingEntity } from '../modules/email-notifications/group-email-setting.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { AppSecretEntity } from '../modules/mail/app-secret.entity';
import { EmailEntity } from '../modules/mail/email.entity';
import { CalendarFeedEntity } from '../modules/meetings/calendar-feed.entity';
import { MeetingOutputEntity } from '../modules/meetings/meeting-output.entity';
import { MeetingResponseEntity } from '../modules/meetings/meeting-response.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import {
  ResearchQuestionFollowerEntity,
  ResearchQuestionVoteEntity,
} from '../modules/research-questions/research-question-member.entity';
import { ResearchQuestionEntity } from '../modules/research-questions/research-question.entity';

/** Listed, not globbed, so that the same list works from sources (tests) and from dist. */
import { InquiryEntity } from '../modules/inquiries/inquiry.entity';
import { InquiryReviewerEntity } from '../modules/inquiries/inquiry-reviewer.entity';
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  GroupEntity,
  GroupTextEntity,
  MembershipEntity,
  ThreadEntity,
  MessageEntity,
  MessageFlagEntity,
  ThreadReaderEntity,
  PollEntity,
  PollOptionEntity,
  PollBallotEntity,
  PollChoiceEntity,
  NotificationEntity,
  ResourceEntity,
  ResourceVersionEntity,
  PracticeEntity,
  PracticeRevisionEntity,
  PracticeResourceEntity,
  EvaluationEntity,
  EvaluationOutcomeEntity,
  PracticeEvidenceCellEntity,
  PracticeFeedbackEntity,
  InquiryEntity,
  InquiryReviewerEntity,
  ResearchQuestionEntity,
  ResearchQuestionVoteEntity,
  ResearchQuestionFollowerEntity,
  AppSecretEntity,
  EmailEntity,
  AccountTokenEntity,
  KnownDeviceEntity,
  EmailSettingsEntity,
  GroupEmailSettingEntity,
  InvitationEntity,
  TotpCredentialEntity,
  RecoveryCodeEntity,
  PasskeyEntity,
  AuthChallengeEntity,
  MeetingEntity,
  MeetingResponseEntity,
  MeetingOutputEntity,
  CalendarFeedEntity,
];
