import { Injectable } from '@nestjs/common';
import { KeyedGate } from '../shared/application/keyed-gate.js';

/**
 * One gate per calendar year: dated writes pass it together (shared), closing or reopening the year
 * passes alone (exclusive). A close therefore waits for the facts already on their way, and facts
 * arriving meanwhile wait for the close and then see it. In-process: several instances need a lock in
 * the shared store instead (README, "Closing a year").
 */
@Injectable()
export class YearGate {
  private readonly gate = new KeyedGate();

  whileHeld<T>(years: readonly number[], write: () => Promise<T>): Promise<T> {
    return this.gate.shared(years.map(String), write);
  }

  alone<T>(year: number, change: () => Promise<T>): Promise<T> {
    return this.gate.exclusive(String(year), change);
  }
}
