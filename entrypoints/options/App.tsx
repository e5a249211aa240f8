export function App() {
  return <main>Heads Down</main>;
}
