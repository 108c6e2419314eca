// What every CLI command looks like. The clock is read once, here at the edge, and handed down.
export interface CliIo {
  stdout: (text: string) => void;
  /** Bytes on stdout (a PDF): refused when stdout is a terminal. Absent where only text can go. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Today's date (YYYY-MM-DD) in the machine's time zone: the only clock read of a command. */
  today: () => string;
  readFile: (path: string) => Promise<string>;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Full usage text printed by --help. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 bad input. */
  run: (args: string[], io: CliIo) => Promise<number>;
}
