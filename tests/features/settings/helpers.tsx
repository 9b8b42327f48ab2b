import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../../src/app/App';
import type { Progress } from '../../../src/engine/progress/types';
import { createTestStores } from '../../helpers/render-app';

/** Opens the app at a path with this progress in place. */
export function openWith(path: string, progress?: Progress) {
  const context = createTestStores();
  if (progress) context.stores.progress.getState().replaceProgress(progress);
  const view = render(<App stores={context.stores} initialPath={path} />);
  return { ...context, view };
}

/** Catches what the page offers for download: file name, type and text of each file. */
export function captureDownloads() {
  const files: { name: string; type: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    counter += 1;
    const url = `blob:test/${counter}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, type: blob.type, text: blob.text() });
  });
  return files;
}

/** A File as the file picker would hand it over. */
export function pickedFile(text: string, name = 'progress.json'): File {
  return new File([text], name, { type: 'application/json' });
}
