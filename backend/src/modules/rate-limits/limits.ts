import type { AppConfig } from '../../config/env.schema';

/**
 * How a named limit counts:
 *  - `budget`: so many events per window (counted from the first); once spent, the key waits for the window's
 *    end. For what an address or a challenge may do in a while.
 *  - `backoff`: consecutive failures, forgotten after `memorySeconds` or on success (reset); after `free` of
 *    them each further failure holds the key back for a delay that doubles, from `delaySeconds` up to
 *    `maxDelaySeconds`. Nobody is locked out for long, and guessing slows down to a crawl (OWASP's
 *    authentication cheat sheet).
 */
export type LimitRule =
  | { kind: 'budget'; points: number; windowSeconds: number }
  | { kind: 'backoff'; free: number; delaySeconds: number; maxDelaySeconds: number; memorySeconds: number };

/** How long a second-factor challenge lives; its budget of tries lasts as long. */
export const CHALLENGE_TTL_SECONDS = 5 * 60;

/**
 * Every limit of the application, by name. A feature that needs one adds it here and calls
 * `RateLimitsService` with the name and its key (an account, an address, a challenge...).
 */
export function limitRules(config: AppConfig) {
  const failedPasswords: LimitRule = {
    kind: 'backoff',
    free: config.LOGIN_LIMIT_PER_ACCOUNT_AND_IP,
    delaySeconds: config.LOGIN_LIMIT_DELAY_SECONDS,
    maxDelaySeconds: config.LOGIN_LIMIT_MAX_DELAY_SECONDS,
    memorySeconds: config.LOGIN_LIMIT_WINDOW_SECONDS,
  };
  return {
    /** Wrong passwords for one account from one address: the owner elsewhere is never held back. */
    'login.account-address': failedPasswords,
    /** Wrong passwords from one address, whatever the account. */
    'login.address': {
      kind: 'budget',
      points: config.LOGIN_LIMIT_PER_IP,
      windowSeconds: config.LOGIN_LIMIT_WINDOW_SECONDS,
    },
    /** Applications from one address. */
    'register.address': { kind: 'budget', points: config.REGISTER_LIMIT_PER_IP, windowSeconds: 60 * 60 },
    /** Password reset requests from one address, and for one email address: counted alike whether an account
     * has it or not, so that a refusal tells nothing of who is a member, and nobody's inbox is flooded. */
    'password-reset.address': { kind: 'budget', points: config.PASSWORD_RESET_LIMIT_PER_IP, windowSeconds: 60 * 60 },
    'password-reset.email': { kind: 'budget', points: config.PASSWORD_RESET_LIMIT_PER_EMAIL, windowSeconds: 60 * 60 },
    /** Wrong second factors for one account, from anywhere: only someone with the password gets this far. */
    'second-factor.account': failedPasswords,
    /** Wrong second factors for one challenge: then it is spent, and sign-in starts again with the password. */
    'second-factor.challenge': { kind: 'budget', points: 5, windowSeconds: CHALLENGE_TTL_SECONDS },
    /** WebAuthn ceremonies begun from one address (each stores a challenge). */
    'webauthn.address': { kind: 'budget', points: 60, windowSeconds: 60 },
    /** Calendar feed reads from one address: calendar apps poll every few minutes at most, and an office
     * behind one address holds many members; a token guesser gets nowhere at this pace. */
    'calendar-feed.address': { kind: 'budget', points: 300, windowSeconds: 10 * 60 },
    /** Downloads of the whole open-data export from one address: each reads the whole library. */
    'open-data.address': { kind: 'budget', points: 30, windowSeconds: 60 * 60 },
  } satisfies Record<string, LimitRule>;
}

export type LimitName = keyof ReturnType<typeof limitRules>;

/** The delay after the `failures`-th consecutive failure under a backoff rule, in seconds (0: none yet). */
export function backoffDelaySeconds(rule: Extract<LimitRule, { kind: 'backoff' }>, failures: number): number {
  if (failures < rule.free) return 0;
  const doublings = Math.min(failures - rule.free, 30);
  return Math.min(rule.delaySeconds * 2 ** doublings, rule.maxDelaySeconds);
}
