import type { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../shared/application/command-context.js';
import type { Role } from '../shared/auth/principal.js';
import { RecordEvaluation } from '../delivery/record-evaluation/record-evaluation.handler.js';
import { RegisterModule } from '../delivery/register-module/register-module.handler.js';
import type { ParticipantRow } from '../delivery/register-participants/participant-row.js';
import { RegisterParticipants } from '../delivery/register-participants/register-participants.handler.js';
import { RegisterSession } from '../delivery/register-session/register-session.handler.js';

export interface DemoAward {
  readonly awardId: string;
  readonly enterpriseNumber: string;
  readonly product: string;
  readonly awardedOn: string;
  readonly approvedSubjects: string[];
}

const SUBJECTS = ['boekhouding', 'digitale marketing', 'financieel beheer', 'personeelsbeleid'];
const COMPANIES = ['0406.798.006', '0202.239.951', '0123.456.749'];
const GROUPS = ['starters', 'refugees', 'PMAH', 'low-literate SME staff', 'young', 'older people'];

/** Deterministic, so that every demo start shows the same figures. */
const pick = <T>(list: readonly T[], n: number) => list[n % list.length];

/**
 * Delivery for the demo awards, through the same command handlers as the API: per award two modules
 * with sessions, 40 to 120 participants (one bulk import each) and a distribution of scores, so that
 * 2.11, DP7 and DP26 show for the demo years. Names are invented and obviously fake.
 */
export async function seedDelivery(
  commandBus: CommandBus,
  context: (role: Role, org?: string) => CommandContext,
  awards: readonly DemoAward[],
): Promise<void> {
  for (const [a, award] of awards.entries()) {
    const holder = context('mandate-holder', award.enterpriseNumber);
    const year = Number(award.awardedOn.slice(0, 4));
    for (const m of [0, 1]) {
      const subject =
        award.product === 'open-offer' && award.approvedSubjects.length > 0 ? pick(award.approvedSubjects, m) : pick(SUBJECTS, a + m);
      // Trainings are dated from the award on (the module rule): an award of September starts on its day.
      const planned = `${year}-${m === 0 ? '09' : '10'}-${String(1 + (a % 10)).padStart(2, '0')}`;
      const start = planned < award.awardedOn ? award.awardedOn : planned;
      const { moduleId } = await commandBus.execute(
        new RegisterModule(award.awardId, { title: `${subject} (groep ${m + 1})`, subject, hours: 12, plannedStart: start }, holder),
      );
      for (const s of [0, 1, 2]) {
        await commandBus.execute(
          new RegisterSession(
            moduleId,
            {
              date: start.replace(/-(\d\d)$/, (_, d: string) => `-${String(Number(d) + 7 * s).padStart(2, '0')}`),
              place: pick(['Gent', 'Antwerpen', 'Brussel', 'Leuven', 'Brugge'], a + s),
              hours: 4,
            },
            holder,
          ),
        );
      }
      const count = 20 + ((a * 37 + m * 11) % 41);
      await commandBus.execute(new RegisterParticipants(moduleId, participants(count, start, a * 1000 + m * 100), holder));
      // Satisfaction above 80 % as in the published figures, reported in arrears as a distribution.
      const satisfied = Math.round(count * (0.78 + ((a + m) % 5) * 0.03));
      const distribution = {
        '5': Math.max(0, count - satisfied - 2),
        '6': Math.min(2, count - satisfied),
        '7': Math.floor(satisfied / 3),
        '8': Math.ceil(satisfied / 3),
        '9': satisfied - Math.floor(satisfied / 3) - Math.ceil(satisfied / 3),
      };
      await commandBus.execute(new RecordEvaluation(moduleId, { distribution, trainingDate: start }, holder));
    }
  }
}

function participants(count: number, trainingDate: string, seed: number): ParticipantRow[] {
  return Array.from({ length: count }, (_, i) => ({
    trainingDate,
    companyEnterpriseNumber: pick(COMPANIES, seed + i),
    role: (seed + i) % 3 === 0 ? 'employee' : 'entrepreneur',
    targetGroups: [pick(GROUPS, seed + i)],
    personal: {
      name: `Demo Deelnemer ${seed + i}`,
      email: `deelnemer${seed + i}@demo.invalid`,
      birthDate: `19${60 + ((seed + i) % 40)}-0${1 + ((seed + i) % 9)}-15`,
    },
  }));
}
