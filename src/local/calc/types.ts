/** A `kanri calc` command: JSON in (validated by its schema), JSON out, computed by src/core. */
import type { ZodMiniType } from 'zod/mini';

export interface CalcCommand<I = any> {
  readonly summary: string;
  readonly input: ZodMiniType<I>;
  /** An example input, shown by `kanri calc <name> --help`. */
  readonly example: unknown;
  readonly run: (input: I) => unknown;
}
