/**
 * The last line of defence: a rendering error anywhere below shows a Russian message with a way to
 * continue, never a blank pane. (Errors of Excel calls are caught by the hooks and shown in place.)
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { paneErrorText } from "../port/errorText";

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the F12 tools of Office's web view: the message shown to the user has no stack.
    console.error("Наставник: ошибка интерфейса", error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null, failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Что-то пошло не так</MessageBarTitle>
          <div>
            {paneErrorText(this.state.error)} Нажмите «Повторить» или закройте и снова откройте надстройку.
          </div>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>Повторить</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
