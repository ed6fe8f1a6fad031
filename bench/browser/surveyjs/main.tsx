// The peer: the same questionnaire in SurveyJS, one page per area, saving each change to IndexedDB.
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import 'survey-core/survey-core.min.css';
import { Survey } from 'survey-react-ui';

const open = indexedDB.open('surveyjs-bench', 1);
open.onupgradeneeded = () => open.result.createObjectStore('answers');
const db = new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));

// The survey is generated beside the built page (it is not part of the repository).
const json = (await (await fetch('./survey.json')).json()) as object;
const model = new Model(json);
model.onValueChanged.add((_sender, options) => {
  void db.then((d) =>
    d.transaction('answers', 'readwrite').objectStore('answers').put(options.value, options.name),
  );
});
createRoot(document.getElementById('root')!).render(<Survey model={model} />);
