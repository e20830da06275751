import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { ParticipantDocument } from '../../../projections/delivery-participants.projection.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ReadModels } from '../../platform/read-models.js';
import type { CommandContext } from '../../shared/application/command-context.js';
import { brusselsDay } from '../../shared/domain/calendar.js';
import { DomainError } from '../../shared/domain/domain-error.js';
import { CLOCK, type Clock } from '../../shared/time/clock.js';
import { retentionEnded } from '../domain/retention.js';
import { EraseParticipant } from '../erase-participant/erase-participant.handler.js';
import { PERSONAL_DATA_VAULT, type PersonalDataVaultPort } from '../personal-data/personal-data-vault.port.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The first sweep waits for start-up (the runner catching up, the demo seed) to finish. */
const FIRST_SWEEP_MS = 60 * 1000;

export interface SweepResult {
  readonly erased: number;
  readonly failed: number;
}

/**
 * Erases, once a day, the personal data of every participant whose training year ended more than
 * PERSONAL_DATA_RETENTION_YEARS ago, through the same command as an adviser's erasure: each person gets
 * a ParticipantErased event (basis `retention`) before the key goes. A failure is logged and retried
 * the next day; the figures never change.
 */
@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionSweep');
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<SweepResult> | null = null;

  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVaultPort,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => void this.sweep().catch((error: unknown) => this.logger.error(`retention sweep failed: ${String(error)}`));
    this.timers = [setTimeout(run, FIRST_SWEEP_MS).unref(), setInterval(run, DAY_MS).unref()];
  }

  onApplicationShutdown(): void {
    this.timers.forEach(clearTimeout);
  }

  /** One sweep at the clock's today; a sweep asked while one runs joins it. */
  sweep(): Promise<SweepResult> {
    this.running ??= this.sweepOnce().finally(() => (this.running = null));
    return this.running;
  }

  private async sweepOnce(): Promise<SweepResult> {
    const today = brusselsDay(this.clock.now());
    const years = this.config.personalDataRetentionYears;
    const due: { participantId: string; trainingYear: number }[] = [];
    for await (const p of this.readModels.iterate<ParticipantDocument>('delivery-participants', { removed: null })) {
      if (retentionEnded(p.trainingYear, today, years) && (await this.vault.holdsPersonalData(p.participantId)))
        due.push({ participantId: p.participantId, trainingYear: p.trainingYear });
    }
    const context: CommandContext = {
      principal: { sub: 'personal-data-retention', role: 'adviser', org: null },
      correlationId: `retention-sweep-${today}`,
      causationId: randomUUID(),
      expectedRevision: null,
    };
    let erased = 0;
    let failed = 0;
    for (const { participantId, trainingYear } of due) {
      const reason = `retention: training year ${trainingYear} ended more than ${years} years ago`;
      try {
        await this.commands.execute(new EraseParticipant(participantId, 'retention', reason, context));
        erased += 1;
      } catch (error) {
        // The log said so already; the handler has made the vault agree.
        if (error instanceof DomainError && error.code === 'PARTICIPANT_ALREADY_ERASED') continue;
        failed += 1;
        this.logger.error(`retention: participant ${participantId} not erased yet (${(error as Error).name}); retried tomorrow`);
      }
    }
    if (due.length > 0) this.logger.log(`retention sweep of ${today}: ${erased} erased, ${failed} failed`);
    return { erased, failed };
  }
}
