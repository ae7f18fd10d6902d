/**
 * CPU time and peak RSS of other processes (the stack's servers), read from Linux's /proc: `utime` +
 * `stime` from /proc/<pid>/stat, the peak from VmHWM in /proc/<pid>/status, which writing 5 to
 * /proc/<pid>/clear_refs resets, so each measured step has its own peak. Benchmarks only (Linux).
 */
import { readFileSync, writeFileSync } from 'node:fs';

// Clock ticks per second (getconf CLK_TCK): 100 on Linux on every common architecture.
const TICKS_PER_SECOND = 100;

/** CPU seconds the process has used so far (user + system). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at the state, field 3; utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

const statusKb = (pid: number, key: string): number => {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
};

/**
 * Starts a measured step: resets the peak RSS; `end()` answers CPU seconds and peak RSS (MB) since, and
 * the RSS at the start: the peak minus it is what the step itself needed (a catalogue's size shows in
 * the start, in indexes and caches held anyway; buffering during the step shows in the growth).
 */
export function measureProcess(pid: number) {
  let resetPeak = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resetPeak = false;
  }
  const cpu0 = cpuSeconds(pid);
  // Without a resettable peak, sample the RSS instead (every 50 ms).
  const startKb = statusKb(pid, 'VmRSS');
  let sampled = startKb;
  const timer = resetPeak ? undefined : setInterval(() => (sampled = Math.max(sampled, statusKb(pid, 'VmRSS'))), 50);
  return {
    end() {
      clearInterval(timer);
      const peakKb = resetPeak ? statusKb(pid, 'VmHWM') : sampled;
      return { cpuS: cpuSeconds(pid) - cpu0, peakRssMb: peakKb / 1024, startRssMb: startKb / 1024 };
    },
  };
}
