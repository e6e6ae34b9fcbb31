#!/usr/bin/env node
// A small OpenID Connect identity provider for the end-to-end login tests:
//
//   node tests/e2e/support/oidc-server.mjs --port 3190
//
// Listens on 127.0.0.1 only; the issuer is http://127.0.0.1:<port> (no trailing slash). Prints
// "[oidc] issuer http://127.0.0.1:<port> ready" once it accepts connections, and stops on
// SIGTERM or SIGINT.
//
// It behaves like a real provider with a login screen: /authorize first shows a form asking
// for a user name; submitting it (login=<name>) issues a code for that person and redirects
// back, and "取消" sends the user back with error=access_denied. The ID token, the access token
// and /userinfo all describe the signed-in person (sub "user-<name>", name "<Name> 测试",
// email "<name>@example.test"). There are no passwords: any name made of [a-z0-9_-] signs in.
// Codes are single use, and PKCE (S256 or plain) and nonce are honoured.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';

const { values: args } = parseArgs({ options: { port: { type: 'string' } } });
const port = Number(args.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: oidc-server.mjs --port N');
  process.exit(2);
}

const issuerUrl = `http://127.0.0.1:${port}`;
const LOGIN = /^[a-z0-9_-]{1,32}$/;

// `false` makes the library strip a trailing slash, so the discovery document and the tokens'
// `iss` say exactly the issuer URL the site is configured with.
const issuer = new OAuth2Issuer(false);
issuer.url = issuerUrl;
await issuer.keys.generate('RS256');
const service = new OAuth2Service(issuer);

/** The claims of the person who signed in as `login`. */
function claimsFor(login) {
  return {
    sub: `user-${login}`,
    name: `${login[0].toUpperCase()}${login.slice(1)} 测试`,
    preferred_username: login,
    email: `${login}@example.test`,
    email_verified: true,
  };
}

// The library issues codes but keeps no record of who they belong to, and it would accept any
// code at the token endpoint; this map (code -> { login, pkce }) is both that record and the
// list of codes not yet exchanged.
const codes = new Map();

service.on('beforeAuthorizeRedirect', ({ url }, req) => {
  const code = url.searchParams.get('code');
  // No code means the library is redirecting with an error (e.g. an unsupported response_type).
  if (!code) return;
  const query = new URL(req.originalUrl ?? req.url, issuerUrl).searchParams;
  const login = query.get('login');
  if (login && LOGIN.test(login)) codes.set(code, { login, pkce: query.has('code_challenge') });
});

// Fired for the access token and again for the ID token, after the library's own claims
// (including its placeholder sub "johndoe") are in place, so what is assigned here wins;
// `aud`, `nonce` and `scope` from the library are left alone.
service.on('beforeTokenSigning', (token, req) => {
  if (req.body?.grant_type !== 'authorization_code') return;
  const issued = codes.get(req.body.code);
  if (issued) Object.assign(token.payload, claimsFor(issued.login));
});

// Fired once per token request, after both tokens are built: the place to refuse a code that
// was never issued or was already exchanged, as a real provider does. The library checks a
// code_verifier only when one is sent, so a code issued with PKCE must also be refused without one.
service.on('beforeResponse', (response, req) => {
  if (req.body?.grant_type !== 'authorization_code') return;
  const issued = codes.get(req.body.code);
  codes.delete(req.body.code);
  if (issued && (!issued.pkce || req.body.code_verifier)) return;
  response.statusCode = 400;
  response.body = {
    error: 'invalid_grant',
    error_description: issued ? 'code_verifier required' : 'unknown or already used code',
  };
});

service.on('beforeUserinfo', (response, req) => {
  const login = loginFromAccessToken(req.headers.authorization);
  if (login) {
    response.body = claimsFor(login);
  } else {
    response.statusCode = 401;
    response.body = { error: 'invalid_token' };
  }
});

/**
 * The login behind a bearer access token this server issued. Only the payload is read: the
 * signature is not checked, which is enough for a test provider whose tokens only it hands out.
 */
function loginFromAccessToken(authorization) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const login = claims.iss === issuerUrl && /^user-(.+)$/.exec(claims.sub)?.[1];
    return login && LOGIN.test(login) ? login : null;
  } catch {
    return null;
  }
}

function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** The sign-in page: the form resubmits every authorization parameter plus the chosen name. */
function loginPage(query, redirectUri) {
  const cancel = new URL(redirectUri);
  cancel.searchParams.set('error', 'access_denied');
  const state = query.get('state');
  if (state) cancel.searchParams.set('state', state);
  const hidden = [...query]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>测试身份服务 · 登录</title>
  </head>
  <body>
    <h1>测试身份服务</h1>
    <form method="get" action="/authorize">
      ${hidden}
      <label for="login">用户名</label>
      <input id="login" type="text" name="login" autocomplete="username" required autofocus>
      <button type="submit">登录</button>
    </form>
    <p><a href="${escapeHtml(cancel.href)}">取消</a></p>
  </body>
</html>
`;
}

function sendText(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${text}\n`);
}

const server = http.createServer((req, res) => {
  try {
    const url = new URL(req.url ?? '/', issuerUrl);
    if (req.method !== 'GET' || url.pathname !== '/authorize') {
      service.requestHandler(req, res);
      return;
    }
    // Checked here for both steps: the library would fail with a 500 on a missing or malformed
    // redirect_uri, and the cancel link needs one.
    const redirectUri = url.searchParams.get('redirect_uri');
    if (!redirectUri || !URL.canParse(redirectUri)) {
      sendText(res, 400, 'redirect_uri is missing or is not an absolute URL');
      return;
    }
    if (!url.searchParams.has('login')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(loginPage(url.searchParams, redirectUri));
      return;
    }
    const logins = url.searchParams.getAll('login');
    if (logins.length !== 1 || !LOGIN.test(logins[0])) {
      sendText(res, 400, 'login must be 1 to 32 characters of a-z, 0-9, "_" or "-"');
      return;
    }
    service.requestHandler(req, res);
  } catch (error) {
    console.error('[oidc] request failed:', error);
    if (!res.headersSent) sendText(res, 500, 'internal error');
    else res.destroy();
  }
});

server.on('error', (error) => {
  console.error(`[oidc] cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`[oidc] issuer ${issuerUrl} ready`);
});

function stop() {
  // Browsers keep connections alive; without closing them, close() would wait for them to idle out.
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
