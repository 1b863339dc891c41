import { z } from 'zod';

/**
 * The challenge catalogue's vocabulary: what a challenge is, and the categories and settings
 * it can belong to. Pure data; the catalogue itself lives in `catalogue.ts`.
 */

export const CHALLENGE_CATEGORIES = [
  'everyday-asks',
  'shops-services',
  'strangers-small-talk',
  'friends-plans',
  'dating',
  'work-study',
  'online',
  'being-seen',
] as const;
export type ChallengeCategory = (typeof CHALLENGE_CATEGORIES)[number];

export const CHALLENGE_SETTINGS = ['in-person', 'phone', 'online'] as const;
export type ChallengeSetting = (typeof CHALLENGE_SETTINGS)[number];

export const CATEGORY_LABELS: Readonly<Record<ChallengeCategory, string>> = Object.freeze({
  'everyday-asks': 'Everyday asks',
  'shops-services': 'Shops and services',
  'strangers-small-talk': 'Strangers and small talk',
  'friends-plans': 'Friends and plans',
  dating: 'Dating',
  'work-study': 'Work and study',
  online: 'Online',
  'being-seen': 'Being seen',
});

/** Lowercase words joined by single hyphens, e.g. `ask-for-a-discount`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ChallengeSchema = z.strictObject({
  /** Stable identifier; never reuse a slug for a different challenge. */
  slug: z.string().max(60).regex(SLUG_PATTERN),
  title: z.string().trim().min(3).max(60),
  /** What to ask or do: one or two sentences, second person. */
  ask: z.string().trim().min(10).max(240),
  category: z.enum(CHALLENGE_CATEGORIES),
  setting: z.enum(CHALLENGE_SETTINGS),
  /** Typical time it takes, in minutes. */
  minutes: z.int().min(1).max(120),
  /** Expected peak SUDS (0–100) for a socially anxious adult: a prior, not a promise. */
  difficulty: z.int().min(0).max(100),
  /** A concrete easier variant, for stepping down. */
  easier: z.string().trim().min(10).max(200),
  /** A concrete harder variant, for stepping up. */
  harder: z.string().trim().min(10).max(200),
  /** How to keep the other person comfortable, where they could be burdened. */
  consideration: z.string().trim().min(10).max(200).optional(),
});
export type Challenge = z.infer<typeof ChallengeSchema>;
