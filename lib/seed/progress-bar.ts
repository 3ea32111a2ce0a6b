/**
 * A progress bar on stderr, so stdout stays clean for the summary. On a terminal it redraws one
 * line in place; in a log (CI, a pipe) a line every 10% or 15 seconds is enough and stays readable.
 */
export class ProgressBar {
  private readonly startedAt = Date.now();
  private lastDrawAt = 0;
  private lastLoggedStep = -1;
  private lastLine = "";

  constructor(
    private readonly total: number,
    private readonly unit: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  update(done: number): void {
    const now = Date.now();
    const finished = done >= this.total;
    if (this.stream.isTTY) {
      if (!finished && now - this.lastDrawAt < 100) return;
      this.lastDrawAt = now;
      this.lastLine = this.render(done, now);
      this.stream.write(`\r${this.lastLine}\x1b[K`);
      return;
    }
    const step = Math.floor((done / this.total) * 10);
    if (step > this.lastLoggedStep || now - this.lastDrawAt >= 15_000) {
      this.lastLoggedStep = step;
      this.lastDrawAt = now;
      this.stream.write(`${this.render(done, now)}\n`);
    }
  }

  /** Ends the in-place line so what follows starts on its own line. */
  finish(): void {
    if (this.stream.isTTY && this.lastLine) this.stream.write("\n");
  }

  private render(done: number, now: number): string {
    const fraction = this.total > 0 ? Math.min(1, done / this.total) : 1;
    const filled = Math.round(fraction * this.width);
    const seconds = Math.max(0.001, (now - this.startedAt) / 1000);
    const rate = Math.round(done / seconds);
    const percent = String(Math.floor(fraction * 100)).padStart(3);
    return `[${"#".repeat(filled)}${".".repeat(this.width - filled)}] ${percent}% ${formatCount(done)}/${formatCount(this.total)} ${this.unit}  ${formatCount(rate)}/s`;
  }
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
