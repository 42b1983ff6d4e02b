import { DomainError } from '@lab/domain';
import { PasswordHasher } from './password-hasher';

const tick = () => new Promise((r) => setImmediate(r));

describe('PasswordHasher', () => {
  it('runs at most `concurrency` hashes at once and turns away what does not fit in the queue, before it costs anything', async () => {
    const hasher = new PasswordHasher({ concurrency: 1, queue: 2 });
    const started: Promise<string>[] = [];
    const refused: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      try {
        started.push(hasher.hash(`wachtwoord-${i}-lang-genoeg`));
      } catch (error) {
        refused.push(error);
      }
      await tick();
    }
    // One running, two waiting; the other three refused at once.
    expect(started).toHaveLength(3);
    expect(refused).toHaveLength(3);
    expect(refused.every((e) => e instanceof DomainError && e.code === 'UNAVAILABLE')).toBe(true);
    const hashes = await Promise.all(started);
    expect(hashes.every((h) => h.startsWith('$argon2id$'))).toBe(true);
    // With the queue empty again, the next one runs.
    expect(await hasher.verify(hashes[0], 'wachtwoord-0-lang-genoeg')).toBe(true);
  });

  it('checks an address without a usable hash against a dummy, and never lets it match', async () => {
    const hasher = new PasswordHasher({ concurrency: 2, queue: 10 });
    expect(await hasher.verify(null, '')).toBe(false);
    expect(await hasher.verify(null, 'wat-dan-ook')).toBe(false);
    expect(await hasher.verify('geen-hash', 'wat-dan-ook')).toBe(false);
  });
});
