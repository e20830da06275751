import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * The project root: the first folder above this file holding package.json. The same walk finds it from
 * src/dashboard (tests) and from dist/src/dashboard (`npm start`, the Docker image).
 */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json above ${from}: cannot find the dashboard's public/ folder`);
  }
}

/** Files read from disk once and again only when they change, each with a strong ETag of its content. */
export class StaticFiles {
  private readonly cache = new Map<string, { mtimeMs: number; file: StaticFile }>();

  async read(path: string): Promise<StaticFile | null> {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached.file;
    const body = await readFile(path);
    const extension = path.slice(path.lastIndexOf('.'));
    const file: StaticFile = {
      body,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    };
    this.cache.set(path, { mtimeMs: info.mtimeMs, file });
    return file;
  }
}
