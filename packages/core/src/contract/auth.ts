import { z } from 'zod';
import { isValidTimeZone } from '../practice/local-date.js';

/** Passwords: length is the only composition rule (NIST SP 800-63B); common ones are refused by the server. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email('Enter an email address like name@example.com.'))
  .transform((email) => email.toLowerCase());

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'A name needs at least one character.')
  .max(60, 'Keep the name to 60 characters or fewer.');

const TimeZoneField = z.string().max(64).refine(isValidTimeZone, 'Use a time zone like Europe/London.');

export const SignUpRequestSchema = z.strictObject({
  email: EmailSchema,
  password: NewPasswordSchema,
  displayName: DisplayNameSchema.optional(),
  timeZone: TimeZoneField.optional(),
  /** Present to make a clinician account (profession and licence number are self-declared, not verified). */
  clinician: z
    .strictObject({
      profession: z.string().trim().min(2, 'Say what you do, e.g. clinical psychologist.').max(80, 'Keep it to 80 characters.'),
      licenceNumber: z.string().trim().max(40, 'Keep it to 40 characters.').optional(),
    })
    .optional(),
});
export type SignUpRequest = z.input<typeof SignUpRequestSchema>;

export const SignInRequestSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH),
});
export type SignInRequest = z.input<typeof SignInRequestSchema>;

/** Deleting an account asks for the password again, so a borrowed unlocked phone cannot do it. */
export const DeleteAccountRequestSchema = z.strictObject({
  password: z.string().min(1, 'Enter your password to confirm.').max(PASSWORD_MAX_LENGTH),
});
export type DeleteAccountRequest = z.input<typeof DeleteAccountRequestSchema>;

export const UpdateMeRequestSchema = z
  .strictObject({
    displayName: DisplayNameSchema.nullable().optional(),
    /** The IANA time zone the person lives in; decides their "today". */
    timeZone: TimeZoneField.optional(),
  })
  .refine((v) => v.displayName !== undefined || v.timeZone !== undefined, {
    message: 'Send a display name or a time zone.',
    path: ['displayName'],
  });
export type UpdateMeRequest = z.input<typeof UpdateMeRequestSchema>;

export const IdSchema = z.uuid('Not a valid id.');
export const IsoTimeSchema = z.iso.datetime({ offset: true });

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string().nullable(),
  timeZone: z.string(),
  createdAt: IsoTimeSchema,
  role: z.enum(['person', 'clinician']),
  /** For clinician accounts: self-declared, shown as such. */
  clinician: z.object({ profession: z.string(), licenceNumber: z.string().nullable() }).nullable(),
});
export type User = z.infer<typeof UserSchema>;

/** The signed-in state: who, and the CSRF token every cookie-authenticated write must echo. */
export const SessionStateSchema = z.object({
  user: UserSchema,
  csrfToken: z.string(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

/** What the app asks at start: who is signed in on this device, if anyone. Never a 401. */
export const SessionStatusSchema = z.union([
  SessionStateSchema,
  z.object({ user: z.null(), csrfToken: z.null() }),
]);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

export const SessionSummarySchema = z.object({
  id: IdSchema,
  createdAt: IsoTimeSchema,
  lastSeenAt: IsoTimeSchema,
  expiresAt: IsoTimeSchema,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const SessionListSchema = z.object({ sessions: z.array(SessionSummarySchema) });

export const IdParamsSchema = z.strictObject({ id: IdSchema });

/** The header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';
