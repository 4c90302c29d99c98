import { describe, expect, it } from 'vitest';
import { AnswerGuard, Refusal } from '../../src/discord/access.js';
import { UserError } from '../../src/errors.js';
import { localized } from '../../src/i18n.js';

function clock() {
  let now = 5_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).text;
};

describe('AnswerGuard', () => {
  it('makes a user wait COOLDOWN_SECONDS between questions, rounding the wait up, and lets others through', async () => {
    const time = clock();
    const guard = new AnswerGuard(10, 5, time.now);
    await guard.run('alice', async () => 'answer');
    time.advance(2_500);

    expect(await refusal(guard.run('alice', async () => 'again'))).toEqual({
      en: 'Please wait 8 s before asking again.',
      sq: 'Ju lutem prisni 8 s para se të pyesni përsëri.',
    });
    await expect(guard.run('bob', async () => 'other')).resolves.toBe('other');
    time.advance(7_500);
    await expect(guard.run('alice', async () => 'later')).resolves.toBe('later');
  });

  it('has no cooldown at 0 seconds', async () => {
    const guard = new AnswerGuard(0, 5, clock().now);
    await guard.run('alice', async () => undefined);

    await expect(guard.run('alice', async () => 'again')).resolves.toBe('again');
  });

  it('refuses beyond MAX_CONCURRENT_ANSWERS answers in progress, without starting a cooldown, and frees the slot when one ends, even by failing', async () => {
    const guard = new AnswerGuard(60, 1, clock().now);
    let fail!: (error: Error) => void;
    const running = guard.run('alice', () => new Promise((_, reject) => (fail = reject)));

    expect((await refusal(guard.run('bob', async () => 'x'))).en).toBe('I am answering many questions right now. Please try again in 5 s.');
    fail(new Error('engine down'));
    await expect(running).rejects.toThrow('engine down');
    await expect(guard.run('bob', async () => 'now')).resolves.toBe('now');
  });

  it('starts no cooldown when the task refuses the question (a UserError): the next question is answered at once', async () => {
    const guard = new AnswerGuard(60, 5, clock().now);
    await expect(guard.run('alice', () => Promise.reject(new UserError(localized('noWords'))))).rejects.toThrow(UserError);

    await expect(guard.run('alice', async () => 'answered')).resolves.toBe('answered');
    expect((await refusal(guard.run('alice', async () => 'again'))).en).toBe('Please wait 60 s before asking again.');
  });

  it('refuses with a Refusal (a UserError that says wait), so that message handlers can say it quietly', async () => {
    const guard = new AnswerGuard(60, 5, clock().now);
    await guard.run('alice', async () => undefined);
    await expect(guard.run('alice', async () => undefined)).rejects.toBeInstanceOf(Refusal);
  });

  it('lets a user be sent one notice per cooldown window, each user their own, and any number without a cooldown', () => {
    const time = clock();
    const guard = new AnswerGuard(10, 5, time.now);
    expect([guard.mayNotify('alice'), guard.mayNotify('alice'), guard.mayNotify('bob')]).toEqual([true, false, true]);
    time.advance(9_999);
    expect(guard.mayNotify('alice')).toBe(false);
    time.advance(1);
    expect(guard.mayNotify('alice')).toBe(true);

    const open = new AnswerGuard(0, 5, time.now);
    expect([open.mayNotify('alice'), open.mayNotify('alice')]).toEqual([true, true]);
  });
});
