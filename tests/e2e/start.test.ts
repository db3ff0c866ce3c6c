import { DEMO_RESOURCE_IDS } from '@pn/seeds';
import { Client } from 'pg';
import { answerProblem, checkedFetch } from '../src/contract';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';
import { freshTotpCode } from '../src/totp';

/** What a newcomer does: start the product with no configuration, sign in with a demo account, restart. */
describe('the product started with no configuration', () => {
  let product: RunningProduct;
  afterAll(async () => {
    await product?.stop();
    if (product) removeDataDir(product.dataDir);
  });

  it('starts its embedded PostgreSQL, seeds the demo accounts and prints the one URL to open', async () => {
    product = await startProduct();
    expect(product.output()).toContain(`open ${product.url}`);
    expect(product.output()).toContain('Seeded the demo network');
    for (const email of [
      'admin@example.org',
      'coordinator@example.org',
      'researcher@example.org',
      'practitioner@example.org',
    ]) {
      const login = await checkedFetch(`${product.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Demo-password-1' }),
      });
      expect(login.status).toBe(200);
      let body = (await login.json()) as { user: { status: string } } | { secondFactor: string; challenge: string };
      if ('secondFactor' in body) {
        // The admin and the coordinator have the README's demo authenticator app: its code completes it.
        const second = await checkedFetch(`${product.url}/api/auth/login/second-factor`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ challenge: body.challenge, method: 'totp', code: await freshTotpCode(email) }),
        });
        expect(second.status).toBe(200);
        body = (await second.json()) as { user: { status: string } };
      }
      expect('user' in body && body.user.status).toBe('active');
    }
  });

  it('serves the built frontend from the same origin, for any page path', async () => {
    for (const path of ['/', '/login', '/admin/vetting']) {
      // A page: the frontend's, not in the API's document; its status and type are checked here.
      const page = await fetch(`${product.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<div id="root">');
    }
    const missingApi = await checkedFetch(`${product.url}/api/no-such-endpoint`);
    expect(missingApi.status).toBe(404);
    expect(await missingApi.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('has its API answers checked against the OpenAPI document it serves, which catches a broken one', async () => {
    const json = (body: unknown, status: number, type = 'application/json; charset=utf-8') =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
    const health = `${product.url}/api/health`;
    expect(await answerProblem('GET', health, json({ status: 'ok', db: 'ok' }, 200))).toBeNull();
    expect(await answerProblem('GET', health, json({ status: 'ok', db: 'ok' }, 418))).toMatch(/does not list/);
    expect(await answerProblem('GET', health, json({ status: 'fine' }, 200))).toMatch(/does not match/);
    expect(await answerProblem('GET', health, json({ status: 'ok', db: 'ok' }, 200, 'text/html'))).toMatch(
      /content type text\/html/,
    );
    // A schema whose children refer to the document's components: a resource's family, of the demo guide.
    const family = `${product.url}/api/resources/${DEMO_RESOURCE_IDS.helplineGuide}/adaptations`;
    const tree = (await (await checkedFetch(family)).json()) as { root: { children: Array<{ title: unknown }> } };
    expect(tree.root.children.length).toBeGreaterThan(0);
    tree.root.children[0]!.title = 5;
    expect(await answerProblem('GET', family, json(tree, 200))).toMatch(/does not match/);
    expect(await answerProblem('GET', `${product.url}/api/no-such-endpoint`, json({}, 200))).toMatch(
      /not the API's 404/,
    );
  });

  it('keeps its data across a restart and stops its database cleanly on SIGTERM', async () => {
    const register = await checkedFetch(`${product.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'restart@example.org',
        password: 'a long enough password',
        displayName: 'Restart check',
        profession: 'educators',
        country: 'SE',
      }),
    });
    expect(register.status).toBe(201);
    const { databasePort } = product;

    expect(await product.stop()).toBe(0);
    const probe = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${databasePort}/postgres` });
    await expect(probe.connect()).rejects.toThrow();

    product = await startProduct({ dataDir: product.dataDir });
    const login = await checkedFetch(`${product.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'restart@example.org', password: 'a long enough password' }),
    });
    expect(login.status).toBe(200);
    expect(product.output()).not.toContain('Seeded the demo network');
  });
});
