import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** A rendering bug in one page shows a sentence and a way back, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    // Navigating elsewhere gives the new page a fresh start.
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown): void {
    console.error('page failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="error">
        This page hit a problem on our side. <a href="/">Back to the movies</a> or reload the page.
      </p>
    );
  }
}
