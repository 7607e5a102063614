import { readFileSync } from 'node:fs';

/**
 * Peak resident set of this process in KiB, from /proc/self/status (VmHWM), all threads included.
 * Unlike getrusage's maxrss, it is not inherited from the parent across fork + exec (Linux keeps
 * the larger of the two there, so a big benchmark parent would mask its children's peaks).
 * Falls back to process.resourceUsage() where /proc is missing.
 */
export function peakRssKb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const at = status.indexOf('VmHWM:');
    if (at >= 0) return Number.parseInt(status.slice(at + 6).trimStart(), 10);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
