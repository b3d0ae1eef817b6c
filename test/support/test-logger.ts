import type { Logger } from '@scs/action-kit';

/** An action-kit Logger that records what an action logs (groups run their body, untrusted text is kept). */
export class TestLogger implements Logger {
  readonly lines: string[] = [];
  readonly warnings: string[] = [];
  readonly groups: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  debug(): void {}
  warning(message: string): void {
    this.warnings.push(message);
  }
  untrusted(text: string): void {
    this.lines.push(text);
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return fn();
  }
}
