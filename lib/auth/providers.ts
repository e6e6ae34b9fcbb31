import type { Provider } from 'next-auth/providers/index';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import type { LoginProvider } from '../env';

/** What a provider tells us about the person, as far as the site keeps it. */
type OidcClaims = { sub: string; name?: string; preferred_username?: string; nickname?: string; email?: string; picture?: string };

/**
 * Any OpenID Connect identity service (Keycloak, Authing, Logto, an enterprise IdP...), found
 * through its discovery document. PKCE and state guard the redirect; the ID token carries the
 * person's claims, so no second request to the userinfo endpoint is needed.
 */
function openIdConnect(provider: Extract<LoginProvider, { id: 'oidc' }>): Provider {
  return {
    id: 'oidc',
    name: provider.name,
    type: 'oauth',
    wellKnown: `${provider.issuer}/.well-known/openid-configuration`,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile(claims: OidcClaims) {
      return {
        id: claims.sub,
        name: claims.name ?? claims.preferred_username ?? claims.nickname ?? null,
        email: claims.email ?? null,
        image: claims.picture ?? null,
      };
    },
  };
}

/** next-auth providers for the configured ones, in the order the sign-in page lists them. */
export function nextAuthProviders(providers: LoginProvider[]): Provider[] {
  return providers.map((provider) => {
    switch (provider.id) {
      case 'github':
        return GitHubProvider({ clientId: provider.clientId, clientSecret: provider.clientSecret });
      case 'google':
        return GoogleProvider({ clientId: provider.clientId, clientSecret: provider.clientSecret });
      case 'oidc':
        return openIdConnect(provider);
    }
  });
}

/** The name on a provider's sign-in button. */
export function providerLabel(provider: LoginProvider): string {
  switch (provider.id) {
    case 'github':
      return 'GitHub';
    case 'google':
      return 'Google';
    case 'oidc':
      return provider.name;
  }
}
