import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStorage } from '../file-storage-port.js';

/**
 * Files in a folder (`DATA_DIR/files`, two levels of fan-out by key). A put copies into a
 * temporary name and renames it in place, so a crash midway never leaves a half file under a key.
 */
export class DiskFileStorage implements FileStorage {
  readonly kind = 'disk' as const;

  constructor(private readonly root: string) {}

  async put(key: string, fromPath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    try {
      await copyFile(fromPath, partial);
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  }

  async open(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    try {
      await stat(file);
    } catch {
      return null;
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    // Keys are nanoids (letters, digits, _ and -) with an optional suffix: never a path.
    if (!/^[A-Za-z0-9_-]+(\.[a-z]+)?$/.test(key)) throw new Error(`not a file key: ${key}`);
    return path.join(this.root, key.slice(0, 2), key);
  }
}
