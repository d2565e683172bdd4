/**
 * The open-loop load generator in a process of its own (forked by run-benchmarks.ts through
 * LoadGenerator in open-loop.ts): a small Node process that holds only the requests of the level it
 * is asked to run. The benchmark process holds the synthetic graph (a gigabyte at a million
 * entities); sending from it, its garbage collection took up to one and a half cores at 1,000
 * requests/s and stalled the sending, and the stalls were charged to the API.
 *
 * Takes `{ url, rate, seconds, requests }` messages, answers each with `{ result, cpuMs }` (its CPU
 * time while the level ran, the reading of the message not counted) or `{ error }`.
 */
import { runLevel, type LevelReply, type LevelRequest } from './open-loop';

process.on('message', (message: LevelRequest) => {
  let turn = 0;
  const before = process.cpuUsage();
  runLevel(message.url, message.rate, message.seconds, () => message.requests[turn++]!, message.options)
    .then((result) => {
      const { user, system } = process.cpuUsage(before);
      process.send!({ result, cpuMs: (user + system) / 1000 } satisfies LevelReply);
    })
    .catch((error: unknown) =>
      process.send!({ error: error instanceof Error ? error.message : String(error) } satisfies LevelReply),
    );
});
// Ends with the benchmark (its IPC channel closes), however that ends.
process.on('disconnect', () => process.exit(0));
