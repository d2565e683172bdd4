import { AdmissionControl, DEFAULT_ADMISSION_LIMITS } from '../../src/api/common/admission-control';
import { TooManyRequestsError } from '../../src/errors/too-many-requests.error';

const LIMITS = { concurrent: 2, perClient: 1, queuePerClient: 4, maxWaitMs: 10_000 };

/** Whether the promise has settled by the time the microtasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('slots for expensive queries', () => {
  // Waiting queries' time limits on a fake clock: none is left running after a test.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
  });

  it('lets two expensive queries run at once on any machine', () => {
    expect(DEFAULT_ADMISSION_LIMITS.concurrent).toBeGreaterThanOrEqual(2);
  });

  it('runs as many at once as there are slots, one per client, and the next when one is given back', async () => {
    const admission = new AdmissionControl(LIMITS);
    const leaveA = await admission.enter('a');
    await admission.enter('b');
    const c = admission.enter('c');
    const a2 = admission.enter('a');
    expect(await settled(c)).toBe(false);
    expect(admission.load).toEqual({ running: 2, waiting: 2 });
    leaveA();
    // c came first, and a runs one already: c's turn, then a's when a slot is free again.
    expect(await settled(c)).toBe(true);
    expect(await settled(a2)).toBe(false);
  });

  it('runs a heavy query alone: it waits for every slot, and no later query passes it', async () => {
    const admission = new AdmissionControl(LIMITS);
    const leaveA = await admission.enter('a');
    const heavy = admission.enter('h', { alone: true });
    // A slot is free, but the heavy query waits for it and the one after it: later ones wait too.
    const later = admission.enter('b');
    expect(await settled(heavy)).toBe(false);
    expect(await settled(later)).toBe(false);
    leaveA();
    const leaveHeavy = await heavy;
    expect(admission.load).toEqual({ running: 2, waiting: 1 });
    expect(await settled(later)).toBe(false);
    leaveHeavy();
    expect(await settled(later)).toBe(true);
    expect(admission.load).toEqual({ running: 1, waiting: 0 });
  });

  it('refuses a heavy query that waited too long, and lets those behind it run', async () => {
    const admission = new AdmissionControl({ ...LIMITS, maxWaitMs: 1_000 });
    await admission.enter('a');
    const heavy = admission.enter('h', { alone: true });
    const later = admission.enter('b');
    const refused = expect(heavy).rejects.toThrow(TooManyRequestsError);
    jest.advanceTimersByTime(1_000);
    await refused;
    await expect(later).resolves.toEqual(expect.any(Function));
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
  });

  it("refuses at once a client's query beyond its queue", async () => {
    const admission = new AdmissionControl({ ...LIMITS, queuePerClient: 1 });
    await admission.enter('a');
    void admission.enter('a').catch(() => {});
    await expect(admission.enter('a')).rejects.toThrow('you have too many costly queries waiting');
  });
});
