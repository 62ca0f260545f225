import type { EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { SourceFile } from '../entities/model';

/** A stored file without its bytes. */
export type SourceFileInfo = Omit<SourceFile, 'content'>;

const INFO_COLUMNS: (keyof SourceFileInfo)[] = [
  'id',
  'sha256',
  'fileName',
  'mediaType',
  'size',
  'isDemo',
  'createdAt',
];

export class SourceFilesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<SourceFile>(ENTITY.sourceFile);
  }

  findBySha256(sha256: string): Promise<SourceFileInfo | null> {
    return this.repo.findOne({
      select: Object.fromEntries(INFO_COLUMNS.map((column) => [column, true])),
      where: { sha256 },
    });
  }

  findInfoByIds(ids: readonly number[]): Promise<SourceFileInfo[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('file')
      .select(INFO_COLUMNS.map((column) => `file.${column}`))
      .whereInIds([...new Set(ids)])
      .getMany();
  }

  /** The stored file with its original bytes. */
  findWithContent(id: number): Promise<SourceFile | null> {
    return this.repo.findOneBy({ id });
  }

  async insert(
    file: Omit<SourceFile, 'id' | 'createdAt' | 'isDemo'> & { isDemo?: boolean },
  ): Promise<number> {
    const inserted = await this.repo.insert({
      ...file,
      isDemo: file.isDemo ?? false,
      createdAt: new Date(),
    });
    return Number(inserted.identifiers[0]['id']);
  }
}
