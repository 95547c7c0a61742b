import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStorage } from './storage';

export class LocalStorage implements FileStorage {
  constructor(
    readonly root: string,
    private readonly publicPath: string,
  ) {}

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(path.join(this.root, key))).isFile();
    } catch {
      return false;
    }
  }

  async put(key: string, body: Buffer): Promise<void> {
    const target = path.join(this.root, key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, body);
  }

  async remove(key: string): Promise<void> {
    await fs.rm(path.join(this.root, key), { force: true });
  }

  publicUrl(key: string): string {
    return `${this.publicPath}/${key.split('/').map(encodeURIComponent).join('/')}`;
  }
}
