/**
 * The adaptive coach (docs/COACH.md): a personal model of how hard each challenge is for one person,
 * and the next suggestion at their edge, inside the rails.
 */
export { COACH_RULES, coachSuggest } from './coach.js';
export type { CoachInput, CoachResult, CoachRung, CoachSettings, CoachSuggestion } from './coach.js';
export { COACH_MODEL, categoryLevels, fitPersonalModel, predictPeak } from './model.js';
export type { CategoryLevel, ChallengeBelief, ChallengeContext, PersonalModel, Prediction, TimedExperiment } from './model.js';
export { CoachExperimentSchema, CoachRequestSchema, CoachSettingsSchema, coachFromJson, parseCoachRequest } from './input.js';
export type { CoachRequest } from './input.js';
