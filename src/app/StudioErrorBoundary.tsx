import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../components/ui';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: an error thrown while drawing (a record the code does not understand, a bug)
 * would otherwise unmount React's whole tree and leave a blank page, which reads as "everything is gone".
 * Results, the canvas draft and settings live in the browser's storage, not in the tree, so a reload
 * brings them back; this says so, names the error once in the console, and offers the reload.
 */
export class StudioErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Gesso stopped drawing the studio:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="mx-auto mt-24 max-w-xl space-y-4 p-6 text-paper-100">
        <div role="alert" className="space-y-2">
          <h1 className="text-lg font-semibold">Gesso hit an error and stopped drawing the studio.</h1>
          <p className="text-sm text-paper-300">
            Your gallery, canvas draft and settings are kept in this browser: reloading brings them back.
          </p>
          <p className="font-mono text-xs break-words text-paper-300">{error.message}</p>
        </div>
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </main>
    );
  }
}
