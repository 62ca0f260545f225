import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentSessionService } from '../auth/current-session.service';
import { RegionsService } from '../regions/regions.service';
import { StatsService } from '../stats/stats.service';
import type { BootDto } from './boot.dto';

/**
 * The web app's start in one round trip: the session, then the data every filtered page waits
 * for before its first query (years and regions), read under that session's scope.
 */
@Injectable()
export class BootService {
  constructor(
    private readonly current: CurrentSessionService,
    private readonly stats: StatsService,
    private readonly regions: RegionsService,
  ) {}

  async boot(req: Request, res: Response): Promise<BootDto> {
    let answer = await this.current.read(req, res);
    // The demo logs in by itself (the web app did this in a second request before).
    if (!answer.access && this.current.demoMode) answer = await this.current.startDemo(res);
    const { session, access } = answer;
    if (!access) return { session, years: null, regions: null };
    const [years, regions] = await Promise.all([
      this.stats.availableYears(access),
      this.regions.list(access),
    ]);
    return { session, years, regions };
  }
}
