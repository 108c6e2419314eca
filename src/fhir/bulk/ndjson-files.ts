// The files of an export: one NDJSON file per resource type (Bulk Data v2, "one resource type per
// file"), opened when its first resource arrives. Writes wait for the disk when a file's buffer is
// full, so memory holds about one patient's lines, never the export.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';

export interface WrittenFile {
  type: string;
  file: string;
  count: number;
}

export class NdjsonFiles {
  private readonly open = new Map<string, { stream: WriteStream; count: number }>();
  private made = false;

  constructor(private readonly dir: string) {}

  static fileOf(type: string): string {
    return `${type}.ndjson`;
  }

  /** Append resources, each on its own line in its type's file; resolves once the files can take more. */
  async write(resources: readonly Resource[]): Promise<void> {
    if (!this.made) {
      await mkdir(this.dir, { recursive: true });
      this.made = true;
    }
    const lines = new Map<string, string[]>();
    for (const resource of resources) {
      let list = lines.get(resource.resourceType);
      if (list === undefined) lines.set(resource.resourceType, (list = []));
      list.push(JSON.stringify(resource));
    }
    const full: WriteStream[] = [];
    for (const [type, list] of lines) {
      let file = this.open.get(type);
      if (file === undefined) {
        file = { stream: createWriteStream(join(this.dir, NdjsonFiles.fileOf(type))), count: 0 };
        this.open.set(type, file);
      }
      file.count += list.length;
      if (!file.stream.write(`${list.join('\n')}\n`)) full.push(file.stream);
    }
    await Promise.all(full.map((stream) => once(stream, 'drain')));
  }

  /** Close every file; the list of what was written, in type order. */
  async close(): Promise<WrittenFile[]> {
    await Promise.all([...this.open.values()].map(({ stream }) => new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(resolve);
    })));
    return [...this.open].map(([type, { count }]) => ({ type, file: NdjsonFiles.fileOf(type), count })).sort((a, b) => a.type.localeCompare(b.type));
  }

  /** Close every file, whatever state it is in (a cancelled or failed export: its folder is deleted next). */
  async discard(): Promise<void> {
    await Promise.all([...this.open.values()].map(({ stream }) => new Promise<void>((resolve) => {
      stream.once('error', () => resolve());
      stream.end(() => resolve());
    })));
  }
}
