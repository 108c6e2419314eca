// The few parts of autocannon 9 the API benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Stats { average: number; mean: number; p50: number; p99: number; total: number }
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** A function, or with `workers` the path of a module exporting one. */
    setupRequest?: ((request: Request) => Request) | string;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    /** Seconds before a request counts as an error (default 10). */
    timeout?: number;
    /** Worker threads to run the client in (so its load is not on the server's thread). */
    workers?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  }
  interface Result { requests: Stats; latency: Stats; non2xx: number; errors: number; duration: number }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
