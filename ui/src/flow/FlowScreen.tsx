// Placeholder until this screen lands.
export type FlowScreenProps = { onOpenColumn: (columnKey: string) => void };
export function FlowScreen(_props: FlowScreenProps) {
  return <main className="app" />;
}
