// Worker thread of audit.ts (auditOutputInParallel): reads, hashes and scans output files, and sends back what each holds.
import { serveItems } from '../../parallel/pool.ts';
import { fileScanner, type FileScan, type ScanInit, type ScanRequest } from './audit-scan.ts';

serveItems<ScanRequest, FileScan>((init) => fileScanner(init as ScanInit));
