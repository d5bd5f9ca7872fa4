// Progress for long CLI runs: the stage as it starts ("rendering notes…") and its count on one self-overwriting
// line ("rendering notes 120/1140"), at most every 100 ms. Written to stderr only when it is a terminal, so
// piped or redirected output (scripts, CI, tests) holds nothing but the command's own result lines.

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** A stage starts: its name on a line of its own, and the label of the counts that follow. */
  step(name: string): void;
  /** `done` of `total` items of the current stage, with an optional note after the count (e.g. the slowest so far). */
  count(done: number, total: number, note?: string): void;
}

export function createProgress(sink: ProgressSink = process.stderr, now: () => number = Date.now): Progress {
  let stage = '';
  let last = -Infinity;
  let width = 0;
  return {
    step(name) {
      stage = name;
      last = -Infinity;
      if (sink.isTTY) sink.write(`${name}…\n`);
    },
    count(done, total, note) {
      if (!sink.isTTY) return;
      const t = now();
      if (done !== total && t - last < 100) return;
      last = t;
      // Padded so that a shorter line fully covers the one before it.
      const line = `${stage} ${done}/${total}${note ? ` · ${note}` : ''}`;
      sink.write(`\r${line.padEnd(width)}${done === total ? '\n' : ''}`);
      width = done === total ? 0 : Math.max(width, line.length);
    },
  };
}
