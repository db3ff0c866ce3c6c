/**
 * One line per table, redrawn in place on a terminal (plain lines elsewhere, such as CI logs): rows done,
 * rows to do, rate and a bar.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private printedTenths = 0;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stdout,
  ) {}

  add(count: number): void {
    this.done += count;
    const now = Date.now();
    if (!this.out.isTTY || now - this.lastDraw > 200 || this.done >= this.total) {
      this.lastDraw = now;
      this.draw();
    }
  }

  finish(): void {
    this.draw();
    this.out.write('\n');
  }

  private draw(): void {
    const share = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const width = 30;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '-');
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const line = `${this.label.padEnd(12)} [${bar}] ${String(Math.round(share * 100)).padStart(3)}% ${this.done}/${this.total} (${rate}/s)`;
    if (this.out.isTTY) {
      this.out.write(`\r${line}`);
    } else if (Math.floor(share * 10) > this.printedTenths) {
      // Logs get a line at each tenth rather than a redrawn one.
      this.printedTenths = Math.floor(share * 10);
      this.out.write(`${line}${share < 1 ? '\n' : ''}`);
    }
  }
}
