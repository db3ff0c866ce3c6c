import { generate, generateSecret } from 'otplib';
import { TotpService } from '../../src/modules/second-factor/totp.service';
import type { TestApp } from './app';

const PERIOD = 30;

/** The code an authenticator app shows for `secret` at a time step (now, unless told). */
export function totpCode(secret: string, step = Math.floor(Date.now() / 1000 / PERIOD)): Promise<string> {
  return generate({ secret, epoch: step * PERIOD });
}

/**
 * A code the app will accept now for this person: codes are good once per time step, so after one was used
 * in this step, the next step's (still within the accepted drift); failing that, waits for a fresh step.
 */
export async function nextTotpCode(app: TestApp, userId: string, secret: string): Promise<string> {
  const [row] = (await app.dataSource.query(`SELECT last_used_step FROM totp_credentials WHERE user_id = $1`, [
    userId,
  ])) as Array<{ last_used_step: string | null }>;
  const now = Math.floor(Date.now() / 1000 / PERIOD);
  const step = Math.max(now, row?.last_used_step === null || !row ? now : Number(row.last_used_step) + 1);
  if (step > now + 1) await new Promise((done) => setTimeout(done, (step - 1) * PERIOD * 1000 - Date.now() + 50));
  return totpCode(secret, step);
}

/** An authenticator app set up and confirmed straight in the database; its secret, to make codes with. */
export async function enrolTotp(app: TestApp, userId: string): Promise<string> {
  const secret = generateSecret();
  await app.dataSource.query(`INSERT INTO totp_credentials (user_id, secret, confirmed_at) VALUES ($1, $2, now())`, [
    userId,
    app.app.get(TotpService).seal(secret),
  ]);
  return secret;
}

/** Signs in with the password and an authenticator code; the bearer token of the new session. */
export async function signInWithTotp(
  app: TestApp,
  user: { id: string; email: string },
  secret: string,
  password: string,
): Promise<string> {
  const login = await app.request('POST', '/api/auth/login', { body: { email: user.email, password } });
  if (login.body?.secondFactor !== 'required') {
    throw new Error(`expected a second-factor challenge, got ${login.status} ${JSON.stringify(login.body)}`);
  }
  const done = await app.request('POST', '/api/auth/login/second-factor', {
    body: { challenge: login.body.challenge, method: 'totp', code: await nextTotpCode(app, user.id, secret) },
  });
  if (done.status !== 200)
    throw new Error(`the second factor was refused: ${done.status} ${JSON.stringify(done.body)}`);
  return done.body.token as string;
}
