import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose from 'mongoose';
import type { FileStorage } from '../file-storage-port.js';

/**
 * Files in GridFS (bucket `uploads`) on the store's own connection. The file's `_id` is its key.
 * An upload that fails is aborted, which deletes the chunks already written. Not run by the
 * tests here: they need a MongoDB server (MONGODB_URI).
 */
export class GridFsFileStorage implements FileStorage {
  readonly kind = 'gridfs' as const;
  private readonly bucket: mongoose.mongo.GridFSBucket;

  constructor(db: mongoose.mongo.Db) {
    this.bucket = new mongoose.mongo.GridFSBucket(db, { bucketName: 'uploads' });
  }

  async put(key: string, fromPath: string): Promise<void> {
    await this.delete(key); // a retried put replaces, never duplicates
    const upload = this.bucket.openUploadStreamWithId(key as unknown as mongoose.mongo.ObjectId, key);
    try {
      await pipeline(createReadStream(fromPath), upload);
    } catch (err) {
      await upload.abort().catch(() => undefined);
      throw err;
    }
  }

  async open(key: string): Promise<Readable | null> {
    const found = await this.bucket.find({ _id: key as unknown as mongoose.mongo.ObjectId }, { limit: 1 }).toArray();
    if (!found.length) return null;
    return this.bucket.openDownloadStream(key as unknown as mongoose.mongo.ObjectId);
  }

  async delete(key: string): Promise<void> {
    try {
      await this.bucket.delete(key as unknown as mongoose.mongo.ObjectId);
    } catch (err) {
      // GridFS answers "FileNotFound" for a key it does not hold: already gone is fine.
      if (!/not found/i.test((err as Error).message ?? '')) throw err;
    }
  }
}
