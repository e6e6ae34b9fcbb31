// The login settings of the e2e sites: the test identity provider (oidc-server.mjs) as their
// OpenID Connect provider. Shared by serve.mjs and the specs, which need the client id and the
// provider's name.

export const oidcClient = { id: 'yuedu-e2e', secret: 'yuedu-e2e-client-secret', name: '测试身份服务' };

/** Test-only; a forged cookie in the specs is signed with anything but this. */
export const sessionSecret = 'yuedu-e2e-session-secret-0123456789abcdef';

export function loginEnv(issuer, port) {
  return {
    AUTH_OIDC_ISSUER: issuer,
    AUTH_OIDC_ID: oidcClient.id,
    AUTH_OIDC_SECRET: oidcClient.secret,
    AUTH_OIDC_NAME: oidcClient.name,
    NEXTAUTH_SECRET: sessionSecret,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  };
}
