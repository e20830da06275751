import { NestFactory } from '@nestjs/core';
import { isDeepStrictEqual } from 'node:util';
import { AppModule } from '../../src/app.module.js';
import type { AppConfig } from '../../src/config/config.js';
import { YearlyIndicators } from '../../src/indicators/yearly-indicators.js';
import { ProjectionRunner } from '../../src/projection-runner/projection-runner.js';
import { EVENT_STORE, type EventStore } from '../../src/shared/event-store/event-store.port.js';

export type YearFigures = ReadonlyMap<number, unknown>;

/**
 * Every indicator of every year as the service answers it (GET /indicators/{year}/table's figures),
 * once the installation's read models have caught up with its log.
 */
export async function indicatorsOf(config: AppConfig, years: readonly number[]): Promise<YearFigures> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config: { ...config, demoData: false } }), { logger: false });
  try {
    await caughtUp(app.get<EventStore>(EVENT_STORE, { strict: false }), app.get(ProjectionRunner, { strict: false }));
    const indicators = app.get(YearlyIndicators, { strict: false });
    const figures = new Map<number, unknown>();
    for (const year of years) figures.set(year, await indicators.answered(year, null));
    return figures;
  } finally {
    await app.close();
  }
}

/** The years whose figures differ, with both answers: empty when the target answers as the source does. */
export function differences(source: YearFigures, target: YearFigures): { year: number; source: unknown; target: unknown }[] {
  return [...source.keys()]
    .filter((year) => !isDeepStrictEqual(source.get(year), target.get(year)))
    .map((year) => ({ year, source: source.get(year), target: target.get(year) }));
}

async function caughtUp(store: EventStore, runner: ProjectionRunner, timeoutMs = 120_000): Promise<void> {
  const head = await store.headPosition();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const position = runner.position();
    if (head === null || (position !== null && store.comparePositions(position, head) >= 0)) return;
    if (Date.now() > deadline) throw new Error(`the read models did not reach position ${String(head)} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
