// Placeholder until this screen lands.
export type PlannerScreenProps = Record<string, never>;
export function PlannerScreen(_props: PlannerScreenProps) {
  return <main className="app" />;
}
