import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';

/** The login configuration under exactly these environment variables. */
const authWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv).auth;

const github = { AUTH_GITHUB_ID: 'gh-id', AUTH_GITHUB_SECRET: 'gh-secret-value' };
const google = { AUTH_GOOGLE_ID: 'g-id', AUTH_GOOGLE_SECRET: 'g-secret-value' };
const oidc = { AUTH_OIDC_ISSUER: 'https://id.example.com/realms/main', AUTH_OIDC_ID: 'o-id', AUTH_OIDC_SECRET: 'o-secret-value' };

describe('readEnv: login providers', () => {
  it('offers no provider when none is configured', () => {
    expect(authWith({})).toEqual({ providers: [], secret: undefined, url: undefined });
  });

  it.each([
    ['GitHub', github, { id: 'github', clientId: 'gh-id', clientSecret: 'gh-secret-value' }],
    ['Google', google, { id: 'google', clientId: 'g-id', clientSecret: 'g-secret-value' }],
    [
      'OpenID Connect',
      oidc,
      { id: 'oidc', name: 'OpenID Connect', issuer: 'https://id.example.com/realms/main', clientId: 'o-id', clientSecret: 'o-secret-value' },
    ],
  ])('turns %s on with its variables, and only it', (_name, variables, provider) => {
    expect(authWith(variables).providers).toEqual([provider]);
  });

  it('lists GitHub, Google, then OpenID Connect, whatever order the variables come in', () => {
    const providers = authWith({ ...oidc, ...google, ...github }).providers;
    expect(providers.map((p) => p.id)).toEqual(['github', 'google', 'oidc']);
  });

  it('names the OpenID Connect provider after AUTH_OIDC_NAME when set', () => {
    expect(authWith({ ...oidc, AUTH_OIDC_NAME: '公司账号' }).providers).toMatchObject([{ id: 'oidc', name: '公司账号' }]);
    expect(authWith({ ...oidc, AUTH_OIDC_NAME: '  ' }).providers).toMatchObject([{ id: 'oidc', name: 'OpenID Connect' }]);
  });

  it("strips the issuer's trailing slashes", () => {
    const providers = authWith({ ...oidc, AUTH_OIDC_ISSUER: 'https://id.example.com/realms/main//' }).providers;
    expect(providers).toMatchObject([{ issuer: 'https://id.example.com/realms/main' }]);
  });

  it('counts blank and whitespace-only values as unset, and trims the others', () => {
    expect(authWith({ AUTH_GITHUB_ID: '', AUTH_GITHUB_SECRET: '  ', AUTH_GOOGLE_ID: ' \t', AUTH_GOOGLE_SECRET: '' }).providers).toEqual([]);
    expect(authWith({ AUTH_GITHUB_ID: ' gh-id ', AUTH_GITHUB_SECRET: 'gh-secret-value\n' }).providers).toEqual([
      { id: 'github', clientId: 'gh-id', clientSecret: 'gh-secret-value' },
    ]);
  });

  it.each([
    ['GitHub without its secret', { AUTH_GITHUB_ID: 'gh-id' }, /AUTH_GITHUB_SECRET/],
    ['GitHub with a blank secret', { AUTH_GITHUB_ID: 'gh-id', AUTH_GITHUB_SECRET: ' ' }, /AUTH_GITHUB_SECRET/],
    ['GitHub without its ID', { AUTH_GITHUB_SECRET: 'gh-secret-value' }, /AUTH_GITHUB_ID/],
    ['Google without its secret', { AUTH_GOOGLE_ID: 'g-id' }, /AUTH_GOOGLE_SECRET/],
    ['Google without its ID', { AUTH_GOOGLE_SECRET: 'g-secret-value' }, /AUTH_GOOGLE_ID/],
    ['OpenID Connect without its issuer', { AUTH_OIDC_ID: 'o-id', AUTH_OIDC_SECRET: 'o-secret-value' }, /AUTH_OIDC_ISSUER/],
    ['OpenID Connect without its secret', { AUTH_OIDC_ISSUER: oidc.AUTH_OIDC_ISSUER, AUTH_OIDC_ID: 'o-id' }, /AUTH_OIDC_SECRET/],
    ['OpenID Connect with only its issuer', { AUTH_OIDC_ISSUER: oidc.AUTH_OIDC_ISSUER }, /AUTH_OIDC_ID, AUTH_OIDC_SECRET/],
  ])('refuses %s, naming the missing variable but no secret', (_name, variables, missing) => {
    expect(() => authWith(variables)).toThrow(missing);
    expect(() => authWith(variables)).not.toThrow(/secret-value/);
  });

  it('refuses half a provider even when another is complete', () => {
    expect(() => authWith({ ...github, AUTH_GOOGLE_ID: 'g-id' })).toThrow(/AUTH_GOOGLE_SECRET/);
  });

  it('refuses an issuer that is not a URL, naming AUTH_OIDC_ISSUER', () => {
    expect(() => authWith({ ...oidc, AUTH_OIDC_ISSUER: 'id.example.com realms' })).toThrow(/AUTH_OIDC_ISSUER/);
  });
});

describe('readEnv: session secret', () => {
  it('is required in production when a provider is on, naming NEXTAUTH_SECRET', () => {
    expect(() => authWith({ NODE_ENV: 'production', ...google })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => authWith({ NODE_ENV: 'production', ...google, NEXTAUTH_SECRET: '   ' })).toThrow(/NEXTAUTH_SECRET/);
  });

  it('is taken from NEXTAUTH_SECRET', () => {
    expect(authWith({ NODE_ENV: 'production', ...google, NEXTAUTH_SECRET: 's3cret' })).toMatchObject({ secret: 's3cret' });
  });

  it('is not required in production without a provider, nor in development with one', () => {
    expect(authWith({ NODE_ENV: 'production' })).toEqual({ providers: [], secret: undefined, url: undefined });
    expect(authWith({ NODE_ENV: 'development', ...github }).providers).toHaveLength(1);
  });
});

describe('readEnv: site address for login', () => {
  it('is NEXTAUTH_URL, else SITE_URL, else unset', () => {
    expect(authWith({ NEXTAUTH_URL: 'https://login.example', SITE_URL: 'https://site.example' }).url).toBe('https://login.example');
    expect(authWith({ SITE_URL: 'https://site.example' }).url).toBe('https://site.example');
    expect(authWith({ NEXTAUTH_URL: ' ', SITE_URL: 'https://site.example' }).url).toBe('https://site.example');
    expect(authWith({}).url).toBeUndefined();
  });

  it('refuses a NEXTAUTH_URL that is not a URL, naming it', () => {
    expect(() => authWith({ NEXTAUTH_URL: 'site.example' })).toThrow(/NEXTAUTH_URL/);
  });
});
