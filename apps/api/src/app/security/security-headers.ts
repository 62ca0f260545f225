import type { NextFunction, Request, Response } from 'express';

/**
 * The web app's policy: its own scripts only (no inline script, no eval); styles inline too,
 * because antd's CSS-in-JS and ECharts' tooltips write style attributes and <style> tags; images
 * from data: and blob: for the PNG/SVG chart exports; no framing by anyone.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A stored original (an uploaded HTML report above all) must never run as a page of the app:
 * nothing may load, and `sandbox` gives it an opaque origin even if a browser shows it inline.
 */
export const ORIGINAL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/** The OpenAPI page (swagger-ui) ships an inline bootstrap script; only it gets one. */
const DOCS_CSP = APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

/** Whether a request path is the OpenAPI page, its assets or its documents (`docs-json`, `docs-yaml`). */
export function isDocsPath(docsPath: string, requestPath: string): boolean {
  const docs = `/${docsPath}`;
  // Express matches routes case-insensitively: /API/DOCS-JSON reaches the same handler.
  const path = requestPath.toLowerCase();
  return path === docs || path.startsWith(`${docs}/`) || path.startsWith(`${docs}-`);
}

/**
 * Sets the security headers on every response, API and static files alike: the CSP above, no
 * MIME sniffing (so a text file is never run as script), frame denial for old browsers too, and
 * no referrer leaving the site.
 */
export function securityHeaders(docsPath: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Content-Security-Policy', isDocsPath(docsPath, req.path) ? DOCS_CSP : APP_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.removeHeader('X-Powered-By');
    next();
  };
}
