/**
 * Heavy read work off a subgraph's only request thread: one worker thread with its own connection to
 * the database answers requests in order (tools' search, facilities' and standards' text index). Until
 * the worker says it is ready, and after it crashed until a new one is, requests are answered on this
 * thread by the same code, so a start or a crash never makes a request wait or fail. Errors come back as
 * the domain class they were, so formatError maps them to the same code (unknown ones stay masked).
 * The worker does not keep the process alive when idle. A `:memory:` database cannot be shared with
 * another connection, so there every request runs on this thread (unit tests).
 */
import { parentPort, Worker } from 'node:worker_threads';
import { ConflictError, DomainError, ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from './errors.ts';

export interface WorkerThread<Request, Answer> {
  request(message: Request): Promise<Answer>;
  /** Whether requests run in a worker thread (false for `:memory:`). */
  readonly offThread: boolean;
  /** Settles when the worker is ready to take requests (at once in-thread; when it failed, requests run here). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export interface WorkerThreadOptions<Request, Answer, Data> {
  /** URL of the worker's module; it calls `serveWorkerRequests`. */
  entry: string;
  /** Its `workerData`; null answers every request on this thread. */
  data: Data | null;
  /** The same answers on this thread (made on first use). */
  local: () => (message: Request) => Answer;
}

export interface SerializedError {
  code: string | null;
  message: string;
  extensions: Record<string, unknown>;
}

/** Test gate (an Int32Array over a SharedArrayBuffer): each request adds 1 to [1], then waits while [0] is 0. */
export type WorkerGate = Int32Array;

/** Loads the worker's TypeScript through tsx, as the process itself is (`node --import tsx`). */
const bootstrap = (entry: string) => `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;

const DOMAIN_ERRORS: Record<string, new (message: string, extensions?: Record<string, unknown>) => DomainError> = {
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
};

function revive({ code, message, extensions }: SerializedError): Error {
  if (code === 'BAD_USER_INPUT') {
    const { field, ...rest } = extensions;
    return new InputError(String(field), message, rest);
  }
  const Domain = code ? DOMAIN_ERRORS[code] : undefined;
  return Domain ? new Domain(message, extensions) : new Error(`worker thread: ${message}`);
}

type Reply = { id?: number; ready?: true; result?: unknown; error?: SerializedError };

export function createWorkerThread<Request, Answer, Data>({ entry, data, local }: WorkerThreadOptions<Request, Answer, Data>): WorkerThread<Request, Answer> {
  let answerHere: ((message: Request) => Answer) | null = null;
  const here = async (message: Request) => (answerHere ??= local())(message);
  if (data === null) return { offThread: false, ready: Promise.resolve(), request: here, close: async () => {} };

  const pending = new Map<number, { resolve: (value: Answer) => void; reject: (error: Error) => void }>();
  let worker: Worker | null = null;
  let ready = false;
  let closed = false;
  let nextId = 0;
  let announceReady: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (announceReady = resolve));

  const fail = (error: Error) => {
    // A worker that failed before it was ready leaves requests to this thread; a start must not wait forever.
    announceReady();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = null;
    ready = false;
  };
  const start = () => {
    const started = new Worker(bootstrap(entry), { eval: true, workerData: data });
    started.unref();
    started.on('message', (reply: Reply) => {
      if (reply.ready) {
        ready = worker === started;
        return announceReady();
      }
      const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id!);
      if (reply.error) waiting.reject(revive(reply.error));
      else waiting.resolve(reply.result as Answer);
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error) => fail(error));
    started.on('exit', (code) => worker === started && fail(new Error(`worker thread exited with ${code}`)));
    return started;
  };
  worker = start();

  return {
    offThread: true,
    ready: whenReady,
    request: async (message) => {
      if (!closed) worker ??= start();
      if (!ready || !worker) return here(message);
      const running = worker;
      return new Promise<Answer>((resolve, reject) => {
        running.ref();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        running.postMessage({ id, message });
      });
    },
    close: async () => {
      const running = worker;
      closed = true;
      worker = null;
      fail(new Error('worker thread closed'));
      await running?.terminate();
    },
  };
}

/** The worker's side: answers each request in order with `answer`, then says it is ready. */
export function serveWorkerRequests<Request>(answer: (message: Request) => unknown, gate?: WorkerGate): void {
  parentPort!.on('message', ({ id, message }: { id: number; message: Request }) => {
    if (gate) {
      Atomics.add(gate, 1, 1);
      Atomics.notify(gate, 1);
      Atomics.wait(gate, 0, 0);
    }
    try {
      parentPort!.postMessage({ id, result: answer(message) });
    } catch (error) {
      const domain = error instanceof DomainError;
      const serialized: SerializedError = {
        code: domain ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
        extensions: domain ? error.extensions : {},
      };
      parentPort!.postMessage({ id, error: serialized });
    }
  });
  parentPort!.postMessage({ ready: true });
}
