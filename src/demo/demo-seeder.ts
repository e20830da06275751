import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { GrantMandate } from '../mandates/grant-mandate/grant-mandate.handler.js';
import { AwardOutsourcing } from '../outsourcing/award-outsourcing/award-outsourcing.handler.js';
import { EndOutsourcing } from '../outsourcing/end-outsourcing/end-outsourcing.handler.js';
import { LaunchOutsourcing } from '../outsourcing/launch-outsourcing/launch-outsourcing.handler.js';
import type { LaunchOutsourcingRequest } from '../outsourcing/launch-outsourcing/launch-outsourcing.schema.js';
import type { CommandContext } from '../shared/application/command-context.js';
import type { Role } from '../shared/auth/principal.js';
import { EVENT_STORE, type EventStore } from '../shared/event-store/event-store.port.js';
import { CLOCK, type Clock } from '../shared/time/clock.js';
import { AdministerAward } from '../delivery/administer-award/administer-award.handler.js';
import { seedDelivery } from './seed-delivery.js';
import { SetTargetsCommand } from '../indicators/set-targets/set-targets.handler.js';
import { DEMO_HOLDERS, DEMO_TARGETS, demoCalls, demoJury } from './demo-data.js';
import { DEMO_TEMPLATES } from './demo-templates.js';
import { CreateTemplate } from '../templates/create-template/create-template.handler.js';

export interface SeededAward {
  readonly awardId: string;
  readonly outsourcingId: string;
  readonly enterpriseNumber: string;
  readonly product: string;
  readonly awardedOn: string;
  readonly amountCents: number;
  readonly approvedSubjects: readonly string[];
}

const context: CommandContext = {
  principal: { sub: 'demo-seed', role: 'adviser', org: null },
  correlationId: 'demo-data',
  causationId: 'demo-data',
  expectedRevision: null,
};
const management: CommandContext = { ...context, principal: { sub: 'demo-seed', role: 'management', org: null } };

/**
 * On the first start with DEMO_DATA (the default outside production compose), an empty log gets a
 * demo data set through the same command handlers as the API, so every rule holds for it too.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || (await this.store.headPosition()) !== null) return;
    const awards = await this.seed();
    this.logger.log(`demo data loaded: ${DEMO_HOLDERS.length} mandate holders, ${awards.length} awards with their delivery`);
  }

  /** The three calendar years before this one: complete years, as the board reads them. */
  async seed(): Promise<SeededAward[]> {
    const thisYear = Number(this.clock.now().toISOString().slice(0, 4));
    for (const holder of DEMO_HOLDERS)
      await this.commands.execute(new GrantMandate({ ...holder, grantedOn: `${thisYear - 4}-01-06` }, context));
    for (const template of DEMO_TEMPLATES) await this.commands.execute(new CreateTemplate(template, context));
    const awards: SeededAward[] = [];
    for (const [i, year] of [thisYear - 3, thisYear - 2, thisYear - 1].entries()) {
      await this.commands.execute(new SetTargetsCommand(year, { ...DEMO_TARGETS }, management));
      for (const { call, awards: planned, end } of demoCalls(year, [0.86, 0.95, 1.04][i])) {
        const { outsourcingId } = await this.commands.execute(new LaunchOutsourcing(call as unknown as LaunchOutsourcingRequest, context));
        for (const a of planned) {
          const enterpriseNumber = DEMO_HOLDERS[a.holder].enterpriseNumber;
          const request = {
            enterpriseNumber,
            amountCents: a.amountCents,
            awardedOn: a.awardedOn,
            lot: a.lot,
            approvedSubjects: a.approvedSubjects,
            juryReport: demoJury('beste prijs-kwaliteit voor de doelgroep'),
          };
          const { awardId } = await this.commands.execute(new AwardOutsourcing(outsourcingId, request, context));
          awards.push({
            awardId,
            outsourcingId,
            enterpriseNumber,
            product: String(call.product),
            awardedOn: a.awardedOn,
            amountCents: a.amountCents,
            approvedSubjects: a.approvedSubjects ?? [],
          });
        }
        if (end) await this.commands.execute(new EndOutsourcing(end.action, outsourcingId, end.reason, end.on, context));
      }
    }
    const actingAs = (role: Role, org?: string): CommandContext => ({
      ...context,
      principal: { sub: 'demo-seed', role, org: org ?? null },
    });
    await seedDelivery(
      this.commands,
      actingAs,
      awards.map((a) => ({ ...a, approvedSubjects: [...a.approvedSubjects] })),
    );
    await this.followUpAndPay(awards);
    return awards;
  }

  /** Every award was visited and paid before the year's end, less than granted, as realisations usually are. */
  private async followUpAndPay(awards: readonly SeededAward[]): Promise<void> {
    for (const [i, award] of awards.entries()) {
      const year = Number(award.awardedOn.slice(0, 4));
      await this.commands.execute(
        new AdministerAward(
          award.awardId,
          { kind: 'follow-up', followUpKind: 'lesson-visit', on: `${year}-10-20`, finding: 'goede opkomst, materiaal in orde', rating: 4 },
          context,
        ),
      );
      await this.commands.execute(
        new AdministerAward(
          award.awardId,
          { kind: 'payment', amountCents: Math.round(award.amountCents * (0.78 + (i % 4) * 0.05)), paidOn: `${year}-12-15` },
          context,
        ),
      );
    }
  }
}
