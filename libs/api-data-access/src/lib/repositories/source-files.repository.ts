import type { EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { SourceFile } from '../entities/model';
import { insertRowReturningId } from './bulk-insert';
import { queryWithParameters } from './parameterised-sql';
import { storedName } from '../names/stored-name';

/** A stored file without its bytes. */
export type SourceFileInfo = Omit<SourceFile, 'content'>;

const INFO_COLUMNS: (keyof SourceFileInfo)[] = [
  'id',
  'sha256',
  'fileName',
  'mediaType',
  'size',
  'uploadedBy',
  'isDemo',
  'createdAt',
];

export class SourceFilesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository<SourceFile>(ENTITY.sourceFile);
  }

  /** The id of the stored file with these bytes, or null: one indexed lookup, nothing loaded. */
  async idBySha256(sha256: string): Promise<number | null> {
    const rows: { id: number | string }[] = await queryWithParameters(
      this.manager,
      `SELECT "id" FROM "source_files" WHERE "sha256" = ?`,
      [sha256],
    );
    return rows.length > 0 ? Number(rows[0].id) : null;
  }

  findInfoByIds(ids: readonly number[]): Promise<SourceFileInfo[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo
      .createQueryBuilder('file')
      .select(INFO_COLUMNS.map((column) => `file.${column}`))
      .whereInIds([...new Set(ids)])
      .getMany();
  }

  /** The account that uploaded a stored file (null: unknown, or no such file). */
  async uploaderOf(id: number): Promise<number | null> {
    const rows: { uploadedBy: number | string | null }[] = await queryWithParameters(
      this.manager,
      `SELECT "uploaded_by" AS "uploadedBy" FROM "source_files" WHERE "id" = ?`,
      [id],
    );
    const uploadedBy = rows[0]?.uploadedBy;
    return uploadedBy === undefined || uploadedBy === null ? null : Number(uploadedBy);
  }

  /** The stored file with its original bytes. */
  findWithContent(id: number): Promise<SourceFile | null> {
    return this.repo.findOneBy({ id });
  }

  async insert(
    file: Omit<SourceFile, 'id' | 'createdAt' | 'isDemo' | 'uploadedBy'> &
      Partial<Pick<SourceFile, 'isDemo' | 'uploadedBy'>>,
  ): Promise<number> {
    return insertRowReturningId<SourceFile>(this.manager, ENTITY.sourceFile, {
      ...file,
      fileName: storedName(file.fileName),
      uploadedBy: file.uploadedBy ?? null,
      isDemo: file.isDemo ?? false,
      createdAt: new Date(),
    });
  }
}
