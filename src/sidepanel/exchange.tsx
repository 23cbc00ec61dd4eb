// Export, import and the backup, at the foot of the notes panel. Files are read here (the reader
// picked them in this page) and sent whole to the worker, which checks every note before storing any.
import { useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS } from '../core/exchange/limits';
import type { ExportFormat, ImportSummary } from '../core/protocol';
import { BackupSettings } from './backup';
import { send } from './connection';
import './exchange.css';

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function Exchange() {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    const r = await send('notes.export', { format });
    setBusy(false);
    if (!r.ok) return setStatus({ kind: 'error', text: r.error.message });
    save(r.value.text, r.value.fileName, format === 'jsonld' ? 'application/ld+json' : 'text/markdown');
    setStatus({ kind: 'ok', text: `Exported ${plural(r.value.count, 'note')} to ${r.value.fileName}.` });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file can be chosen again (to check that nothing is added twice).
    input.value = '';
    if (!file) return;
    // UTF-16 characters are at most the file's bytes: a file within the bound is never refused below.
    if (file.size > MAX_IMPORT_CHARS) {
      return setStatus({
        kind: 'error',
        text: `“${file.name}” is too large to import (${megabytes(file.size)}; at most ${megabytes(MAX_IMPORT_CHARS)}). Nothing was imported.`,
      });
    }
    setBusy(true);
    setStatus(null);
    const r = await send('notes.import', { text: await file.text() });
    setBusy(false);
    setStatus(
      r.ok
        ? { kind: 'ok', text: `“${file.name}”: ${summary(r.value)}` }
        : { kind: 'error', text: `“${file.name}” was not imported. ${r.error.message}` },
    );
  };

  return (
    <section class="exchange" aria-labelledby="exchange-title">
      <h2 id="exchange-title">Export, import, backup</h2>
      <div class="row wrap">
        <button onClick={() => void exportAs('jsonld')} disabled={busy}>
          Export JSON-LD
        </button>
        <button onClick={() => void exportAs('markdown')} disabled={busy}>
          Export Markdown
        </button>
        <label class="file">
          Import notes…
          <input
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            disabled={busy}
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
        </label>
      </div>
      <p class="muted small">
        JSON-LD (W3C Web Annotation) keeps everything and imports back; Markdown is for reading. Import also reads Hypothesis’s JSON export.
      </p>
      <p class={status?.kind === 'error' ? 'status error' : 'status'} role="status" aria-live="polite">
        {status?.text}
      </p>
      <BackupSettings />
    </section>
  );
}

function summary(s: ImportSummary): string {
  const parts = [`${plural(s.added, 'note')} added`];
  if (s.updated) parts.push(`${s.updated} updated to a newer copy`);
  if (s.unchanged) parts.push(`${s.unchanged} already here`);
  if (s.skipped) parts.push(`${plural(s.skipped, 'reply', 'replies')} left out`);
  return `${parts.join(', ')}.`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
const megabytes = (n: number) => `${(n / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** Hands the text to the browser as a download (the panel is an extension page: no permission needed). */
function save(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
