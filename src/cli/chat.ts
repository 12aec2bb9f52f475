import { MemoryStorage } from 'botbuilder';
import { createInterface } from 'node:readline';
import { createBot } from '../app';
import { loadConfig, loadDotEnv } from '../config';
import { loadContent } from '../content/load';
import { createLogger } from '../logger';
import { ConsoleAdapter } from './consoleAdapter';

/** `npm run chat`: the same bot and dialogs, in the terminal. Type "quit" to leave. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger('silent');
  const { bot } = createBot({ content: loadContent(), storage: new MemoryStorage(), log, resumeAfterMs: config.resumeAfterMs });
  const adapter = new ConsoleAdapter((text) => process.stdout.write(`\nbot> ${text.replace(/\n/g, '\n     ')}\n`));
  const run = (context: Parameters<typeof bot.run>[0]) => bot.run(context);

  await adapter.receive({ type: 'conversationUpdate', membersAdded: [{ id: 'console-user', name: 'You' }] }, run);
  const input = createInterface({ input: process.stdin, output: process.stdout, prompt: '\nyou> ' });
  input.prompt();
  for await (const line of input) {
    if (/^(quit|exit)$/i.test(line.trim())) break;
    await adapter.receive({ type: 'message', text: line }, run);
    input.prompt();
  }
  input.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
