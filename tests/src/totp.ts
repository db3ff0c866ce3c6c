import { DEMO_TOTP_SECRET } from '@pn/seeds';
import { generate } from 'otplib';
import { checkedFetch } from './contract';

export { DEMO_TOTP_SECRET };

const PERIOD = 30;
/** The last time step whose code this test file used, per account: the product takes each code once. */
const used = new Map<string, number>();

/**
 * A code an authenticator app with `secret` shows, that the product has not seen for this account: this
 * step's, or the next one's (still within the accepted drift), or, failing both, it waits for a fresh step.
 */
export async function freshTotpCode(account: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000 / PERIOD);
  const step = Math.max(now, (used.get(account) ?? -1) + 1);
  if (step > now + 1) await new Promise((done) => setTimeout(done, (step - 1) * PERIOD * 1000 - Date.now() + 100));
  used.set(account, step);
  return generate({ secret, epoch: step * PERIOD });
}

/** Signs in through the API, with the demo authenticator app when the account has it; the session's token. */
export async function apiSignIn(url: string, email: string, password: string): Promise<string> {
  const post = async (path: string, body: unknown) => {
    const response = await checkedFetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const login = await post('/api/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`sign-in of ${email}: ${login.status} ${JSON.stringify(login.body)}`);
  if (login.body.secondFactor !== 'required') return login.body.token as string;
  const done = await post('/api/auth/login/second-factor', {
    challenge: login.body.challenge,
    method: 'totp',
    code: await freshTotpCode(email),
  });
  if (done.status !== 200) throw new Error(`second factor of ${email}: ${done.status} ${JSON.stringify(done.body)}`);
  return done.body.token as string;
}
