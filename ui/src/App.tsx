import { BoardScreen } from "./board/BoardScreen";

export function App() {
  return <BoardScreen />;
}
