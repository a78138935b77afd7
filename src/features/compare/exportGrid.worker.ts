/**
 * The grid export worker: decodes the cells' pictures, draws the grid on an OffscreenCanvas, encodes it and
 * writes the recipes in — a 21 MB PNG is over a second of encoding, which would freeze the studio on the
 * main thread and could not be stopped there. Cancel terminates this worker.
 */
import { composeGridPng } from './composeGridPng';
import type { ExportGridInput, GridExportMessage } from './gridExportProtocol';

const post = (message: GridExportMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ExportGridInput>) => {
  composeGridPng(event.data, (progress) => post({ kind: 'progress', progress })).then(
    (result) => post({ kind: 'done', result }),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
