import type { Command } from './command';
import { bufferIo } from './testing/buffer-io';
import { runCli } from './cli';
import { commands, findCommand } from './registry';

describe('command registry', () => {
  it('has unique names, each with a description', () => {
    const names = commands.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(command.description.length).toBeGreaterThan(0);
    }
    expect(findCommand('help')).toBeDefined();
  });
});

describe('runCli', () => {
  it('lists every registered command for `help`, on stdout only', async () => {
    const io = bufferIo();
    expect(await runCli(['help'], io)).toBe(0);
    for (const command of commands) expect(io.out()).toContain(command.name);
    expect(io.out()).toContain('Usage: npm run --silent cli -- <command> [args]');
    expect(io.err()).toBe('');
  });

  it('runs help when no command or --help is given', async () => {
    for (const argv of [[], ['--help'], ['-h']]) {
      const io = bufferIo();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.out()).toContain('Commands:');
    }
  });

  it('shows the usage of one command with `help <command>`', async () => {
    const io = bufferIo();
    expect(await runCli(['help', 'help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: npm run --silent cli -- help [command]');
  });

  it('rejects an unknown command on stderr with exit code 2', async () => {
    const io = bufferIo();
    expect(await runCli(['nope'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain("unknown command 'nope'");
  });

  it('passes the remaining arguments and returns the command exit code', async () => {
    const seen: string[][] = [];
    const echo: Command = {
      name: 'echo',
      description: 'Echo arguments.',
      run(args, io) {
        seen.push(args);
        io.stdout.write(args.join(' '));
        return 3;
      },
    };
    const io = bufferIo();
    expect(await runCli(['echo', 'a', '--json'], io, [echo])).toBe(3);
    expect(seen).toEqual([['a', '--json']]);
    expect(io.out()).toBe('a --json');
  });

  it('turns a thrown error into a message on stderr and exit code 1', async () => {
    const boom: Command = {
      name: 'boom',
      description: 'Fails.',
      run() {
        throw new Error('broken input');
      },
    };
    const io = bufferIo();
    expect(await runCli(['boom'], io, [boom])).toBe(1);
    expect(io.err()).toBe('ogi boom: broken input\n');
  });
});
