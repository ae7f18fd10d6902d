/** A progress bar on stderr for long runs (only on a terminal, so logs and tests stay clean). */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  return (done: number, total: number) => {
    if (!stream.isTTY || total < 20) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
