// Worker thread of parallel.ts: validates article files on their own and sends back each outcome.
import { serveItems } from '../parallel/pool.ts';
import type { SourceFile } from '../content/load.ts';
import { articleWork } from './run.ts';

serveItems<SourceFile, ReturnType<typeof articleWork>>(() => (file) => articleWork(file));
