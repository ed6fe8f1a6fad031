/**
 * A button that opens a JSON file. The input is emptied after each choice, so choosing the same file
 * again (after mending it) is noticed.
 */
export function JsonFileButton({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <label className="file-button">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
