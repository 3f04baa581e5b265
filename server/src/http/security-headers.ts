import type { RequestHandler } from 'express';

/**
 * The console's Content-Security-Policy: its own scripts only (no inline script, no eval), its
 * socket on the same origin, images also from https (avatars people link to), never framed.
 */
export const consoleCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON and the rest: nothing to run or embed, never framed. */
const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Security headers on every answer (helmet's set, written out: a few lines we can read):
 * `nosniff`, a referrer policy, HSTS when the request came over TLS (directly or from the
 * reverse proxy on this host), and a CSP per kind of answer. The widget's files (`/widget.js`,
 * `/widget/…`) run inside other sites' pages: no CSP of ours applies to them there, and they are
 * marked loadable cross-origin. Set before the routes, so each may still narrow its own (signed
 * files do).
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const path = req.path;
    if (path === '/widget.js' || path.startsWith('/widget/')) {
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    } else if (path === '/console' || path.startsWith('/console/')) {
      res.setHeader('Content-Security-Policy', consoleCsp);
      res.setHeader('X-Frame-Options', 'DENY');
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    } else if (path.startsWith('/api/') || path === '/healthz' || path === '/readyz' || path === '/metrics') {
      res.setHeader('Content-Security-Policy', apiCsp);
      res.setHeader('X-Frame-Options', 'DENY');
    } else {
      // The demo pages embed the widget from this origin; they may not be framed elsewhere.
      res.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
    }
    next();
  };
}
