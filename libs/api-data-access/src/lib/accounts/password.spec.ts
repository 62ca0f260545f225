import { hashPassword, passwordProblem, scryptParams, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores scrypt with its parameters and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse', scryptParams(10));
    const second = await hashPassword('correct horse', scryptParams(10));
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toEqual(second);
    expect(first).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', first)).toBe(true);
    expect(await verifyPassword('correct horse', second)).toBe(true);
    expect(await verifyPassword('correct horsE', first)).toBe(false);
    expect(await verifyPassword('', first)).toBe(false);
  });

  it('uses N = 2^15 by default and still reads hashes made with other parameters', async () => {
    const strong = await hashPassword('another secret');
    expect(strong.split('$').slice(1, 4)).toEqual(['32768', '8', '1']);
    expect(await verifyPassword('another secret', strong)).toBe(true);
  });

  it('answers false for a malformed stored hash instead of throwing', async () => {
    for (const stored of [
      '',
      'plain',
      'scrypt$x$8$1$AA==$AA==',
      'bcrypt$1$2$3$4$5',
      'scrypt$1024$8$1$AA==$AA==',
    ]) {
      expect(await verifyPassword('anything', stored)).toBe(false);
    }
  });

  it('refuses passwords shorter than 8 characters', () => {
    expect(passwordProblem('1234567')).toMatch(/至少需要 8 个字符/);
    expect(passwordProblem('12345678')).toBeNull();
  });
});
