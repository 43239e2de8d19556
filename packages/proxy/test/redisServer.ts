import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';

/** A real `redis-server` on a Unix socket in a temporary folder, which a test can crash and restart. */
export interface RedisServer {
  /** The socket's path: stable across restarts, so clients reconnect by themselves. */
  socket: string;
  /** A new client of this server, failing fast while it is down. */
  client(): Redis;
  /** Kills the server at once (SIGKILL), as a crash would. */
  crash(): Promise<void>;
  /** Starts it again on the same socket and data folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

/**
 * Starts Debian's `redis-server` (installed by `scripts/setup.sh`) with every write appended and
 * fsynced to its log, so what the proxy acknowledged survives a crash of the server.
 */
export async function startRedisServer(): Promise<RedisServer> {
  try {
    execFileSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      "redis-server is not installed: run `bash scripts/setup.sh` (it installs Debian's redis-server) or `apt-get install redis-server`.",
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dinie-redis-'));
  const socket = path.join(dir, 'redis.sock');
  let child: ChildProcess | null = null;
  const clients: Redis[] = [];

  const start = async () => {
    child = spawn(
      REDIS_SERVER,
      [
        '--port',
        '0',
        '--unixsocket',
        socket,
        '--unixsocketperm',
        '700',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: 'ignore' },
    );
    const probe = new Redis({
      path: socket,
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    probe.on('error', () => undefined);
    const started = Date.now();
    for (;;) {
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch (error) {
        probe.disconnect();
        if (Date.now() - started > 10_000) throw new Error(`redis-server did not start: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const kill = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  };

  await start();
  return {
    socket,
    client() {
      const client = new Redis({
        path: socket,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        retryStrategy: () => 50,
      });
      client.on('error', () => undefined);
      clients.push(client);
      return client;
    },
    crash: () => kill('SIGKILL'),
    restart: start,
    async stop() {
      for (const client of clients) client.disconnect();
      await kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
