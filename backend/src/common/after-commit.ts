import { Logger } from '@nestjs/common';

const logger = new Logger('AfterCommit');

/**
 * What a service does once its transaction has committed: socket events, notifications pushed to their
 * readers. Collected during the transaction and run only if it commits, so that a client refetching on
 * an event finds the change, and a rolled-back change announces nothing. A failure here is logged, not
 * thrown: the change is stored, and the request succeeded.
 */
export class AfterCommit {
  private readonly tasks: Array<() => unknown> = [];

  add(task: () => unknown): void {
    this.tasks.push(task);
  }

  async run(): Promise<void> {
    for (const task of this.tasks.splice(0)) {
      try {
        await task();
      } catch (error) {
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
    }
  }
}
