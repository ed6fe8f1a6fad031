import type { Plugin } from 'vite';

/**
 * The app's Content Security Policy and the other headers a deployment must send, in one place: the
 * build puts the policy in index.html as a meta tag (so a copy served from any folder keeps it), and
 * `npm start` (vite preview) sends all of them as headers, including what a meta tag cannot carry
 * (`frame-ancestors`, framing and referrer rules). docs/deployment.md lists them for other servers.
 */
/**
 * The origins of the sync servers this installation lets the app reach, named at build time:
 * `NAP_SYNC_ORIGINS="https://couch.example.kg"` (several separated by spaces). None by default, and
 * then the app reaches nothing but its own origin. A page cannot widen its own policy, and a
 * server's header policy would still apply beside it, so the installation names its server here.
 */
export function syncOriginsOf(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of origins)
    if (!/^(https:\/\/[a-z0-9.-]+(:\d+)?|http:\/\/(127\.0\.0\.1|localhost)(:\d+|:\*)?)$/.test(origin))
      throw new Error(
        `NAP_SYNC_ORIGINS: "${origin}" is not an origin the app may sync with (https://host[:port], or http://127.0.0.1[:port] on this machine)`,
      );
  return origins;
}

export function contentSecurityPolicy(syncOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...syncOrigins].join(' '),
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy of an installation without a sync server. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export function securityHeadersOf(syncOrigins: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(syncOrigins)}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

export const SECURITY_HEADERS = securityHeadersOf();

export function securityHeaders(syncOrigins: readonly string[] = []): Plugin {
  return {
    name: 'cbrn-nap-security-headers',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(syncOrigins) },
        injectTo: 'head-prepend',
      },
    ],
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(securityHeadersOf(syncOrigins)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}
