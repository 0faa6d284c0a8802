/**
 * Failures reach the user as one friendly sentence; the log keeps the cause (tokens are
 * redacted by the logger). A failure to deliver the apology is logged, never thrown.
 */
import { userMessageOf } from '../errors.ts';
import type { Logger } from '../log.ts';

export async function reportFailure(
  logger: Logger,
  err: unknown,
  where: Record<string, unknown> & { handler: string },
  tell?: (text: string) => Promise<unknown>,
): Promise<void> {
  const code = err instanceof Error && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  logger.error({ err, code, ...where }, `${where.handler} failed`);
  if (!tell) return;
  try {
    await tell(userMessageOf(err));
  } catch (second) {
    logger.error({ err: second, ...where }, `${where.handler}: could not tell the user about the failure`);
  }
}
