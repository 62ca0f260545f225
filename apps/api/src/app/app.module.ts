import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { BootModule } from './boot/boot.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { OfficesModule } from './offices/offices.module';
import { RegionsModule } from './regions/regions.module';
import { ReportsModule } from './reports/reports.module';
import { JsonBodyGuard } from './security/json-body.guard';
import { SelectionsModule } from './selections/selections.module';
import { StatsModule } from './stats/stats.module';

/** The api, built from a configuration validated before Nest starts (see main.ts). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        HealthModule,
        ReportsModule,
        StatsModule,
        SelectionsModule,
        RegionsModule,
        OfficesModule,
        DemoModule,
        ExportsModule,
        AuthModule,
        BootModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: JsonBodyGuard }],
    };
  }
}
