import { useTranslation } from "react-i18next";
import type { AppError } from "../bindings";

type ErrorBannerProps = {
  /** The failed load's error; nothing shows while null. */
  error: AppError | null;
  /** What failed to load, e.g. "the board" or "this item". */
  what: string;
  /** Older data is still on screen below: the banner says it could not refresh, and that the data is the last received. */
  stale: boolean;
  onRetry: () => void;
  /** Where it sits: a screen's banner by default; the item panel passes its own. */
  className?: string;
};

/** A load that failed, above what it was loading for, with Retry: the same words on every screen. */
export function ErrorBanner({ error, what, stale, onRetry, className = "error-banner" }: ErrorBannerProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className={className} role="alert" data-error-code={error.code}>
      <div className="error-banner__text">
        <strong>{stale ? t("common.couldNotRefresh", { what }) : t("common.couldNotLoad", { what })}</strong>{" "}
        <span className="error-banner__message">{error.message}</span>
        {stale && <span className="error-banner__hint"> {t("common.showingLast")}</span>}
      </div>
      <button type="button" className="button" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}
