// @kairos/compliance: the run-time compliance decision (allow / defer until T / block) and its profiles.
export { decideContact, type ComplianceDecision } from './decide';
export {
  evaluationRequestSchema,
  parseEvaluationRequest,
  type EvaluationRequest,
  type EvaluationRequestInput,
  type AccountState,
  type ContactAttempt,
  type InconvenientTime,
  type RequestIssue,
  type ParseResult,
} from './request';
export { REG_F_RULES, ENGINE_RULES } from './rule-ids';
export { channelSchema, complianceChannel, CONTACT_CHANNEL_PROPERTIES, outcomeSchema, weekdaySchema, CHANNELS, TELEPHONE_CHANNELS, type Channel, type Outcome, type Weekday } from './channels';
export {
  defineComplianceProfile,
  ProfileDefinitionError,
  type ComplianceProfile,
  type ComplianceProfileDefinition,
  type ContactCapDefinition,
} from './profile';
export { complianceProfiles, createProfileRegistry, usRegF, ukFcaExample } from './profiles/index';
export { ceaseCommunicationRule, channelOptOutRule, openDisputeRule, wirelessConsentRule } from './account-rules';
export { afterConversationRule } from './contact-caps';
export type { AccountRule, AccountFinding, TimeRule, Hold, InstantCheck, DecisionContext, PastAttempt } from './rule-types';
export {
  accountComplianceSchema,
  accountCompliancePatchSchema,
  defaultAccountCompliance,
  evaluationAccountOf,
  type AccountCompliance,
  type AccountComplianceInput,
  type AccountCompliancePatch,
} from './account-facts';
export type { DesignCap } from './profile';
export type { WeeklyHours, OpenSpan } from './calendar-rules';
export { chooseProfile, DEFAULT_PROFILE_ID, type ProfileSource } from './profile-choice';
export { parseProfileFile, profileFileSchema, type ProfileFile, type ProfileFileResult } from './profile-file';
export type { ProfileDisclosures } from './profile';
export {
  classifyInboundMessage,
  KEYWORD_CLASSES,
  CONSENT_EFFECTS,
  type KeywordClass,
  type ConsentEffect,
  type InboundConsent,
} from './consent-keywords';
