/** The terminal as the CLI sees it; injected so commands are tested without a real terminal. */
export interface CliIo {
  input: AsyncIterable<Buffer | string>;
  out(line: string): void;
  error(line: string): void;
  /** Shows the input prompt when a person is typing (not when input is piped). */
  prompt(): void;
  /** Input ended (Ctrl-D, Ctrl-C or end of a pipe): leaves the prompt line before the goodbye. */
  inputEnded?(): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted when the person presses Ctrl-C, so the chat can close its session before exiting. */
  interrupt?: AbortSignal;
  /** Lets go of the input once a command is done with it (a terminal would keep the process alive). */
  release?(): void;
}

/** The real process's terminal. */
export function processIo(): CliIo {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  // A reader that stops early (`alliance score | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const interrupt = new AbortController();
  // First Ctrl-C: end the session properly. A second one exits at once.
  process.once('SIGINT', () => {
    interrupt.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  return {
    interrupt: interrupt.signal,
    release: () => process.stdin.destroy(),
    inputEnded: () => {
      if (interactive) process.stdout.write('\n');
    },
    input: process.stdin,
    out: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
    prompt: () => {
      if (interactive) process.stdout.write('You: ');
    },
    env: process.env,
  };
}
