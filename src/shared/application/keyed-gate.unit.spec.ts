import { KeyedGate } from './keyed-gate.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedGate', () => {
  it('lets shared passes run together and an exclusive one alone, in arrival order', async () => {
    const gate = new KeyedGate();
    const log: string[] = [];
    const step = (name: string) => async () => {
      log.push(`${name}+`);
      await tick();
      log.push(`${name}-`);
    };
    await Promise.all([
      gate.shared(['2016'], step('a')),
      gate.shared(['2016'], step('b')),
      gate.exclusive('2016', step('close')),
      gate.shared(['2016'], step('c')),
    ]);
    expect(log.slice(0, 2).sort()).toEqual(['a+', 'b+']);
    expect(log.slice(4)).toEqual(['close+', 'close-', 'c+', 'c-']);
  });

  it('keeps keys apart and releases a pass that failed', async () => {
    const gate = new KeyedGate();
    await expect(gate.exclusive('2016', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    const order: string[] = [];
    await Promise.all([
      gate.exclusive('2016', async () => {
        await tick();
        order.push('2016');
      }),
      gate.shared(['2017'], async () => {
        order.push('2017');
      }),
    ]);
    expect(order).toEqual(['2017', '2016']);
  });
});
