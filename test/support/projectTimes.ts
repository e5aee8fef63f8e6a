import type { Reporter, TestModule } from 'vitest/node';

interface ProjectTime {
  firstStart: number;
  lastEnd: number;
  files: number;
  tests: number;
  /** Sum of each file's own time (environment, imports, set-up, tests): the work, however spread over workers. */
  fileMs: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Prints, after the run, how long each project took: wall-clock time from its first file's start to its last
 * file's end, and the files' own time added up. The suite's speed floors are watched by these lines.
 */
export default class ProjectTimesReporter implements Reporter {
  private readonly projects = new Map<string, ProjectTime>();
  private runStart = 0;

  onTestRunStart(): void {
    this.runStart = performance.now();
    this.projects.clear();
  }

  onTestModuleEnd(module: TestModule): void {
    const name = module.project.name;
    const d = module.diagnostic();
    const own =
      d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
    const end = performance.now();
    // Vitest calls a file started once it is imported: its own time counts back to when it really began.
    const start = end - own;
    const p = this.projects.get(name) ?? { firstStart: start, lastEnd: end, files: 0, tests: 0, fileMs: 0 };
    p.firstStart = Math.min(p.firstStart, start);
    p.lastEnd = Math.max(p.lastEnd, end);
    p.files++;
    p.tests += [...module.children.allTests()].length;
    p.fileMs += own;
    this.projects.set(name, p);
  }

  onTestRunEnd(): void {
    if (this.projects.size === 0) return;
    const width = Math.max(...[...this.projects.keys()].map((n) => n.length));
    const lines = [...this.projects].map(
      ([name, p]) =>
        `  ${name.padEnd(width)}  ${seconds(p.lastEnd - p.firstStart).padStart(8)} wall   ` +
        `${seconds(p.fileMs).padStart(8)} in files   ${p.files} files, ${p.tests} tests`,
    );
    process.stdout.write(
      `\nTime by project (whole run ${seconds(performance.now() - this.runStart)}):\n${lines.join('\n')}\n\n`,
    );
  }
}
