import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { closeExtractors } from '@ogi/report-extract';

/** Stops the PDF worker threads when the api shuts down. */
@Injectable()
export class ExtractorsLifecycle implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await closeExtractors();
  }
}
