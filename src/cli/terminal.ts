/**
 * How terminal output looks: colour and width, decided once from the environment and the stream.
 * Colour follows https://no-color.org (a non-empty NO_COLOR turns it off) and FORCE_COLOR (set and not
 * `0` turns it on, e.g. in CI logs that render ANSI); otherwise only a terminal gets it.
 */

/** Width used when the output is not a terminal (a file, a pipe, a CI log) and COLUMNS is not set. */
export const DEFAULT_WIDTH = 100;

export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

/** The terminal's columns; else COLUMNS when it is a plain number; else 100. At least 40. */
export function outputWidth(env: NodeJS.ProcessEnv, columns: number | undefined): number {
  const fromEnv =
    env.COLUMNS !== undefined && /^\d{1,4}$/.test(env.COLUMNS) ? Number(env.COLUMNS) : undefined;
  const width = columns && columns > 0 ? columns : (fromEnv ?? DEFAULT_WIDTH);
  return Math.max(40, width);
}
