import type { AppError } from "../bindings";

type ErrorBannerProps = {
  error: AppError;
  /** Whether older data is still on screen below the banner. */
  stale: boolean;
  onRetry: () => void;
};

export function ErrorBanner({ error, stale, onRetry }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert" data-error-code={error.code}>
      <div className="error-banner__text">
        <strong>{stale ? "Could not refresh the board." : "Could not load the board."}</strong>{" "}
        <span className="error-banner__message">{error.message}</span>
        {stale && <span className="error-banner__hint"> Showing the last data received.</span>}
      </div>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
