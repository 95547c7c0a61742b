import { HeadObjectCommand, NotFound, DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { StorageConfig } from '../../config';
import type { FileStorage } from './storage';

type S3Config = Extract<StorageConfig, { kind: 's3' }>;

/** Posters in a bucket; credentials come from the standard AWS chain (env, profile, role). */
export class S3Storage implements FileStorage {
  readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
    });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return true;
    } catch (error) {
      if (
        error instanceof NotFound ||
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
      ) {
        return false;
      }
      throw error;
    }
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  publicUrl(key: string): string {
    const encoded = key.split('/').map(encodeURIComponent).join('/');
    if (this.config.publicBaseUrl) return `${this.config.publicBaseUrl}/${encoded}`;
    if (this.config.endpoint) return `${this.config.endpoint.replace(/\/+$/, '')}/${this.config.bucket}/${encoded}`;
    return `https://${this.config.bucket}.s3.${this.config.region}.amazonaws.com/${encoded}`;
  }
}
