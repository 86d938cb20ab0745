// A server's memory as the kernel counts it (Linux /proc): peak resident set (VmHWM) summed over the process and
// every descendant, since a server may do its work in child processes; the sum is what the machine pays.
import { readFileSync, readdirSync } from 'node:fs';

function status(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { pid, peakKb: kb('VmHWM'), rssKb: kb('VmRSS') };
  } catch {
    return undefined; // gone, or not Linux
  }
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The process and all its descendants. */
export function processTree(root) {
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number);
  } catch {
    return [root];
  }
  const children = new Map();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** { peakKb, rssKb } summed over the tree; zeros where /proc is not available. */
export function memoryOf(root) {
  const all = processTree(root).map(status).filter(Boolean);
  return { peakKb: all.reduce((s, p) => s + p.peakKb, 0), rssKb: all.reduce((s, p) => s + p.rssKb, 0), processes: all.length };
}
