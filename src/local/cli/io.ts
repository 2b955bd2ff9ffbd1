/** Where a CLI command writes: the real streams, or a buffer in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

// A reader that stops early (`kanri … | head`) closes the pipe: that ends the output, not the command with a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
