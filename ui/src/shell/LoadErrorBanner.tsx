import type { AppError } from "../bindings";

type LoadErrorBannerProps = {
  /** The failed load's error; nothing shows while null. */
  error: AppError | null;
  /** What failed, e.g. "Could not load the rules." */
  title: string;
  onRetry: () => void;
};

/** A screen's load failure above its content, with Retry. */
export function LoadErrorBanner({ error, title, onRetry }: LoadErrorBannerProps) {
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-error-code={error.code}>
      <div className="error-banner__text">
        <strong>{title}</strong> {error.message}
      </div>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
