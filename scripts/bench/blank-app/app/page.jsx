import { Counter } from './counter';

export default function Page() {
  return (
    <main>
      <h1>空白页</h1>
      <Counter />
    </main>
  );
}
