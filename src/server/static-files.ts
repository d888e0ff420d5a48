import { createReadStream, existsSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build:web` puts the web app (web/dist in the checkout). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The built web app's folder when it has been built, else undefined (the server then serves the API only). */
export function builtWebRoot(root: string = DEFAULT_WEB_ROOT): string | undefined {
  return existsSync(join(root, 'index.html')) ? root : undefined;
}

/** Content types of what a Vite build emits. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The page's security policy: only this origin's scripts, no framing, no plugins. Inline styles
 * are allowed because the chart library sets element styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite names built assets `name-<hash>.ext`; such a file never changes, so it may be cached for good. */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8,}\.[a-z0-9]+$/u;

/** Options of serveStaticFiles. */
export interface StaticFilesOptions {
  /** The folder holding the built app (with its index.html). */
  root: string;
  /** Path prefixes that are never the app (they keep their JSON 404): `/api` by default. */
  reserved?: readonly string[];
}

/**
 * Serves a built single-page app from a folder on GET and HEAD: files by their path with their
 * content type, `index.html` for any other path without a file extension (the app's own routes),
 * and 404 for a missing file. Paths are decoded once and must stay inside the folder: `..`,
 * encoded slashes, backslashes, NUL bytes and dot-files are refused. Hashed assets are cached for
 * a year; everything else is revalidated on each load.
 * @example await serveStaticFiles(app, { root: 'web/dist' })
 */
export function serveStaticFiles(app: FastifyInstance, options: StaticFilesOptions): void {
  const root = resolve(options.root);
  const reserved = options.reserved ?? ['/api'];

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const rawPath = request.url.split('?')[0] ?? '/';
    if (reserved.some((prefix) => rawPath === prefix || rawPath.startsWith(`${prefix}/`))) {
      return reply.callNotFound();
    }
    const path = safePath(rawPath);
    if (path === null) return notFound(reply);
    const wantsFile = path !== '/' && extname(path) !== '';
    if (wantsFile) {
      const file = join(root, path);
      const info = await fileStats(file);
      if (!info || !file.startsWith(root + sep)) return notFound(reply);
      const cache = HASHED_ASSET.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate';
      return sendFile(reply, file, info, cache, request.method === 'HEAD');
    }
    // Any other path is one of the app's pages: the app reads the address itself.
    const index = join(root, 'index.html');
    const info = await fileStats(index);
    if (!info) return notFound(reply);
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return sendFile(reply, index, info, 'no-cache', request.method === 'HEAD');
  };

  app.route({ method: ['GET', 'HEAD'], url: '/', handler });
  app.route({ method: ['GET', 'HEAD'], url: '/*', handler });
}

/** The decoded path, or null when it could reach outside the folder or name a hidden file. */
function safePath(rawPath: string): string | null {
  // Encoded separators would be decoded into path steps: refuse them before decoding.
  if (/%2f|%5c|%00/iu.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null;
  return decoded;
}

async function fileStats(file: string): Promise<Stats | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

function sendFile(
  reply: FastifyReply,
  file: string,
  info: Stats,
  cacheControl: string,
  headOnly: boolean,
) {
  reply
    .code(200)
    .header(
      'content-type',
      CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    )
    .header('content-length', String(info.size))
    .header('last-modified', info.mtime.toUTCString())
    .header('cache-control', cacheControl);
  if (headOnly) return reply.send();
  return reply.send(createReadStream(file));
}

function notFound(reply: FastifyReply) {
  return reply
    .code(404)
    .type('text/plain; charset=utf-8')
    .header('cache-control', 'no-store')
    .send('Not found.');
}
