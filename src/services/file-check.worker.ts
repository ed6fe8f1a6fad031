import { expose } from 'comlink';
import { checkQuestionnaireText, readExchangeFile } from './file-check-tasks';

/** The file checks, in a worker of their own: the page stays responsive however large or odd the file. */
expose({ checkQuestionnaireText, readExchangeFile });
