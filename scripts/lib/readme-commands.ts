/**
 * The commands a markdown document shows: each line of its fenced `sh` blocks (without `# comments`) and each
 * `pnpm …` command in its tables. Read by the README command test (scripts/test/readme-commands.test.ts), which runs
 * them as typed, and by the workflow test (scripts/test/workflows.test.ts), which checks CI runs the same ones.
 */
export function commandsOf(markdown: string): string[] {
  const commands: string[] = [];
  let inShell = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) {
      inShell = !inShell && /^```(sh|bash|shell)\s*$/.test(line);
      continue;
    }
    if (inShell) {
      const command = line.replace(/\s+#\s.*$/, '').trim();
      if (command && !command.startsWith('#')) commands.push(command);
    } else if (line.startsWith('|')) {
      for (const [, span] of line.matchAll(/`([^`]+)`/g)) if (span?.startsWith('pnpm ')) commands.push(span);
    }
  }
  return commands;
}
