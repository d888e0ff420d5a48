/** The terminal as the CLI sees it; injected so commands are tested without a real terminal. */
export interface CliIo {
  input: AsyncIterable<Buffer | string>;
  out(line: string): void;
  error(line: string): void;
  /** Shows the input prompt when a person is typing (not when input is piped). */
  prompt(): void;
  env: Readonly<Record<string, string | undefined>>;
}

/** The real process's terminal. */
export function processIo(): CliIo {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    input: process.stdin,
    out: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
    prompt: () => {
      if (interactive) process.stdout.write('You: ');
    },
    env: process.env,
  };
}
