// Placeholder until this screen lands.
export type ResourcesScreenProps = Record<string, never>;
export function ResourcesScreen(_props: ResourcesScreenProps) {
  return <main className="app" />;
}
