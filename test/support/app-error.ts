// The AppError a call throws, for tests that check its code, message and details.
import { AppError } from '../../src/domain/errors.ts';

/** The AppError `call` throws; fails the test when it throws something else or nothing. */
export function errorOf(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
