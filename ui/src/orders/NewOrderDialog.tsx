// Placeholder until the form lands.
export type NewOrderDialogProps = { onClose: () => void };
export function NewOrderDialog(_props: NewOrderDialogProps) {
  return null;
}
