// Placeholder until this screen lands.
export type RulesScreenProps = Record<string, never>;
export function RulesScreen(_props: RulesScreenProps) {
  return <main className="app" />;
}
