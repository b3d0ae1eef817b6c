/**
 * Error taxonomy shared by every action. `runAction` turns each kind into a
 * different failure message; library code only throws.
 */

/** A problem the user can fix in their workflow: bad input, missing file. Reported without a stack. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Infrastructure failed: a tool download, a checksum, a registry, a crashed process.
 * Never a verdict about the thing being scanned; the step says so.
 */
export class InfrastructureError extends Error {
  override name = 'InfrastructureError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The action ran correctly and its policy (a severity gate, a verification) says no. */
export class PolicyFailure extends Error {
  override name = 'PolicyFailure';
  constructor(message: string) {
    super(message);
  }
}

/** Walks `error.cause` links, outermost first, stopping on cycles. */
export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
