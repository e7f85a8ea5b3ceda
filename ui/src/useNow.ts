import { useEffect, useState } from "react";
import { deskNow } from "./clock";

/** The desk's time, re-read every `intervalMs` so ages and overdue marks stay true all day. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => deskNow());
  useEffect(() => {
    const id = window.setInterval(() => setNow(deskNow()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
