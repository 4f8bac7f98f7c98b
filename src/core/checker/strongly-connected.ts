/**
 * Strongly connected components (Tarjan, iterative so a 5,000-state chain does not overflow the
 * stack). Loops in a call are exactly its cyclic components; collapsing them leaves a DAG on which
 * path counts and best/worst totals are plain dynamic programming.
 */
export interface Components {
  /** Component number of each node. */
  of: Int32Array;
  /** Nodes of each component; components in topological order (every edge goes to the same or a later one). */
  members: number[][];
  /** A component holds a loop: several nodes, or one node with an edge to itself. */
  cyclic: boolean[];
}

export function stronglyConnected(out: readonly (readonly { to: number }[])[]): Components {
  const n = out.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;

  const frames: number[] = [];
  const nextEdge: number[] = [];
  const open = (node: number): void => {
    order[node] = counter;
    low[node] = counter;
    counter++;
    stack.push(node);
    onStack[node] = 1;
    frames.push(node);
    nextEdge.push(0);
  };

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    open(root);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const node = frames[top] ?? 0;
      const edges = out[node] ?? [];
      const edgeIndex = nextEdge[top] ?? 0;
      if (edgeIndex < edges.length) {
        nextEdge[top] = edgeIndex + 1;
        const next = edges[edgeIndex]?.to ?? 0;
        if (order[next] === -1) open(next);
        else if (onStack[next]) low[node] = Math.min(low[node] ?? 0, order[next] ?? 0);
        continue;
      }
      frames.pop();
      nextEdge.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[node] ?? 0);
      if (low[node] !== order[node]) continue;
      const component: number[] = [];
      let member: number | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack[member] = 0;
        component.push(member);
      } while (member !== node);
      found.push(component);
    }
  }

  // Tarjan finds a component after every component it leads to: reverse for topological order.
  const members = found.reverse();
  const of = new Int32Array(n);
  members.forEach((nodes, index) => nodes.forEach((node) => (of[node] = index)));
  const cyclic = members.map((nodes) => nodes.length > 1 || nodes.some((node) => (out[node] ?? []).some((edge) => edge.to === node)));
  return { of, members, cyclic };
}
