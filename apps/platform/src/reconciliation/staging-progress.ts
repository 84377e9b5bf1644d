/** How far the upload has been read: written on the reconciliation for those who poll it. */
export interface StagingProgress {
  readonly linesRead: number;
  readonly bytesRead: number;
  /** When (the service clock): a sign of life for the stalled-reconciliation sweeper. */
  readonly atMs: number;
}
