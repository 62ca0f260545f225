import { Global, Logger, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import {
  connectDataSource,
  createDataSourceOptions,
  Database,
  migrateDatabase,
} from '@ogi/api-data-access';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * TypeORM on the configured database, migrated before anything else runs (an advisory lock keeps
 * several instances on one PostgreSQL from migrating at once). Exports `Database`, the unit of
 * work the services use.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createDataSourceOptions(config.database),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('no database options');
        const dataSource = await connectDataSource(options);
        const applied = await migrateDatabase(dataSource);
        const logger = new Logger('Database');
        logger.log(
          applied.length > 0
            ? `Migrated ${options.type}: ${applied.join(', ')}`
            : `${options.type} schema is up to date`,
        );
        return dataSource;
      },
    }),
  ],
  providers: [
    {
      provide: Database,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => new Database(dataSource),
    },
  ],
  exports: [Database],
})
export class DatabaseModule {}
