// The editor's figures, measured in Debian's Chromium against the real product: time until a
// 500-node cadence is interactive, and frames per second while panning it.
import { generateCadenceGraph } from '../packages/cadence/bench/generated-graph';
import { openBrowser, startProduct } from '../e2e/src/harness';
import type { Figure } from '../packages/cadence/bench/cadence.bench';

/** Lay the generated cadence out as a grid, as a strategist's drawing would be, instead of one long column. */
function laidOut(nodeCount: number) {
  const graph = generateCadenceGraph(nodeCount);
  const perRow = 25;
  graph.nodes.forEach((node, i) => (node.position = { x: (i % perRow) * 260, y: Math.floor(i / perRow) * 180 }));
  return graph;
}

export async function benchEditor(opts: { nodes: number; editorPath?: (cadenceId: string) => string }): Promise<Figure[]> {
  const product = await startProduct();
  const session = await openBrowser({ baseURL: product.url });
  try {
    const { page } = session;
    const graph = laidOut(opts.nodes);
    // Signed in as a strategist (the browser context keeps the session cookie); changes say their Origin, as browsers do.
    const login = product.logins.strategist;
    if (!login) throw new Error('the product printed no strategist login');
    const origin = { origin: product.url };
    const signedIn = await session.context.request.post(`${product.url}/api/v1/auth/sign-in`, { data: { email: login.email, password: login.password }, headers: origin });
    if (!signedIn.ok()) throw new Error(`could not sign in for the bench: ${signedIn.status()} ${await signedIn.text()}`);
    const created = await page.request.post('/api/v1/cadences', { data: { name: `Bench ${graph.nodes.length} nodes`, graph }, headers: origin });
    if (!created.ok()) throw new Error(`could not create the bench cadence: ${created.status()} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };

    // Interactive: the canvas shows nodes and a click on one selects it (the main thread is free to answer).
    const started = performance.now();
    await page.goto(opts.editorPath ? opts.editorPath(id) : `/cadences/${id}`);
    const first = page.locator('.react-flow__node').first();
    await first.waitFor({ state: 'visible', timeout: 60_000 });
    await first.click();
    await page.locator('.react-flow__node.selected').first().waitFor({ timeout: 60_000 });
    const interactiveMs = performance.now() - started;

    // Panning: drag the empty pane for about two seconds while counting animation frames in the page.
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    // A string, not a function: tsx compiles functions with a `__name` helper that does not exist in the page.
    await page.evaluate(`(() => {
      window.__frames = 0;
      window.__counting = true;
      const tick = () => {
        if (!window.__counting) return;
        window.__frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const panStarted = performance.now();
    const x = box.x + box.width - 40;
    const y = box.y + box.height - 40;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 120; step++) {
      await page.mouse.move(x - step * 6, y - step * 3);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const frames = await page.evaluate<number>(`(() => {
      window.__counting = false;
      return window.__frames;
    })()`);
    const fps = frames / ((performance.now() - panStarted) / 1000);
    if (session.problems.length) throw new Error(`the editor logged problems while measured:\n${session.problems.join('\n')}`);
    const note = `${graph.nodes.length} nodes, headless Chromium, software rendering`;
    return [
      { name: `editor: ${graph.nodes.length}-node cadence interactive (aim < 1.5 s)`, value: interactiveMs, unit: 'ms', note },
      { name: 'editor: frames per second while panning (aim >= 50)', value: fps, unit: 'fps', note },
    ];
  } finally {
    await session.close();
    await product.stop();
  }
}
